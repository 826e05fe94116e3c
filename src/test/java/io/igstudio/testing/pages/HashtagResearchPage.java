package io.igstudio.testing.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /research/hashtags}: the search form, each account's searches left, and a hashtag's media. */
public class HashtagResearchPage extends Page {

    public HashtagResearchPage(WebDriver driver) {
        super(driver, By.id("hashtag-search-form"));
    }

    /** Searches {@code hashtag} spending {@code username}'s searches; returns the page that follows. */
    public HashtagResearchPage search(String hashtag, String username) {
        WebElement field = driver.findElement(By.id("hashtag"));
        field.clear();
        field.sendKeys(hashtag);
        Select account = new Select(driver.findElement(By.id("search-account")));
        account.getOptions().stream().filter(o -> o.getText().startsWith("@" + username + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("@" + username + " is not offered")).click();
        clickAndLoad(By.id("search-hashtag"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("hashtag-results")),
                ExpectedConditions.presenceOfElementLocated(By.id("search-refused"))));
        return new HashtagResearchPage(driver);
    }

    public String shownHashtag() {
        return driver.findElement(By.id("hashtag-name")).getText();
    }

    public int topPosts() {
        return driver.findElements(By.cssSelector("#top-media .research-post")).size();
    }

    public int recentPosts() {
        return driver.findElements(By.cssSelector("#recent-media .research-post")).size();
    }

    public String recentNote() {
        return driver.findElement(By.id("recent-note")).getText();
    }

    public String firstInstagramLink() {
        return driver.findElement(By.cssSelector("#top-media .open-on-instagram")).getAttribute("href");
    }

    public String remaining(String username) {
        return driver.findElement(By.cssSelector(".quota-row[data-username='" + username + "'] .quota-remaining")).getText();
    }
}
