package io.igstudio.sandbox.media;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.InstagramGate;
import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphNodes;
import io.igstudio.sandbox.graph.PageListing;
import io.igstudio.sandbox.graph.Paging;
import io.igstudio.sandbox.graph.TimeRange;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Instagram side of the Graph API: the IG User node with its {@code media} and {@code stories} edges
 * (also as field expansion, {@code media.limit(24){...}}), IG Media nodes and their {@code children}. Every
 * call needs {@code instagram_basic} and an account reachable through one of the token person's Pages
 * (for a Page token, that Page); otherwise Meta's 100/33 "Unsupported get request". Then the account's
 * fault mode and hourly budget apply ({@link InstagramGate}).
 */
@ApplicationScoped
public class InstagramGraph {

    static final Set<String> USER_EDGES = Set.of("media", "stories");

    /** One request: its caller, API version, query string and time. */
    public record Call(ResolvedToken token, String version, Map<String, List<String>> query, HttpServletRequest servlet,
            Instant now) {
    }

    @Inject
    SandboxPeople people;

    @Inject
    MediaStore store;

    @Inject
    GraphCalls calls;

    @Inject
    InstagramGate gate;

    @Inject
    MetaPlatform meta;

    @Inject
    io.igstudio.sandbox.control.SandboxClock clock;

    /** business_discovery, mentioned_media and mentioned_comment (issue 22). */
    @Inject
    io.igstudio.sandbox.research.ResearchFields research;
    @Inject
    io.igstudio.sandbox.comments.SandboxComments comments;

    /** The IG User or IG Media node {@code id}; empty when it is neither, so that the caller answers 100/33. */
    public Optional<JsonObject> node(String id, FieldSelection fields, Call call) {
        Optional<InstagramAccount> user = people.instagram(id);
        if (user.isPresent()) {
            return Optional.of(user(admit(user.get(), id, call), fields, call));
        }
        return locate(id, call.now()).map(found -> {
            InstagramAccount owner = admit(found.owner(), id, call);
            if (!fields.has("comments")) {
                return MediaJson.of(found.media(), fields, owner.username(), meta.baseUrl(), m2 -> store.children(m2.id()));
            }
            // the comments edge expanded on the media (issue 20): answered by the comments part of the sandbox
            JsonObject plain = MediaJson.of(found.media(), fields.without(Set.of("comments")), owner.username(),
                    meta.baseUrl(), m2 -> store.children(m2.id()));
            JsonObjectBuilder json = Jsons.createObjectBuilder(plain);
            JsonObject thread = comments.expanded(found.media(), fields, call.token(), call.servlet());
            if (!thread.getJsonArray("data").isEmpty()) {
                json.add("comments", thread);
            }
            return json.build();
        });
    }

    /** {@code /{ig-user-id}/media}, {@code /{ig-user-id}/stories} or {@code /{ig-media-id}/children}. */
    public JsonObject edge(String nodeId, String edge, FieldSelection fields, Map<String, String> paging, Call call) {
        if (edge.equals("children")) {
            Located found = locate(nodeId, call.now()).orElseThrow(() -> unknown(nodeId));
            InstagramAccount owner = admit(found.owner(), nodeId, call);
            List<SandboxMedia> children = found.media().isCarousel() ? store.children(nodeId) : List.of();
            String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + call.version() + "/" + nodeId + "/children";
            return MediaJson.childrenEdge(children, fields, paging, owner.username(), meta.baseUrl(), edgeUrl, call.query());
        }
        InstagramAccount account = people.instagram(nodeId).orElse(null);
        if (account == null) {
            Located media = locate(nodeId, call.now()).orElseThrow(() -> unknown(nodeId));
            admit(media.owner(), nodeId, call);
            throw GraphError.nonexistingField(edge, MediaJson.NODE_TYPE).exception();
        }
        admit(account, nodeId, call);
        return edgePage(account, edge, fields, paging.get("limit"), paging.get("after"), paging.get("before"),
                TimeRange.parse(paging.get("since"), paging.get("until")), call.query(), call);
    }

    private JsonObject user(InstagramAccount ig, FieldSelection fields, Call call) {
        int feedSize = store.feedSize(ig.id());
        InstagramAccount shown = new InstagramAccount(ig.id(), ig.username(), ig.name(), ig.accountType(),
                ig.biography(), ig.website(), ig.followersCount(), ig.followsCount(), feedSize);
        Set<String> expanded = new java.util.HashSet<>(USER_EDGES);
        expanded.addAll(io.igstudio.sandbox.research.ResearchFields.NAMES);
        JsonObject plain = GraphNodes.instagram(shown, fields.without(expanded), meta.baseUrl());
        if (fields.names().stream().noneMatch(expanded::contains)) {
            return plain;
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        for (String f : fields.names()) {
            if (USER_EDGES.contains(f)) {
                // the cursor and time modifiers of the expansion, media.after(CURSOR) or media.since(T), page it as the
                // edge's own parameters would (field expansion guide, see FieldSelection#modifier)
                TimeRange range = f.equals("media")
                        ? TimeRange.parse(fields.modifier(f, "since"), fields.modifier(f, "until")) : TimeRange.ALL;
                JsonObject edge = edgePage(ig, f, fields.sub(f), fields.limit(f), fields.modifier(f, "after"),
                        fields.modifier(f, "before"), range, nestedQuery(call, fields.sub(f), range), call);
                // Graph leaves an expanded edge out when it has nothing in it
                if (!edge.getJsonArray("data").isEmpty()) {
                    json.add(f, edge);
                }
            } else if (io.igstudio.sandbox.research.ResearchFields.NAMES.contains(f)) {
                json.add(f, research.field(ig, f, fields, call.token(), meta.baseUrl()));
            } else if (plain.containsKey(f)) {
                json.add(f, plain.get(f));
            }
        }
        if (!fields.names().contains("id")) {
            json.add("id", ig.id());
        }
        return json.build();
    }

    private JsonObject edgePage(InstagramAccount ig, String edge, FieldSelection fields, String limit, String after,
            String before, TimeRange range, Map<String, List<String>> linkQuery, Call call) {
        String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + call.version() + "/" + ig.id() + "/" + edge;
        if (edge.equals("stories")) {
            List<SandboxMedia> stories = new java.util.ArrayList<>(store.storiesSince(ig.id(),
                    clock.now().minus(StoryClock.LIFETIME)));
            stories.addAll(StoryClock.active(ig.id(), call.now()));
            Paging window = Paging.window(stories.size(), limit, after, before);
            return PageListing.of(stories, window, s -> MediaJson.of(s, fields, ig.username(), meta.baseUrl(),
                    x -> List.of()), edgeUrl, linkQuery);
        }
        // since/until are documented on the media edge only, not on stories: there they are ignored like any
        // parameter an edge does not know
        Paging window = Paging.window(store.feedSize(ig.id(), range), limit, after, before);
        List<SandboxMedia> items = store.feed(ig.id(), window.from(), window.to(), range);
        if (gate.raggedPaging(ig.id())) {
            items = ragged(items, window);
        }
        return PageListing.ofWindow(items, window,
                m -> MediaJson.of(m, fields, ig.username(), meta.baseUrl(), m2 -> store.children(m2.id())), edgeUrl, linkQuery);
    }

    /** Short pages (every fifth item left out) and an empty second page that still has {@code next}. */
    static List<SandboxMedia> ragged(List<SandboxMedia> items, Paging window) {
        if (window.from() == window.limit()) {
            return List.of();
        }
        List<SandboxMedia> kept = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if ((window.from() + i) % 5 != 4) {
                kept.add(items.get(i));
            }
        }
        return kept;
    }

    /** What Meta puts in the paging links of an expanded edge: the caller's token and proof, and the edge's fields. */
    private static Map<String, List<String>> nestedQuery(Call call, FieldSelection fields, TimeRange range) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String kept : List.of("access_token", "appsecret_proof")) {
            if (call.query().containsKey(kept)) {
                query.put(kept, call.query().get(kept));
            }
        }
        if (!fields.isEmpty()) {
            query.put("fields", List.of(fields.toString()));
        }
        if (range.since() != null) {
            query.put("since", List.of(Long.toString(range.since().getEpochSecond())));
        }
        if (range.until() != null) {
            query.put("until", List.of(Long.toString(range.until().getEpochSecond())));
        }
        return query;
    }

    private InstagramAccount admit(InstagramAccount ig, String requestedId, Call call) {
        ResolvedToken token = call.token();
        // IG User, IG Media, media and stories all list "instagram_basic" and "pages_read_engagement" under
        // Facebook Login (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user,
        // .../reference/ig-media, .../reference/ig-user/media, .../reference/ig-user/stories: "Permissions")
        calls.requireScope(token, "instagram_basic");
        calls.requireScope(token, "pages_read_engagement");
        boolean reachable = token.userId() != null && people.pageLinking(token.userId(), ig.id())
                .filter(p -> token.kind() != ResolvedToken.Kind.PAGE || p.id().equals(token.pageId())).isPresent();
        if (!reachable) {
            throw unknown(requestedId);
        }
        gate.admit(ig.id(), token, call.servlet(), call.now());
        return ig;
    }

    private record Located(SandboxMedia media, InstagramAccount owner) {
    }

    private Optional<Located> locate(String mediaId, Instant now) {
        if (StoryClock.isStoryId(mediaId)) {
            for (InstagramAccount account : people.instagramAccounts()) {
                Optional<SandboxMedia> story = StoryClock.find(mediaId, account.id(), now);
                if (story.isPresent()) {
                    return Optional.of(new Located(story.get(), account));
                }
            }
            return Optional.empty();
        }
        return store.find(mediaId).flatMap(m -> people.instagram(m.igUserId()).map(owner -> new Located(m, owner)));
    }

    private static RuntimeException unknown(String id) {
        return GraphError.unsupportedGet(id).exception();
    }
}
