package io.igstudio.comments;

import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The inbox across a person's accounts, read from the comments IG Studio stored (threads opened, webhooks,
 * polls): opening it costs no Graph call. Also the person's saved replies and rules, which live beside it.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    CommentBook book;

    @Inject
    InstagramAccounts accounts;

    /** The filters as the page's form sends them; unknown accounts are ignored (never another person's). */
    public record Filters(boolean unanswered, boolean hidden, String accountId, String mediaId, boolean question,
                          boolean link, int page) {
    }

    public record Page(List<CommentView> items, boolean hasMore, Filters filters, List<AccountView> accounts,
                       List<SavedReply> savedReplies) {

        /** Whether the account granted the messaging permission that private replies need. */
        public boolean canMessage(String accountId) {
            return accounts.stream().anyMatch(a -> a.id().equals(accountId)
                    && a.permissions().contains(Moderation.MESSAGING_PERMISSION));
        }
    }

    public Page open(String userId, Filters f) {
        List<AccountView> mine = accounts.list(userId);
        String account = mine.stream().anyMatch(a -> a.id().equals(f.accountId())) ? f.accountId() : null;
        String media = f.mediaId() != null && f.mediaId().matches("\\d{1,40}") ? f.mediaId() : null;
        Filters clean = new Filters(f.unanswered(), f.hidden(), account, media, f.question(), f.link(), Math.max(0, f.page()));
        var result = book.inbox(new CommentBook.InboxQuery(userId, clean.unanswered(), clean.hidden(), account, media,
                clean.question(), clean.link(), clean.page()));
        List<CommentView> items = result.rows().stream()
                .map(r -> CommentView.of(r.comment(), r.accountUsername(), r.action(), List.of())).toList();
        return new Page(items, result.hasMore(), clean, mine, book.savedReplies(userId));
    }

    public List<SavedReply> savedReplies(String userId) {
        return book.savedReplies(userId);
    }

    public void addSavedReply(String userId, String title, String text) {
        book.addSavedReply(userId, title, text);
    }

    public void deleteSavedReply(String userId, String id) {
        book.deleteSavedReply(userId, id);
    }
}
