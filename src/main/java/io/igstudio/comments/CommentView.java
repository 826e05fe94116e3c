package io.igstudio.comments;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A comment as pages show it.
 *
 * @param id IG Studio's id of the stored comment (what actions name)
 * @param ruleName the rule that hid it by itself (not undone), else {@code null}
 * @param actionId that rule's action, for Undo
 */
public record CommentView(String id, String igId, String accountId, String accountUsername, String mediaId,
                          String username, String text, Instant timestamp, boolean hidden, long likeCount, boolean own,
                          boolean reply, boolean answered, boolean privateReplied, String ruleName, String actionId,
                          List<CommentView> replies) {

    private static final DateTimeFormatter UTC_LABEL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** UTC, readable; pages show it in the person's zone (static/js/local-time.js). */
    public String timestampLabel() {
        return timestamp == null ? "" : UTC_LABEL.format(timestamp);
    }

    /** Only top-level comments that are not hidden take replies (IG Comment Replies reference, "Limitations"). */
    public boolean canReply() {
        return !reply && !hidden;
    }

    static CommentView of(StoredComment c, String accountUsername, ModerationAction action, List<CommentView> replies) {
        return new CommentView(c.getId(), c.getIgCommentId(), c.getAccountId(), accountUsername, c.getMediaId(),
                c.isOwn() && c.getUsername() == null ? accountUsername : c.getUsername(), c.getText(), c.getCommentedAt(),
                c.isHidden(), c.getLikeCount(), c.isOwn(), c.isReply(), c.isAnswered(), c.isPrivateReplied(),
                action == null ? null : action.getRuleName(), action == null ? null : action.getId(), replies);
    }
}
