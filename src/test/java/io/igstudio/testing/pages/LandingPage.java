package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The public start page at {@code /}. */
public class LandingPage extends Page {

    public LandingPage(WebDriver driver) {
        super(driver, By.id("continue-with-facebook"));
    }

    public boolean showsSignedOutNotice() {
        return isShown(By.id("signed-out"));
    }

    /** Starts the Facebook sign-in; in sandbox mode the sandbox's dialog opens. */
    public SandboxDialog continueWithFacebook() {
        click(By.id("continue-with-facebook"));
        return new SandboxDialog(driver);
    }
}
