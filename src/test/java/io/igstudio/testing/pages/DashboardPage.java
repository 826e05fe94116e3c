package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The signed-in home at {@code /dashboard}. */
public class DashboardPage extends Page {

    public DashboardPage(WebDriver driver) {
        super(driver, By.id("dashboard-title"));
    }

    public String title() {
        return driver.findElement(By.id("dashboard-title")).getText();
    }

    /** Uses the header's sign-out button (a CSRF-protected form). */
    public LandingPage signOut() {
        clickAndLoad(By.id("sign-out"));
        return new LandingPage(driver);
    }
}
