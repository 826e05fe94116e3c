package io.igstudio.testing.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Meta sandbox's stand-in for Facebook's login dialog ({@code /sandbox/meta/vNN.0/dialog/oauth}):
 * a form {@code #sandbox-dialog} with one radio {@code user_id} per seeded Facebook user, one checkbox
 * {@code granted} per requested scope, and the buttons {@code #allow} and {@code #cancel}.
 */
public class SandboxDialog extends Page {

    public SandboxDialog(WebDriver driver) {
        super(driver, By.id("sandbox-dialog"));
    }

    /** Chooses the seeded Facebook user whose label contains this name. */
    public SandboxDialog chooseUser(String name) {
        String xpath = "//form[@id='sandbox-dialog']//input[@name='user_id'][@id=//label[contains(normalize-space(.),"
                + quote(name) + ")]/@for or ancestor::label[contains(normalize-space(.)," + quote(name) + ")]]";
        List<WebElement> radios = driver.findElements(By.xpath(xpath));
        if (radios.isEmpty()) {
            throw new AssertionError("The sandbox dialog offers no user named '" + name + "'");
        }
        radios.get(0).click();
        return this;
    }

    public DashboardPage allow() {
        driver.findElement(By.cssSelector("#sandbox-dialog button#allow")).click();
        return new DashboardPage(driver);
    }

    public SignInProblemPage cancel() {
        driver.findElement(By.cssSelector("#sandbox-dialog button#cancel")).click();
        return new SignInProblemPage(driver);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "") + "'";
    }
}
