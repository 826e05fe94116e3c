package io.igstudio.testing.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The compose page ({@code /compose}): upload, choose type, accounts and items, caption, publish. */
public class ComposePage extends Page {

    private static final Duration UPLOAD = Duration.ofSeconds(30);

    public ComposePage(WebDriver driver) {
        super(driver, By.id("compose-form"));
    }

    /** Uploads one file through the page's file field and waits for its answer; returns its row's text. */
    public String upload(Path file) {
        int before = driver.findElements(By.cssSelector("#upload-results li")).size();
        driver.findElement(By.id("upload-files")).sendKeys(file.toAbsolutePath().toString());
        By answered = By.cssSelector("#upload-results li.upload-done, #upload-results li.upload-problem,"
                + " #upload-results li.text-danger");
        new WebDriverWait(driver, UPLOAD).until(d -> d.findElements(answered).size() > before);
        List<WebElement> rows = driver.findElements(By.cssSelector("#upload-results li"));
        return rows.get(rows.size() - 1).getText();
    }

    public ComposePage type(String type) {
        // the label, as a person clicks it: the small radio itself can sit under the growing upload list
        click(By.cssSelector("label[for='type-" + type + "']"));
        return this;
    }

    public ComposePage account(String username) {
        for (WebElement label : driver.findElements(By.cssSelector("label[for^='account-']"))) {
            if (label.getText().contains("@" + username)) {
                WebElement box = driver.findElement(By.id(label.getAttribute("for")));
                if (!box.isSelected()) {
                    click(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
                }
                return this;
            }
        }
        throw new AssertionError("@" + username + " is not offered");
    }

    /** Clicks the middle of the preview's photo as a person would, once it has loaded (to place a people tag). */
    public ComposePage clickPreviewPhoto() {
        By photo = By.cssSelector("#preview-media img.ig-preview-img");
        new WebDriverWait(driver, UPLOAD).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const img = document.querySelector(arguments[0]); return !!img && img.complete"
                        + " && img.naturalWidth > 0", "#preview-media img.ig-preview-img")));
        click(photo);
        return this;
    }

    /** Chooses a library photo as the reel's cover image, by its file name. */
    public ComposePage cover(String fileName) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("cover"))).selectByVisibleText(fileName);
        return this;
    }

    public ComposePage caption(String text) {
        WebElement caption = driver.findElement(By.id("caption"));
        caption.clear();
        caption.sendKeys(text);
        return this;
    }

    public ComposePage collaborators(String names) {
        WebElement field = driver.findElement(By.id("collaborators"));
        field.clear();
        field.sendKeys(names);
        return this;
    }

    public int chosenItems() {
        return (int) driver.findElements(By.cssSelector(".item-choice")).stream().filter(WebElement::isSelected).count();
    }

    public String counters() {
        return driver.findElement(By.id("caption-counters")).getText();
    }

    public boolean optionShown(String id) {
        return isShown(By.id(id));
    }

    public PublishedPostPage publish() {
        pressPublish();
        return new PublishedPostPage(driver);
    }

    /**
     * The preview above or beside the button keeps growing while its image or video loads, so a click can
     * land on it; then the button is pressed from the page (the form still sends the button's value).
     */
    private void pressPublish() {
        try {
            click(By.id("publish-now"));
        } catch (org.openqa.selenium.ElementClickInterceptedException moving) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();",
                    driver.findElement(By.id("publish-now")));
        }
    }

    /** "Schedule at this time" for a local date-time ({@code 2026-11-27T09:00}) in the person's zone. */
    public QueuePage scheduleAt(String local) {
        org.openqa.selenium.WebElement at = driver.findElement(By.id("at"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", at, local);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();",
                driver.findElement(By.id("schedule-at")));
        return new QueuePage(driver);
    }

    /** The time zone the compose page says times are in. */
    public String zone() {
        return driver.findElement(By.id("person-zone")).getText();
    }

    /** Publish pressed on a submission the server refuses: the compose page again, with its errors. */
    public ComposePage publishRefused() {
        pressPublish();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("compose-errors")));
        return new ComposePage(driver);
    }

    public String itemError() {
        return driver.findElement(By.id("error-item")).getText();
    }

    public boolean cropOffered() {
        return isShown(By.id("crop-centre"));
    }

    public String captionText() {
        return driver.findElement(By.id("caption")).getAttribute("value");
    }

    public String collaboratorsText() {
        return driver.findElement(By.id("collaborators")).getAttribute("value");
    }

    public String checkedType() {
        return driver.findElement(By.cssSelector("input[name=type]:checked")).getAttribute("value");
    }
}
