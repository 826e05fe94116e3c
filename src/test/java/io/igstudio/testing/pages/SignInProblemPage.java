package io.igstudio.testing.pages;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The friendly page at {@code /signin/problem} that explains why a sign-in did not complete. */
public class SignInProblemPage extends Page {

    public SignInProblemPage(WebDriver driver) {
        super(driver, By.id("signin-problem"));
    }

    /** The machine-readable reason: cancelled, denied, code, state or unavailable. */
    public String reason() {
        return driver.findElement(By.id("signin-problem")).getDomAttribute("data-reason");
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#signin-problem h1")).getText();
    }

    public boolean offersTryAgain() {
        return isShown(By.id("try-again"));
    }

    /** Where "Try again" leads, as a path, for example {@code /signin}. */
    public String tryAgainTarget() {
        return URI.create(driver.findElement(By.id("try-again")).getDomProperty("href")).getPath();
    }
}
