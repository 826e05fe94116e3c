package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /research/sets}: a person's hashtag sets. */
public class HashtagSetsPage extends Page {

    public HashtagSetsPage(WebDriver driver) {
        super(driver, By.id("new-set-form"));
    }

    public HashtagSetsPage create(String name, String tags) {
        WebElement nameField = driver.findElement(By.id("new-set-name"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement tagsField = driver.findElement(By.id("new-set-tags"));
        tagsField.clear();
        tagsField.sendKeys(tags);
        clickAndLoad(By.id("save-new-set"));
        return new HashtagSetsPage(driver);
    }

    public boolean hasSet(String name) {
        return !driver.findElements(By.cssSelector(".hashtag-set[data-name='" + name + "']")).isEmpty();
    }
}
