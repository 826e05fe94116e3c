package io.igstudio.testing.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The compose page's "Insert hashtag set" control (static/js/hashtag-sets.js), shown once the sets are loaded. */
public class HashtagSetControl extends Page {

    public HashtagSetControl(WebDriver driver) {
        super(driver, By.id("hashtag-set-control"));
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("insert-hashtag-set")));
    }

    /** Chooses the set and presses "Insert hashtag set"; answers what the control says. */
    public String insert(String setName) {
        Select sets = new Select(driver.findElement(By.id("hashtag-set-choice")));
        sets.getOptions().stream().filter(o -> o.getText().startsWith(setName + " (")).findFirst()
                .orElseThrow(() -> new AssertionError("no set " + setName + " offered")).click();
        click(By.id("insert-hashtag-set"));
        return driver.findElement(By.id("hashtag-set-message")).getText();
    }
}
