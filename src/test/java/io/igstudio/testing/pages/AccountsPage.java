package io.igstudio.testing.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Accounts page: connected accounts, what the last connection found, and their actions. */
public class AccountsPage extends Page {

    public AccountsPage(WebDriver driver) {
        super(driver, By.id("connect-more"));
    }

    public List<String> usernames() {
        return driver.findElements(By.cssSelector(".account-card")).stream()
                .map(card -> card.getAttribute("data-username")).toList();
    }

    public String pageOf(String username) {
        return card(username).findElement(By.cssSelector(".account-page")).getText();
    }

    public String permissionsOf(String username) {
        return card(username).findElement(By.cssSelector(".account-permissions")).getText();
    }

    /** The text of an outcome box ({@code outcome-connected}, {@code outcome-declined-required}, ...), if shown. */
    public Optional<String> outcome(String id) {
        return driver.findElements(By.id(id)).stream().findFirst().map(WebElement::getText);
    }

    public Optional<String> pagesWithoutInstagram() {
        return driver.findElements(By.id("pages-without-instagram")).stream().findFirst().map(WebElement::getText);
    }

    public Optional<String> flash() {
        return driver.findElements(By.id("flash")).stream().findFirst().map(WebElement::getText);
    }

    public boolean showsEmptyState() {
        return isShown(By.id("no-accounts"));
    }

    /** Disconnect, then confirm on the confirmation page. */
    public AccountsPage disconnect(String username) {
        click(By.xpath("//div[contains(@class,'account-card')][@data-username='" + username + "']"
                + "//a[contains(@class,'disconnect-link')]"));
        click(By.id("confirm-disconnect"));
        return new AccountsPage(driver);
    }

    private WebElement card(String username) {
        return driver.findElement(By.cssSelector(".account-card[data-username='" + username + "']"));
    }
}
