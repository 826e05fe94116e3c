package io.igstudio.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code mentions} changes of a webhook delivery (https://developers.facebook.com/docs/instagram-platform/webhooks). */
class WebhookMentionsTest {

    private static String delivery(String igUserId, String... changes) {
        return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + igUserId + "\",\"time\":1764000000,\"changes\":["
                + String.join(",", changes) + "]}]}";
    }

    private static String mention(String value) {
        return "{\"field\":\"mentions\",\"value\":" + value + "}";
    }

    @Test
    void aMentionInACaptionHasNoCommentId() {
        assertEquals(List.of(new Webhooks.Mention("17841400000000101", "17887498072083520", null)),
                Webhooks.mentions(delivery("17841400000000101", mention("{\"media_id\":\"17887498072083520\"}"))));
    }

    @Test
    void aMentionInACommentHasBoth() {
        assertEquals(List.of(new Webhooks.Mention("17841400000000101", "17887498072083520", "17894227972186120")),
                Webhooks.mentions(delivery("17841400000000101",
                        mention("{\"media_id\":\"17887498072083520\",\"comment_id\":\"17894227972186120\"}"))));
    }

    @Test
    void idsThatAreNotDigitsAreRefused() {
        assertTrue(Webhooks.mentions(delivery("17841400000000101", mention("{\"media_id\":\"me/accounts\"}"))).isEmpty());
        assertTrue(Webhooks.mentions(delivery("17841400000000101",
                mention("{\"media_id\":\"17887498072083520\",\"comment_id\":\"../../oauth\"}"))).isEmpty(),
                "a bad comment id is not kept as a caption mention");
        assertTrue(Webhooks.mentions(delivery("17841400000000101",
                mention("{\"media_id\":\"17887498072083520\",\"comment_id\":17894227972186120}"))).isEmpty(),
                "ids are strings");
        assertTrue(Webhooks.mentions(delivery("me", mention("{\"media_id\":\"17887498072083520\"}"))).isEmpty(),
                "the mentioned account too");
        assertTrue(Webhooks.mentions(delivery("17841400000000101", mention("{}"))).isEmpty(), "no media id");
        assertTrue(Webhooks.mentions(delivery("17841400000000101", mention("\"17887498072083520\""))).isEmpty());
    }

    @Test
    void otherFieldsAndOtherObjectsAreIgnored() {
        String comment = "{\"field\":\"comments\",\"value\":{\"from\":{\"id\":\"1\",\"username\":\"fan\"},"
                + "\"media\":{\"id\":\"17887498072083520\"},\"id\":\"17894227972186121\",\"text\":\"hi @avasbakery\"}}";
        String story = "{\"field\":\"story_insights\",\"value\":{\"media_id\":\"17887498072083521\"}}";
        String both = delivery("17841400000000101", comment, story,
                mention("{\"media_id\":\"17887498072083520\",\"comment_id\":\"17894227972186120\"}"));

        assertEquals(List.of(new Webhooks.Mention("17841400000000101", "17887498072083520", "17894227972186120")),
                Webhooks.mentions(both), "only the mentions change");
        assertEquals(1, Webhooks.changes(both).size(), "and the comments parsing sees only the comment");
        assertEquals("17894227972186121", Webhooks.changes(both).get(0).comment().id());
        assertTrue(Webhooks.mentions(delivery("17841400000000101", comment)).isEmpty());
        assertTrue(Webhooks.mentions(both.replace("\"instagram\"", "\"page\"")).isEmpty(), "another object");
        assertTrue(Webhooks.mentions("not json").isEmpty());
    }
}
