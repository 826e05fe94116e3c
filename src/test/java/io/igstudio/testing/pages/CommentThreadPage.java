package io.igstudio.testing.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A post's page ({@code /profiles/{id}/posts/{mediaId}}) seen for its comment thread. */
public class CommentThreadPage extends Page {

    public CommentThreadPage(WebDriver driver) {
        super(driver, By.id("comments"));
    }

    /** The thread's comment (or reply) whose text contains {@code text}. */
    public By comment(String text) {
        return By.xpath("//li[contains(@class,'comment')][.//span[contains(@class,'comment-text')][contains(., "
                + quote(text) + ")]]");
    }

    public boolean shows(String text) {
        return !driver.findElements(comment(text)).isEmpty();
    }

    public WebElement find(String text) {
        List<WebElement> found = driver.findElements(comment(text));
        if (found.isEmpty()) {
            throw new AssertionError("No comment '" + text + "' in the thread: " + driver.findElement(By.id("comments")).getText());
        }
        return found.get(found.size() - 1);
    }

    public boolean isHidden(String text) {
        return "true".equals(find(text).getAttribute("data-hidden"));
    }

    public boolean hasReplyBox(String text) {
        return !find(text).findElements(By.cssSelector(":scope > .comment-body .reply-input")).isEmpty();
    }

    public String hiddenLabel(String text) {
        List<WebElement> labels = find(text).findElements(By.cssSelector(":scope > .comment-body .comment-hidden-label"));
        return labels.isEmpty() ? "" : labels.get(0).getText();
    }

    /** The texts of the replies under the comment. */
    public List<String> replies(String text) {
        return find(text).findElements(By.cssSelector(".replies .comment-text")).stream().map(WebElement::getText).toList();
    }

    public CommentThreadPage reply(String text, String message) {
        String id = find(text).getAttribute("data-comment-id");
        By box = By.id("reply-" + id);
        click(box);
        driver.findElement(box).sendKeys(message);
        clickAndLoad(By.cssSelector("li[data-comment-id='" + id + "'] > .comment-body .reply-submit"));
        return new CommentThreadPage(driver);
    }

    public CommentThreadPage hide(String text) {
        return press(text, ".hide-button");
    }

    public CommentThreadPage unhide(String text) {
        return press(text, ".unhide-button");
    }

    /** Delete, then confirm in the browser's dialog. */
    public CommentThreadPage delete(String text) {
        String id = find(text).getAttribute("data-comment-id");
        WebElement before = driver.findElement(By.id("comments"));
        click(By.cssSelector("li[data-comment-id='" + id + "'] > .comment-body .delete-button"));
        Alert alert = new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        alert.accept();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(before));
        return new CommentThreadPage(driver);
    }

    public String flash() {
        List<WebElement> flash = driver.findElements(By.cssSelector(".alert"));
        return flash.isEmpty() ? "" : flash.get(0).getText();
    }

    private CommentThreadPage press(String text, String button) {
        String id = find(text).getAttribute("data-comment-id");
        clickAndLoad(By.cssSelector("li[data-comment-id='" + id + "'] > .comment-body " + button));
        return new CommentThreadPage(driver);
    }

    static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
