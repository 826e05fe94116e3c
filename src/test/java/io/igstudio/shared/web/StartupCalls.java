package io.igstudio.shared.web;

import io.igstudio.graph.GraphClient;
import io.igstudio.graph.GraphException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Test-only, deployed in {@link ConcurrentStartIT}'s WAR: from the moment the application starts, eight threads
 * call the sandbox through the Graph client (once the sandbox's tables are there), as the publishing workers do when
 * posts are due at a start, and each writes the first answer it gets from the application (not "still starting") to
 * the file named in the WAR's {@code startup-calls.txt}.
 */
@Singleton
@Startup
@DependsOn("SandboxMigrations") // as the publishing workers, which need the schema: the sandbox's tables exist
public class StartupCalls {

    static final int THREADS = 8;

    @Inject
    GraphClient graph;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        Path out = Path.of(resource("startup-calls.txt").trim());
        for (int t = 0; t < THREADS; t++) {
            executor.execute(() -> record(out, firstAnswer()));
        }
    }

    private String firstAnswer() {
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            try {
                graph.permissions("EAAB" + "x".repeat(40));
                return "accepted a junk token";
            } catch (GraphException e) {
                // still starting: the context not there yet (404) or its servlet not ready (a bare 500 or 503);
                // a thread that never gets Meta's answer is what the test catches (every request failing after a start)
                String m = e.getMessage() == null ? "" : e.getMessage();
                if (!m.contains("HTTP 404") && !m.contains("HTTP 503") && !m.contains("HTTP 500 without an error object")) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            } catch (RuntimeException notYet) {
                // the sandbox's tables are not there yet, or the listener is not up
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return "interrupted";
            }
        }
        return "no answer within 120 s";
    }

    private static synchronized void record(Path out, String line) {
        try {
            Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = StartupCalls.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
