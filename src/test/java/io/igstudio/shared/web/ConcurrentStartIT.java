package io.igstudio.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A start under load. pac4j's lazy client initialisation failed concurrent first sign-in redirects (15 of 16
 * answered 500); its clients are now initialised once at start. Graph calls made while the application started
 * (publishing workers or timers; here the test-only {@link StartupCalls}, calling the sandbox) left Krazo's CSRF
 * filter without its ResourceInfo, after which every request answered 500 (4 of 4 starts); the Graph clients now
 * wait for the JAX-RS application ({@code JaxRsStart} says why).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentStartIT {

    private static final Path CALLS = Path.of(System.getProperty("java.io.tmpdir"),
            "igstudio-startup-calls-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".txt");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudioOwnProcess().addClass(StartupCalls.class)
                .addAsResource(new StringAsset(CALLS.toString()), "startup-calls.txt");
    }

    @Test
    @Order(1)
    void concurrentFirstVisitsToASignedInPageAreSentToSignIn() throws Exception {
        // the first requests that need pac4j, sixteen at once: before its clients were initialised at start, 15 of
        // 16 answered 500 (a client used while another thread initialised it)
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI dashboard = URI.create(ItEnvironment.baseUrl().replaceAll("/$", "") + "/dashboard");
        List<CompletableFuture<HttpResponse<Void>>> visits = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            visits.add(http.sendAsync(HttpRequest.newBuilder(dashboard).build(), HttpResponse.BodyHandlers.discarding()));
        }
        List<Integer> statuses = visits.stream().map(v -> v.join().statusCode()).toList();
        assertTrue(statuses.stream().allMatch(s -> s == 302 || s == 303), "statuses: " + statuses);
    }

    @Test
    @Order(2)
    void requestsDuringTheStartAreAnsweredAsMetaWould() throws Exception {
        List<String> answers = List.of();
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            answers = Files.exists(CALLS) ? Files.readAllLines(CALLS) : List.of();
            if (answers.size() >= StartupCalls.THREADS) {
                break;
            }
            Thread.sleep(200);
        }
        Files.deleteIfExists(CALLS);
        assertEquals(StartupCalls.THREADS, answers.size(), "answers: " + answers);
        for (String answer : answers) {
            // the sandbox refuses the junk token as Meta would (190), instead of failing with a 500
            assertTrue(answer.startsWith("InvalidToken: "), "answers: " + answers);
        }
        WebClient visitor = new WebClient();
        assertEquals(200, visitor.get("/").status());
        assertEquals(400, visitor.get("/sandbox/meta/v26.0/me").status());
    }
}
