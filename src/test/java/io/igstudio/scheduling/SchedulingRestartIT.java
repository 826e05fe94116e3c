package io.igstudio.scheduling;

import io.igstudio.testing.TestMedia;
import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * IG Studio stopped while two scheduled posts fall due: started again (a new Payara Micro on the same
 * database), the one 10 minutes late goes out once, the one 8 hours late is "missed" and stays unpublished.
 * The time that passed while it was down is made by moving the two posts' stored times back by the same
 * amount while it is stopped (nothing else can move time for a stopped application).
 */
@ExtendWith(ArquillianExtension.class)
class SchedulingRestartIT {

    private static final String APP = "igstudio";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @ArquillianResource
    Deployer deployer;

    private boolean running;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.igStudioOwnProcess();
    }

    @AfterEach
    void stop() {
        if (running) {
            deployer.undeploy(APP);
        }
    }

    @Test
    void aPostTenMinutesLateGoesOutOnceAndOneEightHoursLateIsMissed() throws Exception {
        start();
        SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
        WebClient ava = new WebClient();
        SandboxLogin.signIn(ava, AVA);
        SandboxLogin.connect(ava, AVA);
        String bakery = accountId(ava);
        String fileId = upload(ava);
        String soon = "Ten minutes late " + UUID.randomUUID().toString().substring(0, 8);
        String old = "Eight hours late " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime tomorrow = LocalDateTime.now(ZONE).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        assertEquals(303, schedule(ava, bakery, fileId, soon, tomorrow).status());
        assertEquals(303, schedule(ava, bakery, fileId, old, tomorrow.plusMinutes(1)).status());
        Reply queue = ava.open("/queue");
        String soonId = postId(queue, soon);
        String oldId = postId(queue, old);

        deployer.undeploy(APP);
        running = false;
        Instant stoppedAt = Instant.now();
        moveBack(soonId, Duration.between(stoppedAt.minus(Duration.ofMinutes(10)), scheduledAt(tomorrow)));
        moveBack(oldId, Duration.between(stoppedAt.minus(Duration.ofHours(8)), scheduledAt(tomorrow.plusMinutes(1))));
        start();

        WebClient again = new WebClient();
        SandboxLogin.signIn(again, AVA);
        JsonObject published = waitUntilFinished(again, soonId);
        assertEquals("PUBLISHED", published.getString("state"), published.toString());
        JsonObject missed = waitUntilFinished(again, oldId);
        assertEquals("MISSED", missed.getString("state"), missed.toString());
        Thread.sleep(7000); // two more timer ticks: nothing goes out twice
        assertEquals(1, SchedulingIT.sandboxMedia(soon), "published once");
        assertEquals(0, SchedulingIT.sandboxMedia(old), "the missed post did not go out");
        Reply missedTab = again.open("/queue?show=missed");
        assertEquals(1, missedTab.document().select("tr.queue-row[data-post=" + oldId + "]").size(), missedTab.excerpt());
    }

    private void start() {
        deployer.deploy(APP);
        running = true;
    }

    private static Instant scheduledAt(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** Moves a stopped post's stored times back by {@code by}, as if that much time had passed. */
    private static void moveBack(String postId, Duration by) throws SQLException {
        try (Connection db = ItEnvironment.openDatabase();
             PreparedStatement read = db.prepareStatement("select due_at, scheduled_at from post where id = ?");
             PreparedStatement write = db.prepareStatement(
                     "update post set due_at = ?, scheduled_at = ?, scheduled_local = ? where id = ?")) {
            read.setString(1, postId);
            Timestamp due;
            Timestamp at;
            try (var rows = read.executeQuery()) {
                rows.next();
                due = rows.getTimestamp(1);
                at = rows.getTimestamp(2);
            }
            write.setTimestamp(1, new Timestamp(due.getTime() - by.toMillis()));
            write.setTimestamp(2, new Timestamp(at.getTime() - by.toMillis()));
            write.setString(3, LocalDateTime.ofInstant(at.toInstant().minus(by), ZONE).truncatedTo(ChronoUnit.MINUTES).toString());
            write.setString(4, postId);
            assertEquals(1, write.executeUpdate());
        }
    }

    private static JsonObject waitUntilFinished(WebClient visitor, String postId) throws InterruptedException {
        JsonObject status = null;
        for (int i = 0; i < 90; i++) {
            Reply reply = visitor.get("/posts/" + postId + "/status");
            if (reply.status() == 200) {
                status = Json.createReader(new StringReader(reply.body())).readObject();
                if (status.getBoolean("finished")) {
                    return status;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The post did not finish: " + status);
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

    private static String upload(WebClient ava) throws Exception {
        Reply compose = ava.open("/compose");
        String csrf = compose.document().selectFirst("#upload-form").attr("data-csrf");
        Reply answer = ava.postFile("/library/upload", "file", "bread.png", TestMedia.png(1080, 1080),
                Map.of("X-CSRF-TOKEN", csrf));
        return Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("files").getJsonObject(0)
                .getString("id");
    }

    private static Reply schedule(WebClient ava, String account, String fileId, String caption, LocalDateTime at) {
        Reply compose = ava.open("/compose");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("type", "PHOTO"),
                Map.entry("account", account), Map.entry("item", fileId), Map.entry("caption", caption),
                Map.entry("action", "schedule"), Map.entry("zone", ZONE.getId()), Map.entry("at", at.toString()),
                Map.entry("_csrf", compose.document().selectFirst("#compose-form input[name=_csrf]").val())));
        ava.postForm("/queue/zone", List.of(Map.entry("zone", ZONE.getId()),
                Map.entry("_csrf", compose.document().selectFirst("#compose-form input[name=_csrf]").val())));
        return ava.postForm("/schedule", fields);
    }

    private static String postId(Reply queue, String caption) {
        return queue.document().select("tr.queue-row").stream()
                .filter(r -> r.selectFirst(".queue-caption").text().startsWith(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + caption + " in " + queue.excerpt())).attr("data-post");
    }
}
