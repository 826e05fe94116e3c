package io.igstudio.testing.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The queue ({@code /queue}), the calendar and the bell: what scheduling tests read and press. */
public class QueuePage extends Page {

    public QueuePage(WebDriver driver) {
        super(driver, By.id("queue-tabs"));
    }

    /** The row of the post whose caption starts with {@code caption}, as its cells read. */
    public String row(String caption) {
        return rowElement(caption).getText();
    }

    public String when(String caption) {
        return rowElement(caption).findElement(By.className("queue-when")).getText();
    }

    public String state(String caption) {
        return rowElement(caption).findElement(By.className("queue-state")).getText();
    }

    /** Opens the post's progress page. */
    public PublishedPostPage open(String caption) {
        driver.get(rowElement(caption).findElement(By.className("queue-caption")).getAttribute("href"));
        return new PublishedPostPage(driver);
    }

    public String flash() {
        return driver.findElement(By.id("flash")).getText();
    }

    public QueuePage zone(String zone) {
        new Select(driver.findElement(By.id("zone"))).selectByValue(zone);
        clickAndLoad(By.id("save-zone"));
        return new QueuePage(driver);
    }

    private WebElement rowElement(String caption) {
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.queue-row"));
        for (WebElement row : rows) {
            if (row.findElement(By.className("queue-caption")).getText().startsWith(caption)) {
                return row;
            }
        }
        throw new AssertionError("No post '" + caption + "' on " + driver.getCurrentUrl() + ": "
                + driver.findElement(By.tagName("main")).getText());
    }

    /** Drags a post of the calendar onto a cell with HTML5 drag events (WebDriver's own drag sends none). */
    public static void drag(WebDriver driver, WebElement post, WebElement cell) {
        ((JavascriptExecutor) driver).executeScript("""
                const [src, dst] = arguments; const dt = new DataTransfer();
                src.dispatchEvent(new DragEvent('dragstart', {bubbles: true, cancelable: true, dataTransfer: dt}));
                dst.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt}));
                dst.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt}));
                src.dispatchEvent(new DragEvent('dragend', {bubbles: true, cancelable: true, dataTransfer: dt}));
                """, post, cell);
    }

    /** Waits for the page to load again after a script reloaded it. */
    public static void waitForReload(WebDriver driver, WebElement old) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }
}
