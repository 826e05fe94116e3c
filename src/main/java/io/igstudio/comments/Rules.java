package io.igstudio.comments;

import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Moderation rules per account: create, try on the last 200 comments, switch on and off, delete. */
@ApplicationScoped
public class Rules {

    @Inject
    CommentBook book;

    @Inject
    InstagramAccounts accounts;

    public record AccountRules(AccountView account, List<ModerationRule> rules) {
    }

    /** What a rule would have hidden among the account's last 200 comments. */
    public record Trial(ModerationRule rule, int looked, List<CommentView> matches) {
    }

    public List<AccountRules> all(String userId) {
        return accounts.list(userId).stream().map(a -> new AccountRules(a, book.rules(userId, a.id()))).toList();
    }

    public ModerationRule add(String userId, String accountId, String name, CommentRules.Kind kind, String terms,
                              int maxMentions) {
        accounts.access(userId, accountId);
        return book.addRule(userId, accountId, name, kind, terms, maxMentions);
    }

    public void enable(String userId, String ruleId, boolean enabled) {
        owned(userId, ruleId);
        book.enableRule(ruleId, enabled);
    }

    public void delete(String userId, String ruleId) {
        owned(userId, ruleId);
        book.deleteRule(ruleId);
    }

    public Trial trial(String userId, String ruleId) {
        ModerationRule rule = owned(userId, ruleId);
        List<StoredComment> last = book.lastComments(rule.getAccountId());
        String username = book.usernames(userId).getOrDefault(rule.getAccountId(), "?");
        List<CommentView> matches = last.stream()
                .filter(c -> CommentRules.match(rule.rule(), c.getUsername(), c.getText()).isPresent())
                .map(c -> CommentView.of(c, username, null, List.of())).toList();
        return new Trial(rule, last.size(), matches);
    }

    private ModerationRule owned(String userId, String ruleId) {
        return book.ownedRule(userId, ruleId).orElseThrow(CommentNotFoundException::new);
    }
}
