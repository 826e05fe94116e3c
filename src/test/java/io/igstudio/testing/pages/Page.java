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
            // a look taken while the browser swaps documents can fail with a plain WebDriverException (Chromium's
            // "Node with given id does not belong to the document"): look again
            new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.presenceOfElementLocated(marker));
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

    /**
     * Clicks as a person would: once the element is visible and enabled, scrolled into the middle of the view,
     * has stopped moving (fonts, images and appended content laid out) and is the topmost element at its own
     * centre. One click, no retries: a click that still misses is a real defect of the page.
     */
    protected void click(By by) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
        settle(element);
        element.click();
    }

    /**
     * Clicks what submits a form or follows a link, then waits until the browser has replaced the page: a page
     * object made right after a plain click could find its marker on the page being left, and then read a
     * page in the middle of unloading (stale or missing elements).
     */
    protected void clickAndLoad(By by) {
        WebElement before = driver.findElement(By.tagName("html"));
        click(by);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(before));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("clicking " + by + " did not load a new page; the browser shows "
                    + driver.getCurrentUrl(), e);
        }
    }

    /**
     * True once the element's document has been replaced. Selenium's {@code stalenessOf} expects a
     * StaleElementReferenceException only; Chromium 156 answers a check made while the next page replaces the old
     * one with "Node with given id does not belong to the document" (a plain WebDriverException), which ended a CI
     * run. Any error from the old page's element means it is gone.
     */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    /** Scrolls the element into the middle of the view and waits until its position holds for two frames. */
    protected void settle(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        try {
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js.executeAsyncScript(SETTLED, element)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the element " + element + " never came to rest on top at its own centre", e);
        }
    }

    /**
     * True when the element's box is the same in two consecutive animation frames, fully inside the viewport,
     * and the element (or one of its descendants) is what {@code elementFromPoint} finds at its centre.
     */
    private static final String SETTLED = """
            const [element, done] = arguments;
            const box = () => JSON.stringify(element.getBoundingClientRect());
            const before = box();
            requestAnimationFrame(() => requestAnimationFrame(() => {
              const r = element.getBoundingClientRect();
              const inView = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              if (!inView) element.scrollIntoView({block: 'center', inline: 'center'});
              done(document.readyState === 'complete' && box() === before && inView
                   && hit !== null && element.contains(hit));
            }));
            """;

    protected boolean isShown(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }
}
