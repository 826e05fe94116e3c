package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
        if (driver.findElements(By.xpath(xpath)).isEmpty()) {
            throw new AssertionError("The sandbox dialog offers no user named '" + name + "'");
        }
        click(By.xpath(xpath));
        return this;
    }

    /** The name of the person preselected in "Continue as", or empty when nobody is. */
    public String preselectedUser() {
        return driver.findElements(By.cssSelector("#sandbox-dialog input[name='user_id']")).stream()
                .filter(org.openqa.selenium.WebElement::isSelected)
                .map(radio -> driver.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']"))
                        .getText())
                .findFirst().orElse("");
    }

    /** Unticks a requested permission, as with Meta's "Edit access". */
    public SandboxDialog decline(String scope) {
        By box = By.id("scope-" + scope);
        if (driver.findElement(box).isSelected()) {
            click(box);
        }
        return this;
    }

    /** Allow, when the round trip was started from the Connect page. */
    public AccountsPage allowToAccounts() {
        click(By.cssSelector("#sandbox-dialog button#allow"));
        return new AccountsPage(driver);
    }

    public DashboardPage allow() {
        click(By.cssSelector("#sandbox-dialog button#allow"));
        return new DashboardPage(driver);
    }

    public SignInProblemPage cancel() {
        click(By.cssSelector("#sandbox-dialog button#cancel"));
        return new SignInProblemPage(driver);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "") + "'";
    }
}
