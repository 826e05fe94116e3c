package io.igstudio.publishing;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Browser;
import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.pages.ComposePage;
import io.igstudio.testing.pages.ConnectPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Composing and publishing in a real browser through the sandbox, each post type to its permalink. */
@ExtendWith(ArquillianExtension.class)
class PublishingBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @BeforeEach
    void connectAva() {
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).connect().chooseUser(AVA).allowToAccounts();
    }

    static Path file(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("igs-upload");
        return Files.write(dir.resolve(name), bytes);
    }

    private ComposePage compose() {
        browser.open("/compose");
        return new ComposePage(browser.driver());
    }

    @Test
    void publishAPhotoNowAndReachItsPermalink() throws IOException {
        ComposePage compose = compose();
        assertTrue(compose.upload(file("loaf.png", PublishingIT.png(1080, 1350))).contains("Ready"));
        compose.account("avasbakery").caption("Fresh #sourdough with @ben");
        assertTrue(compose.counters().startsWith("26/2,200"), compose.counters());
        assertTrue(compose.counters().contains("1/30 hashtags") && compose.counters().contains("1/20 mentions"));
        assertFalse(compose.optionShown("reel-options"), "reel options stay hidden for a photo");

        String permalink = compose.publish().waitForPermalink();
        assertTrue(permalink.startsWith("https://www.instagram.com/"), permalink);
    }

    @Test
    void aCarouselOfTwoPhotosAndAVideo() throws IOException {
        ComposePage compose = compose();
        compose.upload(file("a.png", PublishingIT.png(1080, 1080)));
        compose.upload(file("b.png", PublishingIT.png(1080, 1080)));
        compose.upload(file("c.mp4", PublishingIT.placeholderVideo()));
        assertEquals(3, compose.chosenItems());
        compose.type("CAROUSEL").account("avasbakery").caption("Three of a kind");
        assertTrue(compose.publish().waitForPermalink().startsWith("https://www.instagram.com/"));
    }

    @Test
    void aReelWithACoverImage() throws IOException, java.sql.SQLException {
        // the cover comes from the library: uploaded first, then offered on the compose page
        compose().upload(file("cover.png", PublishingIT.png(1080, 1920)));
        ComposePage compose = compose();
        compose.upload(file("reel.mp4", PublishingIT.placeholderVideo()));
        String caption = "Kneading " + java.util.UUID.randomUUID().toString().substring(0, 8);
        compose.type("REEL").account("avasbakery").caption(caption);
        assertTrue(compose.optionShown("reel-options"));
        compose.cover("cover.png");

        assertTrue(compose.publish().waitForPermalink().startsWith("https://www.instagram.com/"));
        var sent = sentToMeta(caption);
        assertEquals("REELS", sent.getString("kind"), sent::toString);
        assertTrue(sent.getString("cover_url", "").contains("/public-media/"), "the cover image went to Meta: " + sent);
    }

    @Test
    void aVideoPostGoesOutAsAReelSharedToTheFeed() throws IOException, java.sql.SQLException {
        ComposePage compose = compose();
        compose.upload(file("video.mp4", PublishingIT.placeholderVideo()));
        String caption = "In the feed " + java.util.UUID.randomUUID().toString().substring(0, 8);
        compose.type("VIDEO").account("avasbakery").caption(caption);
        assertTrue(compose.optionShown("reel-options"), "a video post is a reel: its options are shown");

        assertTrue(compose.publish().waitForPermalink().startsWith("https://www.instagram.com/"));
        // graph-api-facts.md: VIDEO is no longer a feed media_type; a video post is a reel shown in the feed
        var sent = sentToMeta(caption);
        assertEquals("REELS", sent.getString("kind"), sent::toString);
        assertEquals(jakarta.json.JsonValue.TRUE, sent.get("share_to_feed"), sent::toString);
    }

    /**
     * The parameters IG Studio sent Meta for the container with this caption, as the sandbox keeps them, with the
     * container's {@code kind} (its media_type).
     */
    static jakarta.json.JsonObject sentToMeta(String caption) throws java.sql.SQLException {
        try (var db = io.igstudio.testing.ItEnvironment.openDatabase();
             var find = db.prepareStatement("SELECT kind, params FROM sandbox_ig_container WHERE caption = ?")) {
            find.setString(1, caption);
            try (var rows = find.executeQuery()) {
                assertTrue(rows.next(), "no sandbox container with the caption " + caption);
                var params = jakarta.json.Json.createReader(new java.io.StringReader(rows.getString("params"))).readObject();
                return jakarta.json.Json.createObjectBuilder(params).add("kind", rows.getString("kind")).build();
            }
        }
    }

    @Test
    void aStory() throws IOException {
        ComposePage compose = compose();
        compose.upload(file("story.png", PublishingIT.png(1080, 1920)));
        compose.type("STORY").account("avasbakery");
        assertFalse(compose.optionShown("caption"), "stories take no caption");

        String permalink = compose.publish().waitForPermalink();
        assertTrue(permalink.startsWith("https://instagram.com/stories/avasbakery/"), permalink);
    }

    @Test
    void aPngWithABadAspectRatioGetsTheCropOfferAndTheDraftKeepsEveryField() throws IOException {
        ComposePage compose = compose();
        String row = compose.upload(file("tall.png", PublishingIT.png(1080, 1920)));
        assertTrue(row.contains("4:5 and 1.91:1"), row);
        compose.account("avasbakery").caption("Tall loaf #bread").collaborators("ben.carter");

        ComposePage refused = compose.publishRefused();
        assertTrue(refused.itemError().contains("4:5 and 1.91:1"), refused.itemError());
        assertTrue(refused.cropOffered());
        assertEquals("Tall loaf #bread", refused.captionText());
        assertEquals("ben.carter", refused.collaboratorsText());
        assertEquals("PHOTO", refused.checkedType());
        assertEquals(1, refused.chosenItems());
    }

    @Test
    void aDraftSavesItselfWhileTyping() {
        ComposePage compose = compose();
        compose.account("avasbakery").caption("Saved without a click");
        var status = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            var element = d.findElement(By.id("autosave-status"));
            return element.getText().startsWith("Draft saved at") ? element : null;
        });
        String draftId = status.getAttribute("data-draft-id");
        browser.open("/compose/drafts");
        assertTrue(browser.driver().findElement(By.id("draft-list")).getText().contains("Saved without a click"));
        browser.open("/compose/drafts/" + draftId);
        assertEquals("Saved without a click", new ComposePage(browser.driver()).captionText());
    }

    @Test
    void aPostWaitingForTheQuotaSaysUntilWhenInThePersonsOwnTime() throws IOException {
        String waitingPost = null;
        String bakery = "17841400000000101";
        var before = PublishingIT.json(SandboxControl.get("/sandbox/meta/_control/publishing/accounts/" + bakery));
        int used = before.getInt("quotaUsage");
        int total = before.getInt("quotaTotal");
        SandboxControl.send("PUT", "/sandbox/meta/_control/publishing/accounts/" + bakery,
                "{\"quotaTotal\":" + used + "}");
        try {
            ComposePage compose = compose();
            compose.upload(file("later.png", PublishingIT.png(1080, 1080)));
            compose.account("avasbakery").caption("Goes out at the next free slot");
            compose.publish();
            waitingPost = browser.currentPath().replaceFirst("^/posts/", "").replaceFirst("[/?#].*$", "");
            var time = new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
                var element = d.findElement(By.id("post-waiting-at"));
                return element.isDisplayed() && !element.getText().isBlank() && !element.getText().contains("UTC")
                        ? element : null;
            });
            assertTrue(browser.driver().findElement(By.id("post-waiting")).getText().contains("publishing limit"));
            Instant at = Instant.parse(time.getAttribute("datetime"));
            String local = DateTimeFormatter.ofPattern("h:mm").format(at.atZone(Browser.TIME_ZONE));
            assertTrue(time.getText().contains(local), "shown in the browser's zone (" + Browser.TIME_ZONE + ", "
                    + local + "): " + time.getText());
        } finally {
            // the waiting post must not go out later, inside another class's measurements: it ends here
            if (waitingPost != null) {
                PublishingIT.endPost("/posts/" + waitingPost);
            }
            // the total it had: other classes of the run have published on this account within the same 24 hours
            SandboxControl.send("PUT", "/sandbox/meta/_control/publishing/accounts/" + bakery, "{\"quotaTotal\":" + total + "}");
            // IG Studio reads the quota at most every 5 minutes: move past that so the next tests see it back
            SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"seconds\":360}");
        }
    }

    @Test
    void clickThePreviewToTagSomeoneOnThePhoto() throws IOException, java.sql.SQLException {
        ComposePage compose = compose();
        compose.upload(file("friends.png", PublishingIT.png(1080, 1080)));
        String caption = "With friends " + java.util.UUID.randomUUID().toString().substring(0, 8);
        // the caption is typed first: leaving it (the mousedown on the preview) changes the form, which redraws
        // the preview; the photo shown must stay the element clicked, or the browser sends no click
        compose.account("avasbakery").caption(caption);
        compose.clickPreviewPhoto(); // the middle of the photo
        var driver = browser.driver();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        var name = wait.until(d -> d.findElement(By.id("tag-username")).isDisplayed() ? d.findElement(By.id("tag-username")) : null);
        name.sendKeys("ben.carter");
        name.sendKeys(org.openqa.selenium.Keys.ENTER);
        // the library's earlier files are listed too (unchosen): the field of the photo just uploaded and chosen
        String tags = driver.findElement(By.cssSelector(".compose-item:has(.item-choice:checked) input.item-tags"))
                .getAttribute("value");
        assertTrue(tags.matches("ben\\.carter 0\\.[45]\\d* 0\\.[45]\\d*"), tags);
        assertEquals("ben.carter", wait.until(d -> d.findElements(By.cssSelector("#preview-media .ig-tag-marker")).stream()
                .findFirst().orElse(null)).getText());
        assertEquals("/compose", browser.currentPath(), "Enter tags, it does not submit the post");

        assertTrue(compose.publish().waitForPermalink().startsWith("https://www.instagram.com/"));
        // what Meta was sent: the sandbox keeps each container's parameters
        var userTags = sentToMeta(caption).getJsonArray("user_tags");
        assertEquals(1, userTags.size(), userTags::toString);
        var tag = userTags.getJsonObject(0);
        assertEquals("ben.carter", tag.getString("username"));
        assertTrue(Math.abs(tag.getJsonNumber("x").doubleValue() - 0.5) < 0.1, tag::toString);
        assertTrue(Math.abs(tag.getJsonNumber("y").doubleValue() - 0.5) < 0.1, tag::toString);
    }
}
