package io.igstudio.sandbox.comments;

import io.igstudio.sandbox.graph.GraphError;

/**
 * Meta's refusals around comments. No recorded Graph body for these was found, so the wording is ours; the
 * rules are Meta's: replies to hidden comments are refused (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies,
 * "Limitations"); one private reply per comment within 7 days of the comment
 * (https://developers.facebook.com/docs/instagram-platform/private-replies); no comment on media whose
 * comments are off (https://developers.facebook.com/docs/instagram-platform/comment-moderation).
 */
final class CommentErrors {

    private CommentErrors() {
    }

    static GraphError hiddenComment() {
        return new GraphError(400, "(#100) Cannot reply to a hidden comment.", "OAuthException", 100, null);
    }

    static GraphError commentsDisabled() {
        return new GraphError(400, "(#100) Comments are disabled on this media.", "OAuthException", 100, null);
    }

    static GraphError messageRequired() {
        return GraphError.invalidParameter("The parameter message is required");
    }

    /** The Messenger Platform's "(#10) This message is sent outside of allowed window." (code 10, subcode 2018278). */
    static GraphError outsideWindow() {
        return new GraphError(400, "(#10) This message is sent outside of allowed window.", "OAuthException", 10,
                2018278);
    }

    static GraphError alreadyReplied() {
        return new GraphError(400, "(#10) A private reply was already sent for this comment.", "OAuthException", 10,
                2018278);
    }

    static GraphError recipientRequired() {
        return GraphError.invalidParameter("The parameter recipient is required");
    }
}
