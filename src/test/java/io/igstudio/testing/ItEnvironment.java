package io.igstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares one failsafe run (one database) before Arquillian reads {@code arquillian.xml}: a free HTTP
 * port, and an empty database, so that tests neither depend on each other's leftovers nor on a port
 * that another process on the machine happens to use.
 *
 * <p>failsafe sets {@code it.database} ({@code embedded} or {@code mariadb}); without it (unit tests)
 * this does nothing. A database that cannot be prepared does not stop the JVM: the first deployment
 * fails with the reason (see {@link Deployments}), so the report says what is wrong.
 */
public class ItEnvironment implements LauncherSessionListener {

    private static volatile boolean prepared;
    private static volatile RuntimeException problem;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        prepare();
    }

    static synchronized void prepare() {
        if (prepared || System.getProperty("it.database") == null) {
            return;
        }
        prepared = true;
        try {
            int port = freePort();
            System.setProperty("it.port", String.valueOf(port));
            // localhost, not 127.0.0.1: the OAuth redirects name this host, and cookies follow host names
            System.setProperty("it.base.url", "http://localhost:" + port);
            System.setProperty("it.db.user", System.getProperty("it.db.user", ""));
            System.setProperty("it.db.password", System.getProperty("it.db.password", ""));
            // the sandbox app secret is generated per installation; the tests give Payara Micro a fresh one in
            // its own file and read it to act as a client app of the sandbox
            Path secret = workDir().toAbsolutePath().resolve("sandbox-app-secret");
            Files.createDirectories(secret.getParent());
            byte[] random = new byte[16];
            new java.security.SecureRandom().nextBytes(random);
            Files.writeString(secret, java.util.HexFormat.of().formatHex(random));
            System.setProperty("it.sandbox.secret.file", secret.toString());
            if (isEmbedded()) {
                Path dir = workDir().resolve("embedded-db");
                deleteRecursively(dir);
                Files.createDirectories(dir);
                // AUTO_SERVER lets this JVM open the file too; arquillian.xml binds its port to loopback
                System.setProperty("it.db.url", "jdbc:h2:file:" + embeddedDatabase() + ";AUTO_SERVER=TRUE");
            } else {
                cleanMariaDb();
            }
            System.out.printf("IG Studio integration tests: database %s (%s), application at %s%n",
                    databaseName(), System.getProperty("it.db.url"), baseUrl());
        } catch (IOException | RuntimeException e) {
            problem = new IllegalStateException("Integration-test environment for " + databaseName()
                    + " could not be prepared: " + e.getMessage(), e);
        }
    }

    /** Throws the reason why the environment is unusable, if it is. */
    static void requireReady() {
        prepare();
        if (problem != null) {
            throw problem;
        }
    }

    public static boolean isEmbedded() {
        return !"mariadb".equals(System.getProperty("it.database"));
    }

    /** "embedded H2" or "MariaDB", for messages. */
    public static String databaseName() {
        String db = System.getProperty("it.database");
        if (db == null) {
            return "no database";
        }
        return db.equals("mariadb") ? "MariaDB" : "embedded H2";
    }

    /** Where the application under test answers, for example {@code http://localhost:40123}. */
    public static String baseUrl() {
        requireReady();
        return System.getProperty("it.base.url");
    }

    /** The sandbox app secret of the application under test. */
    public static String sandboxAppSecret() {
        requireReady();
        try {
            return Files.readString(Path.of(System.getProperty("it.sandbox.secret.file"))).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox app secret file was not created", e);
        }
    }

    /**
     * A connection to the database the application under test uses, for the few tests that must see
     * what was stored (not what a page shows). The embedded file runs with AUTO_SERVER, so the test JVM
     * may open it while Payara Micro has it open too.
     */
    public static Connection openDatabase() throws SQLException {
        requireReady();
        String url = System.getProperty("it.db.url");
        String user = System.getProperty("it.db.user");
        String password = System.getProperty("it.db.password");
        // DatabaseSettings: the embedded database is created with user igstudio and a generated password,
        // stored beside it, when none is configured
        if (isEmbedded() && user.isEmpty()) {
            user = "igstudio";
            try {
                password = Files.readString(embeddedPasswordFile()).trim();
            } catch (IOException e) {
                throw new SQLException("No password file beside the embedded database: " + e, e);
            }
        }
        if (!isEmbedded()) {
            return DriverManager.getConnection(url, user, password);
        }
        // Right after Payara Micro stopped, the file's lock can still name its AUTO_SERVER port for a moment
        // ("Connection is broken: Connection refused"); H2 takes the file over once the lock is released.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if (System.nanoTime() > deadline || e.getErrorCode() != 90067) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The embedded database of this run (without {@code .mv.db}). */
    public static Path embeddedDatabase() {
        return workDir().resolve("embedded-db").resolve("igstudio").toAbsolutePath();
    }

    /** Where IG Studio keeps the embedded database's generated password. */
    public static Path embeddedPasswordFile() {
        return embeddedDatabase().resolveSibling("igstudio.password");
    }

    /**
     * Fails with a pointer to Payara Micro's log when IG Studio is not answering: Payara Micro reports
     * "ready" even when the application failed to deploy, and every test would then fail on a 404.
     */
    public static void requireDeployed() {
        String url = baseUrl() + "/";
        int status = 0;
        // Payara Micro reports "deployed" a moment before Jersey has finished wiring Krazo's CSRF filter: under load
        // the very first requests of a fresh boot can answer 500 (its ResourceInfo not yet injected). A person would
        // reload; the tests wait up to 20 s for a page before calling the deployment failed.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        do {
            try {
                var response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
            } catch (IOException e) {
                throw new AssertionError("IG Studio is not answering at " + url + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
            if (status != 404 && status < 500) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("IG Studio is not deployed at " + url + " (status " + status + "): the"
                + " deployment failed; Payara Micro's log is in target/failsafe-reports/"
                + System.getProperty("it.database") + "/<test class>-output.txt");
    }

    private static void cleanMariaDb() {
        String url = System.getProperty("it.db.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("it.db.url is not set for the MariaDB run");
        }
        // drops every table, view and routine of the schema, whoever created them (app, sandbox, earlier runs)
        Flyway.configure(ItEnvironment.class.getClassLoader())
                .dataSource(url, System.getProperty("it.db.user"), System.getProperty("it.db.password"))
                .cleanDisabled(false)
                .load()
                .clean();
    }

    private static Path workDir() {
        return Path.of(System.getProperty("it.work.dir", "target/it"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
