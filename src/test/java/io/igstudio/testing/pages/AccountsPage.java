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

    /** The status on an account's card: ACTIVE, EXPIRING or NEEDS_RECONNECT. */
    public String statusOf(String username) {
        return card(username).getDomAttribute("data-status");
    }

    /** "Permission missing: …" on an account's card, if shown. */
    public Optional<String> missingOf(String username) {
        return card(username).findElements(By.cssSelector(".account-missing")).stream().findFirst()
                .map(WebElement::getText);
    }

    /**
     * Whether the account type select is wide enough for the text of its chosen option (measured with the
     * select's own font, as it is drawn).
     */
    public boolean typeSelectShowsItsWholeLabel(String username) {
        WebElement select = card(username).findElement(By.cssSelector(".account-type-form select"));
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const select = arguments[0];
                const style = getComputedStyle(select);
                const context = document.createElement('canvas').getContext('2d');
                context.font = style.font;
                const text = select.options[select.selectedIndex].text;
                const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return context.measureText(text).width <= room;
                """, select);
    }

    /** The permission names on an account's card that are broken over more than one line. */
    public List<String> permissionNamesBrokenOverLines(String username) {
        return card(username).findElements(By.cssSelector(".account-permissions code")).stream()
                .filter(code -> ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                        const range = document.createRange();
                        range.selectNodeContents(arguments[0]);
                        const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                        return lines.size;
                        """, code)).intValue() > 1)
                .map(WebElement::getText).toList();
    }

    /** Opens an account's overview by its username on its card. */
    public ProfilePage openProfile(String username) {
        click(By.cssSelector(".account-card[data-username='" + username + "'] .account-username"));
        return new ProfilePage(driver);
    }

    /** Disconnect, then confirm on the confirmation page. */
    public AccountsPage disconnect(String username) {
        click(By.xpath("//div[contains(@class,'account-card')][@data-username='" + username + "']"
                + "//a[contains(@class,'disconnect-link')]"));
        clickAndLoad(By.id("confirm-disconnect"));
        return new AccountsPage(driver);
    }

    private WebElement card(String username) {
        return driver.findElement(By.cssSelector(".account-card[data-username='" + username + "']"));
    }
}
