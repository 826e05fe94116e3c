package io.igstudio.testing.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A post's progress page ({@code /posts/{id}}), which updates itself until the permalink or a failure. */
public class PublishedPostPage extends Page {

    public PublishedPostPage(WebDriver driver) {
        super(driver, By.id("progress"));
    }

    /** Waits (the page polls its status) until the post is published, and returns the permalink. */
    public String waitForPermalink() {
        // The page reloads itself once the post is finished: between two looks an element can go stale, or
        // Chromium can answer "Node with given id does not belong to the document" (a plain WebDriverException).
        // So the outcome is read whole inside one wait that retries on any WebDriver error.
        String outcome = new WebDriverWait(driver, Duration.ofSeconds(150)).ignoring(WebDriverException.class)
                .until(d -> {
                    for (WebElement failure : d.findElements(By.id("post-failure"))) {
                        if (failure.isDisplayed()) {
                            return "failed:" + failure.getText();
                        }
                    }
                    for (WebElement link : d.findElements(By.id("post-permalink"))) {
                        if (link.isDisplayed() && link.getAttribute("href") != null) {
                            return link.getAttribute("href");
                        }
                    }
                    return null;
                });
        if (outcome.startsWith("failed:")) {
            throw new AssertionError("The post failed: " + outcome.substring("failed:".length()));
        }
        return outcome;
    }

    public String step() {
        return driver.findElement(By.id("post-step")).getText();
    }
}
