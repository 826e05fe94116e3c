package io.igstudio.publishing;

import io.igstudio.graph.GraphException;

/**
 * Meta's publishing errors in plain words for the post's page (codes from graph-api-facts.md). Meta's own
 * text is not shown: it can be vague, and it is not ours to promise anything with.
 */
final class FailureReasons {

    private FailureReasons() {
    }

    static String of(GraphException e) {
        Integer sub = e.subcode();
        if (e instanceof GraphException.InvalidToken) {
            return "Meta no longer accepts IG Studio's access to this account. Reconnect it on the Accounts page, then Retry.";
        }
        if (e instanceof GraphException.MissingPermission missing) {
            return "IG Studio lacks a permission to publish" + missing.permission().map(p -> " (" + p + ")").orElse("")
                    + ". Reconnect the account on the Accounts page and allow it, then Retry.";
        }
        if (sub == null) {
            return "Instagram refused the post (error " + e.code() + "). Check the post and Retry.";
        }
        return switch (sub) {
            case 2207050 -> "Instagram has restricted this account. Log in at instagram.com first, follow what it asks,"
                    + " then Retry.";
            case 2207051 -> "Instagram blocked this action as possible spam. Wait a while before you Retry.";
            case 2207018 -> "One of the collaborators is not an Instagram account that can be invited. Check the names.";
            case 2207057 -> "The cover frame is beyond the end of the video. Choose an earlier frame.";
            case 2207026 -> "Instagram cannot use this video's format. Use an MP4 or MOV with H.264 or HEVC.";
            case 2207009 -> "The image's aspect ratio is outside what the feed allows (4:5 to 1.91:1). Crop or pad it.";
            case 2207004 -> "The image is larger than 8 MiB.";
            case 2207028 -> "A carousel needs 2 to 10 photos or videos.";
            case 2207089 -> "Instagram no longer takes standalone videos; post it as a reel.";
            case 2207081 -> "This account cannot use trial reels.";
            case 2207052 -> "Instagram could not fetch the media from IG Studio. Make sure IG Studio's public media"
                    + " address can be reached from the internet, then Retry.";
            case 2207008 -> "The upload expired before it was published. Retry to send it again.";
            default -> "Instagram refused the post (error " + e.code() + "/" + sub + "). Check the post and Retry.";
        };
    }
}
