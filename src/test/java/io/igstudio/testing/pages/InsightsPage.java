package io.igstudio.testing.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An account's insights page ({@code /profiles/{id}/insights}), once its charts are drawn. */
public class InsightsPage extends Page {

    public InsightsPage(WebDriver driver) {
        super(driver, By.id("insights"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.id("insights")).getAttribute("data-charts-ready")));
    }

    /** How many days the page shows. */
    public int days() {
        return Integer.parseInt(driver.findElement(By.id("insights")).getAttribute("data-days"));
    }

    public boolean isDrawn(String chartId) {
        var canvases = driver.findElements(By.id(chartId));
        return !canvases.isEmpty() && "true".equals(canvases.get(0).getAttribute("data-rendered"))
                && canvases.get(0).getSize().getWidth() > 0;
    }

    /** The points (days) a chart draws, as Chart.js holds them. */
    public long points(String chartId) {
        Object n = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const c = Chart.getChart(arguments[0]); return c ? c.data.labels.length : -1;", chartId);
        return ((Number) n).longValue();
    }

    /** How many of a chart's values are known (not gaps). */
    public long knownValues(String chartId) {
        Object n = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const c = Chart.getChart(arguments[0]); return c ? c.data.datasets[0].data.filter(v => v !== null).length : -1;",
                chartId);
        return ((Number) n).longValue();
    }

    public String total(String metric) {
        return driver.findElement(By.cssSelector(".metric-total[data-metric=" + metric + "] .metric-value")).getText();
    }

    public String pngLink(String chartId) {
        WebElement link = driver.findElement(By.cssSelector("a.chart-png[data-for=" + chartId + "]"));
        return link.getAttribute("href");
    }

    public boolean hasNotice() {
        return isShown(By.id("insights-notice"));
    }

    public String notice() {
        return driver.findElements(By.id("insights-notice")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public InsightsPage showDays(int days) {
        clickAndLoad(By.id("range-" + days)); // a link to the page for that range
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Integer.toString(days).equals(
                d.findElement(By.id("insights")).getAttribute("data-days")));
        return new InsightsPage(driver);
    }
}
