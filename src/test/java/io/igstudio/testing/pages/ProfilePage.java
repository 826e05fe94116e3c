package io.igstudio.testing.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An account's overview at {@code /profiles/{id}}: profile header, stories, media grid with filters. */
public class ProfilePage extends Page {

    public ProfilePage(WebDriver driver) {
        super(driver, By.id("profile-header"));
    }

    public String username() {
        return driver.findElement(By.id("profile-username")).getText();
    }

    public int gridSize() {
        return driver.findElements(By.cssSelector("#media-grid .media-item")).size();
    }

    public List<String> gridKinds() {
        return driver.findElements(By.cssSelector("#media-grid .media-item")).stream()
                .map(item -> item.getAttribute("data-kind")).toList();
    }

    public int storiesCount() {
        return driver.findElements(By.cssSelector("#stories .story")).size();
    }

    public boolean canLoadMore() {
        return !driver.findElements(By.id("load-more")).isEmpty();
    }

    /** Clicks "Load more" and waits until the grid has grown. */
    public ProfilePage loadMore() {
        int before = gridSize();
        click(By.id("load-more"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gridSize() > before);
        return this;
    }

    /** Presses Refresh, so that the page asks Meta again instead of showing cached answers. */
    public ProfilePage refresh() {
        clickAndLoad(By.id("refresh-profile"));
        return new ProfilePage(driver);
    }

    public ProfilePage filter(String kind) {
        click(By.cssSelector("#media-filter a[data-type='" + kind + "']"));
        return new ProfilePage(driver);
    }

    public PostPage openFirst(String kind) {
        click(By.cssSelector("#media-grid .media-item[data-kind='" + kind + "'] a"));
        return new PostPage(driver);
    }

    /**
     * What a person sees at the centre of the first tile of this kind: the tag and alt text of the topmost
     * element there (the tile's image, unless something covers it).
     */
    public String topmostAtCentreOfFirst(String kind) {
        WebElement tile = driver.findElement(By.cssSelector("#media-grid .media-item[data-kind='" + kind + "'] a"));
        settle(tile);
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return top === null ? 'nothing' : top.tagName + (top.closest('.media-item') === arguments[0].closest('.media-item') ? '' : ' of another tile');
                """, tile);
    }

    public Optional<String> flash() {
        return driver.findElements(By.id("flash")).stream().findFirst().map(WebElement::getText);
    }

    /** The address of the "Load more" link. */
    public String loadMoreHref() {
        return driver.findElement(By.id("load-more")).getDomProperty("href");
    }

    public Optional<String> emptyGridText() {
        return driver.findElements(By.cssSelector("#media-empty, #media-searched")).stream().findFirst()
                .map(WebElement::getText);
    }

    public Optional<String> notice() {
        return driver.findElements(By.id("graph-notice")).stream().findFirst().map(WebElement::getText);
    }
}
