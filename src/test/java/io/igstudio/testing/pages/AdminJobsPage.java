package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin console's Jobs page ({@code /admin/jobs}). */
public class AdminJobsPage extends Page {

    public AdminJobsPage(WebDriver driver) {
        super(driver, By.id("timers-table"));
    }

    public AdminJobsPage retry(String postId) {
        clickAndLoad(By.cssSelector("tr.job-row[data-id='" + postId + "'] button.retry-job"));
        return new AdminJobsPage(driver);
    }

    public String state(String postId) {
        return driver.findElement(By.cssSelector("tr.job-row[data-id='" + postId + "']")).getAttribute("data-state");
    }

    public String error(String postId) {
        return driver.findElement(By.cssSelector("tr.job-row[data-id='" + postId + "'] .job-error")).getText();
    }

    public String flash() {
        return driver.findElement(By.id("flash")).getText();
    }

    public int timers() {
        return driver.findElements(By.className("timer-row")).size();
    }
}
