package io.igstudio.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A rule of one account that hides matching new comments by itself once it is switched on. */
@Entity
@Table(name = "moderation_rule")
public class ModerationRule {

    @Id
    private String id;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "account_id", nullable = false)
    private String accountId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String terms;
    @Column(name = "max_mentions")
    private int maxMentions;
    private boolean enabled;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ModerationRule() {
    }

    ModerationRule(String userId, String accountId, String name, CommentRules.Kind kind, String terms, int maxMentions,
                   Instant now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.accountId = accountId;
        this.name = name;
        this.kind = kind.name();
        this.terms = terms == null ? "" : terms;
        this.maxMentions = maxMentions;
        this.createdAt = now;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public CommentRules.Kind getKind() {
        return CommentRules.Kind.valueOf(kind);
    }

    public String getTerms() {
        return terms;
    }

    public List<String> termList() {
        return Arrays.stream(terms.split("\\R|,")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public int getMaxMentions() {
        return maxMentions;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** What the rule looks at, in a few words, for the rules page. */
    public String summary() {
        return switch (getKind()) {
            case KEYWORDS -> "words: " + String.join(", ", termList());
            case USERNAMES -> "usernames: " + String.join(", ", termList());
            case LINKS -> "links";
            case MENTIONS -> "more than " + maxMentions + " mentions";
        };
    }

    public CommentRules.Rule rule() {
        return new CommentRules.Rule(getKind(), termList(), maxMentions);
    }
}
