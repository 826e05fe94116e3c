package io.igstudio.publishing;

import static io.igstudio.publishing.PublishingIT.accountId;
import static io.igstudio.publishing.PublishingIT.json;
import static io.igstudio.publishing.PublishingIT.placeholderVideo;
import static io.igstudio.publishing.PublishingIT.png;
import static io.igstudio.publishing.PublishingIT.submit;
import static io.igstudio.publishing.PublishingIT.upload;
import static io.igstudio.publishing.PublishingIT.waitForPost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing is published twice, whatever crashes (issue 18): the Payara Micro process running IG Studio is
 * killed with SIGKILL while a reel is PROCESSING, and again while it is PUBLISHING (after Meta published,
 * before IG Studio heard of it), then started again on the same database; and two IG Studio instances on one
 * database race over 50 due posts. "Exactly once" is counted where Meta counts it: the sandbox's published
 * media of the account ({@code quotaUsage} of its publishing controls, the posts of the last 24 hours).
 */
@ExtendWith(ArquillianExtension.class)
class PublishingCrashIT {

    private static final String APP = "igstudio";
    private static final String AVAS_BAKERY = "17841400000000101";
    private static final String AVA_CREATES = "17841400000000102";
    private static final int RACE_POSTS = 50;

    @ArquillianResource
    Deployer deployer;

    private boolean running;
    private Process second;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.igStudioOwnProcess();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (second != null) {
            second.destroyForcibly();
            second.waitFor(60, TimeUnit.SECONDS);
            second = null;
        }
        if (running) {
            deployer.undeploy(APP);
            running = false;
        }
    }

    @Test
    void aReelKilledWhileProcessingIsPublishedOnceAfterARestart() throws Exception {
        start();
        WebClient ava = PublishingIT.ava();
        String bakery = accountId(ava, "avasbakery");
        control(AVAS_BAKERY, "{\"processingSeconds\":20}");
        int before = publishedInLastDay(AVAS_BAKERY);
        JsonObject video = upload(ava, "killed-processing.mp4", placeholderVideo());
        String postPath = sent(submit(ava, List.of(Map.entry("type", "REEL"), Map.entry("account", bakery),
                Map.entry("item", video.getString("id")), Map.entry("caption", "Killed while processing"))));
        awaitState(ava, postPath, "PROCESSING");

        killPayaraMicro();
        start();
        // whatever the dead instance held, its lease (5 minutes) has run out
        advanceClock(6 * 60);

        JsonObject done = waitForPost(signedIn(), postPath);
        assertEquals("PUBLISHED", done.getString("state"), done.toString());
        assertTrue(done.getString("permalink").startsWith("https://www.instagram.com/"), done.toString());
        assertEquals(before + 1, publishedInLastDay(AVAS_BAKERY), "published exactly once");
        Thread.sleep(7000); // a few more ticks: no second media_publish
        assertEquals(before + 1, publishedInLastDay(AVAS_BAKERY), "published exactly once");
    }

    @Test
    void aReelKilledWhilePublishingIsNotPublishedAgain() throws Exception {
        start();
        WebClient ava = PublishingIT.ava();
        String bakery = accountId(ava, "avasbakery");
        // media_publish publishes at once and answers a minute later: IG Studio dies before it hears back
        control(AVAS_BAKERY, "{\"processingSeconds\":2,\"publishAnswerSeconds\":60}");
        int before = publishedInLastDay(AVAS_BAKERY);
        JsonObject video = upload(ava, "killed-publishing.mp4", placeholderVideo());
        String postPath = sent(submit(ava, List.of(Map.entry("type", "REEL"), Map.entry("account", bakery),
                Map.entry("item", video.getString("id")), Map.entry("caption", "Killed while publishing"))));
        awaitState(ava, postPath, "PUBLISHING");
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (publishedInLastDay(AVAS_BAKERY) == before && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertEquals(before + 1, publishedInLastDay(AVAS_BAKERY), "Meta (the sandbox) published the reel");
        assertEquals("PUBLISHING", json(ava.get(postPath + "/status")).getString("state"),
                "IG Studio is still waiting for media_publish's answer");

        killPayaraMicro();
        start();
        // the PUBLISHING lease (2 minutes) of the dead instance runs out; the container's status_code decides
        advanceClock(3 * 60);

        JsonObject done = waitForPost(signedIn(), postPath);
        assertEquals("PUBLISHED", done.getString("state"), done.toString());
        assertTrue(done.getString("permalink").startsWith("https://www.instagram.com/"),
                "the published media is found without publishing again: " + done);
        Thread.sleep(7000);
        assertEquals(before + 1, publishedInLastDay(AVAS_BAKERY), "published exactly once");
    }

    @Test
    void twoInstancesOnOneDatabasePublishFiftyDuePostsEachExactlyOnce() throws Exception {
        start();
        int port = freePort();
        startSecondInstance(port);
        WebClient ava = PublishingIT.ava();
        String creates = accountId(ava, "ava.creates");
        // no quota: every post waits (and is due again at once when the quota is back and the clock moved)
        control(AVA_CREATES, "{\"quotaTotal\":0}");
        JsonObject photo = upload(ava, "race.png", png(1080, 1080));
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < RACE_POSTS; i++) {
            posts.add(sent(submit(ava, List.of(Map.entry("type", "PHOTO"), Map.entry("account", creates),
                    Map.entry("item", photo.getString("id")), Map.entry("caption", "Race " + i)))));
        }
        for (String post : posts) {
            JsonObject status = awaitStatus(ava, post, s -> s.getString("waiting", "").contains("publishing limit")
                    || s.getBoolean("finished"));
            assertEquals("QUEUED", status.getString("state"), "the quota is used up: the post waits, " + status);
            assertTrue(status.getString("waiting").contains("publishing limit"), status.toString());
        }
        assertEquals(0, publishedInLastDay(AVA_CREATES));

        long firstBefore = graphCalls(ItEnvironment.baseUrl());
        long secondBefore = graphCalls("http://localhost:" + port);
        control(AVA_CREATES, "{\"quotaTotal\":1000}");
        advanceClock(61 * 60);

        Map<String, Integer> states = new HashMap<>();
        for (String post : posts) {
            JsonObject done = waitForPost(ava, post);
            states.merge(done.getString("state"), 1, Integer::sum);
        }
        assertEquals(Map.of("PUBLISHED", RACE_POSTS), states);
        Thread.sleep(7000);
        assertEquals(RACE_POSTS, publishedInLastDay(AVA_CREATES), "each post published exactly once");
        System.out.println("RACE graph calls: first instance " + (graphCalls(ItEnvironment.baseUrl()) - firstBefore)
                + ", second instance " + (graphCalls("http://localhost:" + port) - secondBefore));
        assertTrue(second.isAlive(), "the second instance ran throughout");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void start() {
        deployer.deploy(APP);
        running = true;
        ItEnvironment.requireDeployed();
    }

    /** SIGKILL (no shutdown hooks, no orderly end of transactions) for the Payara Micro Arquillian started. */
    private void killPayaraMicro() throws Exception {
        String port = "--port " + System.getProperty("it.port");
        String jar = System.getProperty("payara.microJar");
        List<ProcessHandle> micro = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().filter(c -> c.contains(jar) && c.contains(port)).isPresent())
                .filter(p -> second == null || p.pid() != second.pid())
                .toList();
        assertEquals(1, micro.size(), "one Payara Micro child process on " + port + ": " + micro);
        assertTrue(micro.get(0).destroyForcibly(), "SIGKILL sent");
        micro.get(0).onExit().get(60, TimeUnit.SECONDS);
        deployer.undeploy(APP); // Arquillian's own bookkeeping; the process is gone already
        running = false;
    }

    /** A second IG Studio on the same database (and media folder), as ops/run starts one, on its own port. */
    private void startSecondInstance(int port) throws Exception {
        Path log = Path.of(System.getProperty("it.work.dir", "target/it"), "second-instance-"
                + System.getProperty("it.database") + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-Dh2.bindAddress=127.0.0.1",
                "-Digstudio.metrics.token=it-metrics-token", "-Digstudio.meta.mode=sandbox",
                "-Digstudio.sandbox.app-secret-file=" + System.getProperty("it.sandbox.secret.file"),
                "-Digstudio.base-url=http://localhost:" + port,
                "-Digstudio.db.url=" + System.getProperty("it.db.url"),
                "-Digstudio.db.user=" + System.getProperty("it.db.user", ""),
                "-Digstudio.db.password=" + System.getProperty("it.db.password", ""),
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("igstudio.war"),
                "--prebootcommandfile", System.getProperty("it.preboot.file"),
                "--nohazelcast", "--contextroot", "/", "--port", String.valueOf(port));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        second = process; // stopped after the test, whatever happens
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("The second instance ended; its log: " + log.toAbsolutePath());
            }
            try {
                int status = new WebClient().get("http://localhost:" + port + "/").status();
                if (status != 404 && status < 500) {
                    return;
                }
            } catch (RuntimeException | AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The second instance did not start in 240 s; its log: " + log.toAbsolutePath());
    }

    private static WebClient signedIn() {
        WebClient ava = new WebClient();
        SandboxLogin.signIn(ava, SandboxLogin.AVA);
        return ava;
    }

    private static String sent(Reply reply) {
        assertEquals(303, reply.status(), reply.describe() + " " + reply.excerpt());
        return URI.create(reply.location().orElseThrow()).getPath();
    }

    private static void awaitState(WebClient visitor, String postPath, String state) throws InterruptedException {
        JsonObject status = awaitStatus(visitor, postPath, s -> s.getString("state").equals(state)
                || s.getBoolean("finished"));
        assertEquals(state, status.getString("state"), status.toString());
    }

    private static JsonObject awaitStatus(WebClient visitor, String postPath,
            java.util.function.Predicate<JsonObject> reached) throws InterruptedException {
        JsonObject status = null;
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            status = json(visitor.get(postPath + "/status"));
            if (reached.test(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The post did not get there: " + status);
    }

    private static void control(String igUserId, String settings) {
        Reply reply = SandboxControl.send("PUT", "/sandbox/meta/_control/publishing/accounts/" + igUserId, settings);
        assertEquals(200, reply.status(), reply.excerpt());
    }

    private static void advanceClock(int seconds) {
        Reply reply = SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"seconds\":" + seconds + "}");
        assertEquals(200, reply.status(), reply.excerpt());
    }

    /** The sandbox's count of the account's media published in the last 24 hours (what Meta's quota counts). */
    private static int publishedInLastDay(String igUserId) {
        Reply reply = SandboxControl.get("/sandbox/meta/_control/publishing/accounts/" + igUserId);
        assertEquals(200, reply.status(), reply.excerpt());
        return json(reply).getInt("quotaUsage");
    }

    private static final Pattern CALLS = Pattern.compile("(?m)^igstudio_graph_calls_total(?:\\{[^}]*\\})? ([0-9.eE+]+)");

    private static long graphCalls(String base) {
        Matcher m = CALLS.matcher(new WebClient().get(base + "/metrics?scope=application").body());
        return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
