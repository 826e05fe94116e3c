package io.igstudio.testing.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every IG Studio page has: the layout's header and the SANDBOX banner. */
public abstract class Page {

    private static final Duration WAIT = Duration.ofSeconds(15);

    protected final WebDriver driver;

    protected Page(WebDriver driver, By marker) {
        this.driver = driver;
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(marker));
        } catch (RuntimeException e) {
            throw new AssertionError("Expected " + getClass().getSimpleName() + " (" + marker + ") but the browser"
                    + " shows " + driver.getCurrentUrl() + " titled '" + driver.getTitle() + "'", e);
        }
    }

    public boolean hasSandboxBanner() {
        return isShown(By.id("sandbox-banner"));
    }

    public String sandboxBannerText() {
        return driver.findElement(By.id("sandbox-banner")).getText();
    }

    /** The name in the header, or empty when nobody is signed in. */
    public String signedInUser() {
        List<WebElement> user = driver.findElements(By.id("signed-in-user"));
        return user.isEmpty() ? "" : user.get(0).getText();
    }

    /** Clicks as a person would: once the element is visible, enabled and scrolled into the middle of the view. */
    protected void click(By by) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(element)).click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                // the page was still laying out (images arriving); a person would simply click again
                if (attempt == 3) {
                    throw e;
                }
                try {
                    Thread.sleep(400);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    protected boolean isShown(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }
}
