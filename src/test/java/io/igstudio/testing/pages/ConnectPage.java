package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The permission picker at {@code /accounts/connect}. */
public class ConnectPage extends Page {

    public ConnectPage(WebDriver driver) {
        super(driver, By.id("connect-form"));
    }

    public boolean isChecked(String scope) {
        return driver.findElement(By.id("perm-" + scope)).isSelected();
    }

    public boolean isLocked(String scope) {
        return !driver.findElement(By.id("perm-" + scope)).isEnabled();
    }

    /** Ticks a permission that is not asked for by default (for example instagram_manage_insights). */
    public ConnectPage check(String scope) {
        if (!isChecked(scope)) {
            click(By.id("perm-" + scope));
        }
        return this;
    }

    public SandboxDialog connect() {
        click(By.id("connect-instagram"));
        return new SandboxDialog(driver);
    }
}
