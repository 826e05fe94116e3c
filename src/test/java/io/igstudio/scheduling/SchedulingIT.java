package io.igstudio.scheduling;

import io.igstudio.testing.TestMedia;
import static io.igstudio.testing.SandboxLogin.AVA;
import static io.igstudio.testing.SandboxLogin.BEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Browser;
import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import io.igstudio.testing.pages.ComposePage;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.PublishedPostPage;
import io.igstudio.testing.pages.QueuePage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scheduling in a real browser through the sandbox, with the application clock moved forward by the
 * sandbox control API instead of waiting: a reel scheduled two minutes ahead goes out, a post dragged on the
 * calendar shows its new time in the queue, a failed post shows in the bell and is retried from there; and
 * over HTTP: posting slots with "add to queue", a post missed by more than the allowed lateness, ownership.
 */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT extends BrowserTest {

    private static final String AVAS_BAKERY = "17841400000000101";
    private static final String ZONE = Browser.TIME_ZONE.getId();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @BeforeEach
    void connectAva() {
        SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        publishingControl("{\"failVideos\":false,\"processingSeconds\":10}");
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).connect().chooseUser(AVA).allowToAccounts();
        browser.open("/queue");
        new QueuePage(browser.driver()).zone(ZONE);
    }

    @AfterEach
    void realTimeAgain() {
        SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        publishingControl("{\"failVideos\":false,\"processingSeconds\":10}");
    }

    @Test
    void aReelScheduledTwoMinutesAheadGoesOutWhenTheClockGetsThere() throws IOException {
        String caption = "Tomorrow's bake " + UUID.randomUUID().toString().substring(0, 8);
        ComposePage compose = compose();
        compose.upload(file("reel.mp4", TestMedia.reel()));
        compose.type("REEL").account("avasbakery").caption(caption);
        assertEquals(ZONE, compose.zone(), "times are chosen in the person's zone");
        LocalDateTime at = LocalDateTime.ofInstant(appNow().plus(Duration.ofMinutes(2)), Browser.TIME_ZONE)
                .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);

        QueuePage queue = compose.scheduleAt(at.toString());
        assertTrue(queue.flash().contains("scheduled"), queue.flash());
        assertEquals("Scheduled", queue.state(caption));
        assertEquals(SHOWN.format(at) + " (" + ZONE + ")", queue.when(caption));

        PublishedPostPage post = queue.open(caption);
        assertEquals("Scheduled", post.step(), "nothing goes out before its time");
        advanceClock(Duration.ofMinutes(4));
        String permalink = post.waitForPermalink();
        assertTrue(permalink.startsWith("https://www.instagram.com/"), permalink);

        browser.open("/queue?show=published");
        assertEquals("Published", new QueuePage(browser.driver()).state(caption));
        assertEquals(1, sandboxMedia(caption), "published once");
    }

    @Test
    void draggingAPostOnTheCalendarToTheNextDayReschedulesIt() throws IOException {
        String caption = "Drag me " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.ofInstant(appNow(), Browser.TIME_ZONE).plusDays(1);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1); // the day after stays in the same week view
        }
        ComposePage compose = compose();
        compose.upload(file("loaf.png", TestMedia.png(1080, 1350)));
        compose.account("avasbakery").caption(caption);
        compose.scheduleAt(day.atTime(10, 30).toString());

        browser.open("/calendar?view=week&date=" + day);
        WebElement post = browser.driver().findElement(By.xpath(
                "//a[contains(@class,'calendar-post')][contains(@title,'" + SHOWN.format(day.atTime(10, 30)) + "')]"
                        + "[contains(@title,'" + caption + "')]"));
        WebElement target = browser.driver().findElement(By.cssSelector(
                "td.calendar-hour[data-date='" + day.plusDays(1) + "'][data-hour='10']"));
        QueuePage.drag(browser.driver(), post, target);
        QueuePage.waitForReload(browser.driver(), target);

        browser.open("/queue");
        assertEquals(SHOWN.format(day.plusDays(1).atTime(10, 30)) + " (" + ZONE + ")",
                new QueuePage(browser.driver()).when(caption));

        // the same without JavaScript: the edit form
        WebClient ava = signedIn(AVA);
        Reply queue = ava.open("/queue");
        String postId = queue.document().select("tr.queue-row").stream()
                .filter(r -> r.selectFirst(".queue-caption").text().startsWith(caption))
                .findFirst().orElseThrow().attr("data-post");
        Reply edit = ava.open("/queue/" + postId + "/edit");
        Reply saved = ava.follow(ava.submit(edit, "#edit-form", "#save-edit",
                Map.of("at", day.plusDays(2).atTime(8, 15).toString(), "caption", caption + " (edited)")));
        assertTrue(saved.document().getElementById("flash").text().contains(SHOWN.format(day.plusDays(2).atTime(8, 15))),
                saved.describe());

        assertNotNull(ava.open("/calendar").document().selectFirst("td.calendar-today"), "today is marked");
        Reply month = ava.open("/calendar?date=" + day.plusDays(2));
        assertTrue(month.document().select("td[data-date=" + day.plusDays(2) + "] .calendar-post").text()
                .contains("08:15"), month.excerpt());

        assertEquals(404, signedIn(BEN).get("/queue/" + postId + "/edit").status(), "only Ava sees her post");
    }

    @Test
    void aFailedPostShowsInTheBellAndIsRetriedFromThere() throws IOException {
        publishingControl("{\"failVideos\":true,\"processingSeconds\":1}");
        String caption = "Will fail first " + UUID.randomUUID().toString().substring(0, 8);
        ComposePage compose = compose();
        compose.upload(file("clip.mp4", TestMedia.reel()));
        compose.type("REEL").account("avasbakery").caption(caption);
        PublishedPostPage post = compose.publish();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id("post-failure")).isDisplayed());

        browser.open("/dashboard");
        String count = browser.driver().findElement(By.id("bell-count")).getText();
        assertTrue(Integer.parseInt(count) >= 1, count);
        browser.open("/notifications"); // where the bell links
        WebElement failed = notification(caption, "POST_FAILED");
        assertTrue(failed.getText().contains("@avasbakery") && failed.getText().contains("not published"),
                failed.getText());

        publishingControl("{\"failVideos\":false,\"processingSeconds\":1}");
        failed.findElement(By.className("notification-open")).click();
        WebElement retry = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElement(By.cssSelector("#retry-form button")));
        retry.click();
        String permalink = new PublishedPostPage(browser.driver()).waitForPermalink();
        assertTrue(permalink.startsWith("https://www.instagram.com/"), permalink);

        browser.open("/notifications");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#notification-list li.notification")).stream()
                .filter(n -> n.getText().contains(caption) && "POST_PUBLISHED".equals(n.getAttribute("data-kind")))
                .count(), "told once that it was published");
        assertEquals(1, sandboxMedia(caption), "published once after the retry");
    }

    @Test
    void addToQueueFillsTheNextFreeSlotsAndAPostLateBeyondTheLimitIsMissed() throws Exception {
        WebClient ava = signedIn(AVA);
        ava.open("/queue");
        String bakery = accountId(ava);
        Reply slots = ava.open("/slots/" + bakery);
        Reply saved = ava.follow(ava.submit(slots, "#slots-form", "#save-slots", Map.of("times", "09:00, 18:00")));
        List<Map.Entry<String, String>> days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY").stream().map(d -> Map.entry("day", d)).toList();
        var fields = new java.util.ArrayList<Map.Entry<String, String>>(days);
        fields.add(Map.entry("times", "09:00, 18:00"));
        fields.add(Map.entry("_csrf", saved.document().selectFirst("#slots-form input[name=_csrf]").val()));
        saved = ava.follow(ava.postForm("/slots/" + bakery, fields));
        assertEquals(14, saved.document().select("#slot-list .slot").size(), saved.excerpt());

        JsonObject file = upload(ava);
        String first = "Queued one " + UUID.randomUUID().toString().substring(0, 8);
        String second = "Queued two " + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(303, schedule(ava, bakery, file, first, "queue", null).status());
        assertEquals(303, schedule(ava, bakery, file, second, "queue", null).status());
        Reply queue = ava.open("/queue?account=" + bakery);
        String whenFirst = when(queue, first);
        String whenSecond = when(queue, second);
        assertTrue(whenFirst.matches(".*, (09|18):00 \\(" + ZONE + "\\)"), whenFirst);
        assertTrue(whenSecond.matches(".*, (09|18):00 \\(" + ZONE + "\\)"), whenSecond);
        assertTrue(!whenFirst.equals(whenSecond), "the second takes the next free slot: " + whenFirst);

        Reply refused = schedule(ava, bakery, file, "In the past", "schedule",
                LocalDateTime.ofInstant(appNow().minus(Duration.ofHours(1)), Browser.TIME_ZONE).withSecond(0).withNano(0).toString());
        assertEquals(400, refused.status());
        assertTrue(refused.document().getElementById("error-when").text().contains("has passed"));

        // 8 hours on: both queued posts are more than 6 hours late when the timer next looks (as after a
        // restart that took that long): missed, not published
        String late = "Late one " + UUID.randomUUID().toString().substring(0, 8);
        String lateAt = LocalDateTime.ofInstant(appNow().plus(Duration.ofMinutes(2)), Browser.TIME_ZONE)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        assertEquals(303, schedule(ava, bakery, file, late, "schedule", lateAt).status());
        advanceClock(Duration.ofHours(8).plusMinutes(5));
        Reply missed = null;
        for (int i = 0; i < 30; i++) {
            missed = ava.open("/queue?show=missed");
            if (missed.body().contains(late)) {
                break;
            }
            Thread.sleep(1000);
        }
        assertTrue(missed.body().contains(late), missed.excerpt());
        assertEquals(0, sandboxMedia(late), "a post 8 hours late does not go out");
        Reply bell = ava.open("/notifications");
        assertTrue(bell.document().select("li.notification[data-kind=POST_MISSED]").text().contains("avasbakery"));

        // the person decides: cancel it
        String id = queueRow(missed, late).attr("data-post");
        Reply cancelled = ava.follow(ava.submit(missed, "tr[data-post=" + id + "] form[action$=cancel]",
                "button", Map.of()));
        assertTrue(cancelled.document().getElementById("flash").text().contains("cancelled"), cancelled.excerpt());
    }

    // --- helpers ---

    private WebElement notification(String caption, String kind) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.findElements(
                        By.cssSelector("#notification-list li.notification[data-kind=" + kind + "]")).stream()
                .filter(n -> n.getText().contains(caption)).findFirst().orElse(null));
    }

    private ComposePage compose() {
        browser.open("/compose");
        return new ComposePage(browser.driver());
    }

    private static Path file(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("igs-upload");
        return Files.write(dir.resolve(name), bytes);
    }

    private static WebClient signedIn(String name) {
        WebClient visitor = new WebClient();
        SandboxLogin.signIn(visitor, name);
        return visitor;
    }

    private static String accountId(WebClient ava) {
        Reply compose = ava.open("/compose");
        for (var box : compose.document().select("input[name=account]")) {
            if (compose.document().selectFirst("label[for=" + box.id() + "]").text().contains("@avasbakery")) {
                return box.val();
            }
        }
        throw new AssertionError("@avasbakery is not offered");
    }

    private static JsonObject upload(WebClient ava) throws IOException {
        Reply compose = ava.open("/compose");
        String csrf = compose.document().selectFirst("#upload-form").attr("data-csrf");
        Reply answer = ava.postFile("/library/upload", "file", "bread.png",
                TestMedia.png(1080, 1080), Map.of("X-CSRF-TOKEN", csrf));
        return Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("files").getJsonObject(0);
    }

    private static Reply schedule(WebClient ava, String account, JsonObject file, String caption, String action,
                                  String at) {
        Reply compose = ava.open("/compose");
        var fields = new java.util.ArrayList<Map.Entry<String, String>>(List.of(Map.entry("type", "PHOTO"),
                Map.entry("account", account), Map.entry("item", file.getString("id")), Map.entry("caption", caption),
                Map.entry("action", action), Map.entry("zone", ZONE),
                Map.entry("_csrf", compose.document().selectFirst("#compose-form input[name=_csrf]").val())));
        if (at != null) {
            fields.add(Map.entry("at", at));
        }
        return ava.postForm("/schedule", fields);
    }

    private static org.jsoup.nodes.Element queueRow(Reply queue, String caption) {
        return queue.document().select("tr.queue-row").stream()
                .filter(r -> r.selectFirst(".queue-caption").text().startsWith(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + caption + " in " + queue.excerpt()));
    }

    private static String when(Reply queue, String caption) {
        return queueRow(queue, caption).selectFirst(".queue-when").text();
    }

    private static void advanceClock(Duration by) {
        Reply moved = SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance",
                "{\"seconds\":" + by.toSeconds() + "}");
        assertEquals(200, moved.status(), moved.body());
    }

    /** IG Studio's "now" (the sandbox clock's). */
    private static Instant appNow() {
        Reply clock = SandboxControl.get("/sandbox/meta/_control/clock");
        return Instant.parse(Json.createReader(new StringReader(clock.body())).readObject().getString("now"));
    }

    private static void publishingControl(String settings) {
        Reply reply = SandboxControl.send("PUT", "/sandbox/meta/_control/publishing/accounts/" + AVAS_BAKERY, settings);
        assertEquals(200, reply.status(), reply.body());
    }

    /** Media with this caption at the sandbox: how many times the post really went out. */
    static int sandboxMedia(String caption) {
        try (var db = io.igstudio.testing.ItEnvironment.openDatabase();
             var query = db.prepareStatement("select count(*) from sandbox_ig_media where caption = ?")) {
            query.setString(1, caption);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
