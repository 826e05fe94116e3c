package io.igstudio.publishing;

import io.igstudio.accounts.AccountNotFoundException;
import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphException;
import io.igstudio.graph.PublishingClient;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publishing feature's entry bean for people: the compose page, drafts, submitting (one post per chosen
 * account, due now: scheduling will only add a time), a post's progress, Retry, and after publishing,
 * deleting a post or turning its comments off and on.
 */
@Stateless
public class Composer {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    InstagramAccounts accounts;

    @Inject
    MediaFiles files;

    @Inject
    PostStore store;

    @Inject
    PublishingClient meta;

    @Inject
    GraphCache cache;

    @Inject
    io.igstudio.graph.MetaPlatform platform;

    @Inject
    PublicMediaUrls urls;

    /** What a submission led to: the posts queued, or the errors (the draft keeps every field either way). */
    public record Submission(String draftId, List<String> postIds, ComposePage page) {
        public boolean accepted() {
            return page == null;
        }
    }

    public ComposePage page(String userId, String draftId, String account) {
        ComposeForm form = ComposeForm.empty();
        if (draftId != null) {
            form = draft(userId, draftId).getForm();
        } else if (account != null) {
            form.fields().add("account", account);
        }
        return page(userId, draftId, form, Map.of());
    }

    /** The compose page with what was typed and the errors found (scheduling adds its own). */
    public ComposePage page(String userId, String draftId, ComposeForm form, Map<String, String> errors) {
        List<AccountView> own = accounts.list(userId);
        Map<String, String> quotas = new LinkedHashMap<>();
        for (AccountView a : own) {
            store.quota(a.id()).ifPresent(q -> quotas.put(a.id(), q.getLeft() + " of " + q.getTotal()
                    + " posts left in the last " + Math.max(1, q.getWindowSeconds() / 3600) + " h"));
        }
        return new ComposePage(draftId, form, errors, own, quotas, files.list(userId), Arrays.asList(PostType.values()),
                !platform.isSandbox() && urls.unreachableFromInternet());
    }

    /** Saves what was typed (new draft or the same one again) and, when asked to publish and it passes, queues it. */
    public Submission submit(String userId, String draftId, ComposeForm form, boolean publish) {
        Instant now = clock.instant();
        PostDraft draft = draftId == null ? null : draft(userId, draftId);
        if (draft == null) {
            draft = new PostDraft(userId, now);
            em.persist(draft);
        }
        draft.keep(form, now);
        if (!publish) {
            return new Submission(draft.getId(), List.of(), null);
        }
        List<String> own = accounts.list(userId).stream().map(AccountView::id).toList();
        Map<String, String> errors = ComposeRules.check(form,
                id -> files.owned(userId, id).orElse(null), own);
        if (!errors.isEmpty()) {
            return new Submission(draft.getId(), List.of(), page(userId, draft.getId(), form, errors));
        }
        PostSpec spec = form.spec();
        List<String> ids = form.all("account").stream().map(account -> {
            Post post = new Post(userId, null, account, spec, now, now);
            em.persist(post);
            return post.getId();
        }).toList();
        draft.submitted();
        final String kept = draft.getId();
        ids.forEach(id -> em.find(Post.class, id).fromDraft(kept));
        return new Submission(draft.getId(), ids, null);
    }

    /** After "crop" or "pad" from the compose page: the new file takes the old one's place in the draft. */
    public void replaceItem(String userId, String draftId, String oldFile, String newFile) {
        PostDraft draft = draft(userId, draftId);
        if (files.owned(userId, newFile).isEmpty()) {
            return;
        }
        ComposeForm form = draft.getForm();
        List<String> items = form.fields().get("item");
        if (items != null) {
            items.replaceAll(id -> id.equals(oldFile) ? newFile : id);
        }
        String alt = form.fields().getFirst("alt_" + oldFile);
        if (alt != null) {
            form.fields().putSingle("alt_" + newFile, alt);
            form.fields().remove("alt_" + oldFile);
        }
        draft.keep(form, clock.instant());
    }

    public List<DraftView> drafts(String userId) {
        return em.createQuery("select d from PostDraft d where d.userId = :user and d.submitted = false"
                        + " order by d.updatedAt desc", PostDraft.class)
                .setParameter("user", userId).setMaxResults(100).getResultStream()
                .map(d -> new DraftView(d.getId(), d.getPostType(), d.getCaption(), d.isSubmitted(), d.getUpdatedAt()))
                .toList();
    }

    public List<PostView> posts(String userId) {
        Map<String, String> names = usernames(userId);
        return em.createQuery("select p from Post p where p.userId = :user order by p.createdAt desc", Post.class)
                .setParameter("user", userId).setMaxResults(50).getResultStream()
                .map(p -> PostView.of(p, names.get(p.getAccountId()))).toList();
    }

    public PostView post(String userId, String postId) {
        Post post = owned(userId, postId);
        if (post.getState() == PostState.PUBLISHED && post.getMediaId() != null && post.getPermalink() == null) {
            readPermalink(post);
        }
        return PostView.of(post, usernames(userId).get(post.getAccountId()));
    }

    /**
     * {@code media_publish} answers only the media id: the permalink is read when the post's page (or its progress)
     * first shows it, and kept. The pipeline does not ask for it, so a scheduled batch costs one Graph call less
     * per post against the account's budget; nobody reads a permalink nobody looks at.
     */
    private void readPermalink(Post post) {
        try {
            var access = accounts.access(post.getUserId(), post.getAccountId());
            post.permalink(meta.published(access.igUserId(), access.userToken(), post.getMediaId()).permalink());
        } catch (GraphException | AccountNotFoundException e) {
            // shown without the link this time; the next look asks again
        }
    }

    public void retry(String userId, String postId) {
        Post post = owned(userId, postId);
        if (post.getState() == PostState.FAILED || post.getState() == PostState.MISSED) {
            post.retry(clock.instant());
        }
    }

    /**
     * {@code DELETE /{ig-media-id}}; Meta is called outside any transaction.
     *
     * @return {@code null} when done, else what went wrong in plain words
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String delete(String userId, String postId) {
        PostView post = post(userId, postId);
        if (post.state() != PostState.PUBLISHED || post.mediaId() == null) {
            return "Only a published post can be deleted.";
        }
        var access = accounts.access(userId, post.accountId());
        try {
            meta.delete(access.igUserId(), access.userToken(), post.mediaId());
        } catch (GraphException.MissingPermission e) {
            return "Deleting needs the permission \"Delete posts\" (instagram_manage_contents). Reconnect the"
                    + " account on the Accounts page and allow it.";
        } catch (GraphException e) {
            return afterPublishing(e);
        }
        store.change(postId, p -> p.deletedAtMeta(clock.instant()));
        cache.invalidate(post.accountId());
        return null;
    }

    /** {@code comment_enabled}; {@code null} when done, else what went wrong. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String comments(String userId, String postId, boolean enabled) {
        PostView post = post(userId, postId);
        if (post.state() != PostState.PUBLISHED || post.mediaId() == null) {
            return "Comments can be switched on published posts only.";
        }
        var access = accounts.access(userId, post.accountId());
        try {
            meta.commentsEnabled(access.igUserId(), access.userToken(), post.mediaId(), enabled);
        } catch (GraphException.MissingPermission e) {
            return "Switching comments needs the permission \"Manage comments\". Reconnect the account and allow it.";
        } catch (GraphException e) {
            return afterPublishing(e);
        }
        cache.invalidate(post.accountId());
        return null;
    }

    private static String afterPublishing(GraphException e) {
        if (e instanceof GraphException.InvalidToken) {
            return "Meta no longer accepts IG Studio's access to this account. Reconnect it on the Accounts page.";
        }
        if (e instanceof GraphException.RateLimited || e instanceof GraphException.Transient) {
            return "Meta could not do it just now. Try again in a minute.";
        }
        return "Instagram refused (error " + e.code() + "). Try again later.";
    }

    PostDraft draft(String userId, String draftId) {
        PostDraft draft = em.find(PostDraft.class, draftId);
        if (draft == null || !draft.getUserId().equals(userId)) {
            throw new AccountNotFoundException();
        }
        return draft;
    }

    private Post owned(String userId, String postId) {
        Post post = postId == null ? null : em.find(Post.class, postId);
        return Optional.ofNullable(post).filter(p -> p.getUserId().equals(userId))
                .orElseThrow(AccountNotFoundException::new);
    }

    private Map<String, String> usernames(String userId) {
        Map<String, String> names = new LinkedHashMap<>();
        accounts.list(userId).forEach(a -> names.put(a.id(), a.username()));
        return names;
    }
}
