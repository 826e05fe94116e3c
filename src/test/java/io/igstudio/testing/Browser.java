package io.igstudio.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
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
                        "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a desktop-sized window, so the navigation bar is not collapsed into its menu button
        driver.manage().window().setSize(new Dimension(1280, 1024));
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
