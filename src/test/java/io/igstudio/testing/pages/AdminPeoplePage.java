package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin console's People page ({@code /admin/people}). */
public class AdminPeoplePage extends Page {

    public AdminPeoplePage(WebDriver driver) {
        super(driver, By.id("people-table"));
    }

    private static By row(String name) {
        return By.cssSelector("tr.person-row[data-name='" + name + "']");
    }

    public AdminPeoplePage suspend(String name) {
        clickAndLoad(By.cssSelector("tr.person-row[data-name='" + name + "'] button.suspend-person"));
        return new AdminPeoplePage(driver);
    }

    public AdminPeoplePage lift(String name) {
        clickAndLoad(By.cssSelector("tr.person-row[data-name='" + name + "'] button.lift-person"));
        return new AdminPeoplePage(driver);
    }

    public String state(String name) {
        return driver.findElement(row(name)).findElement(By.className("person-state")).getText();
    }

    public String flash() {
        return driver.findElement(By.id("flash")).getText();
    }
}
