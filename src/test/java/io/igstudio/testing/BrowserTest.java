package io.igstudio.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh headless Chromium for each test, closed after it; for the Selenium test classes. */
public abstract class BrowserTest {

    protected Browser browser;

    @BeforeEach
    protected void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    protected void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
