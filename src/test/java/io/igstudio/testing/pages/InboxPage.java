package io.igstudio.testing.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The inbox ({@code /inbox}) and its rules page ({@code /inbox/rules}). */
public class InboxPage extends Page {

    public InboxPage(WebDriver driver) {
        super(driver, By.id("inbox-page"));
    }

    public WebElement item(String text) {
        List<WebElement> found = driver.findElements(By.xpath("//li[contains(@class,'inbox-item')][.//span[contains(@class,"
                + "'comment-text')][contains(., " + CommentThreadPage.quote(text) + ")]]"));
        if (found.isEmpty()) {
            throw new AssertionError("No inbox item '" + text + "': " + driver.findElement(By.id("inbox-page")).getText());
        }
        return found.get(0);
    }

    public boolean shows(String text) {
        return !driver.findElements(By.xpath("//li[contains(@class,'inbox-item')]//span[contains(@class,'comment-text')]"
                + "[contains(., " + CommentThreadPage.quote(text) + ")]")).isEmpty();
    }

    /** The "Hidden by rule: …" label of the item, or empty. */
    public String ruleLabel(String text) {
        List<WebElement> label = item(text).findElements(By.cssSelector(".comment-rule"));
        return label.isEmpty() ? "" : label.get(0).getText();
    }

    public boolean isHidden(String text) {
        return "true".equals(item(text).getAttribute("data-hidden"));
    }

    public InboxPage undo(String text) {
        String id = item(text).getAttribute("data-comment-id");
        clickAndLoad(By.cssSelector("li[data-comment-id='" + id + "'] .undo-button"));
        return new InboxPage(driver);
    }

    /** Adds a rule on the rules page and switches it on from its trial page; answers the trial's summary. */
    public static String addRule(WebDriver driver, String account, String name, String kind, String terms) {
        RulesPage rules = new RulesPage(driver);
        return rules.add(account, name, kind, terms);
    }

    /** {@code /inbox/rules}. */
    public static class RulesPage extends Page {
        public RulesPage(WebDriver driver) {
            super(driver, By.id("rules-page"));
        }

        String add(String account, String name, String kind, String terms) {
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("rule-account")))
                    .selectByVisibleText("@" + account);
            driver.findElement(By.id("rule-name")).sendKeys(name);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("rule-kind"))).selectByValue(kind);
            driver.findElement(By.id("rule-terms")).sendKeys(terms);
            clickAndLoad(By.id("rule-save"));
            new TrialPage(driver);
            String summary = driver.findElement(By.id("trial-summary")).getText();
            clickAndLoad(By.id("trial-toggle"));
            new RulesPage(driver);
            return summary;
        }
    }

    static class TrialPage extends Page {
        TrialPage(WebDriver driver) {
            super(driver, By.id("trial-page"));
        }
    }
}
