package io.igstudio.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with a fresh profile (so fresh cookies)
 * for every browser. Never lets Selenium Manager download a browser or a driver: when either is missing
 * the test fails and says how to install them ({@code .ci/run} does).
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** A desktop-sized window, so the navigation bar is not collapsed into its menu button. */
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1024;
    /**
     * The browser's time zone: not UTC and not a whole hour away from it, so that a time shown in UTC (or in
     * the server's zone) instead of the person's is caught.
     */
    public static final java.time.ZoneId TIME_ZONE = java.time.ZoneId.of("Asia/Kolkata");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        ItEnvironment.requireDeployed();
        requireExecutable(CHROMIUM);
        requireExecutable(CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("igstudio-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        // the window and screen size are set at launch: since Chromium 156 a resize after start
                        // (WebDriver's setWindowRect) leaves the headless viewport and the 800 × 600 screen
                        // out of step, and clicks near the bottom of a long page land outside the viewport
                        "--window-size=" + WIDTH + "," + HEIGHT, "--screen-info={0,0 " + WIDTH + "x" + HEIGHT + "}",
                        "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(java.util.Map.of("TZ", TIME_ZONE.getId()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the application under test, for example {@code /dashboard}. */
    public void open(String path) {
        driver.get(ItEnvironment.baseUrl() + path);
    }

    /** The current address without scheme, host and port, for example {@code /signin/problem?reason=cancelled}. */
    public String currentPath() {
        String url = driver.getCurrentUrl();
        String base = ItEnvironment.baseUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void requireExecutable(String path) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: browser tests need Debian's chromium and"
                    + " chromium-driver (apt-get install -y chromium chromium-driver, or run .ci/run)");
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp directory left behind is not worth failing a test for
        }
    }
}
