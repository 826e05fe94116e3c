package io.igstudio.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One post at {@code /profiles/{id}/posts/{media id}}. */
public class PostPage extends Page {

    public PostPage(WebDriver driver) {
        super(driver, By.id("post"));
    }

    public String kind() {
        return driver.findElement(By.id("post")).getAttribute("data-kind");
    }

    public int carouselChildren() {
        return driver.findElements(By.cssSelector("#carousel-children .carousel-child")).size();
    }

    public String heading() {
        return driver.findElement(By.id("post-heading")).getText();
    }

    /** The publication time as shown, and the instant it stands for (its {@code datetime}). */
    public String published() {
        return driver.findElement(By.id("post-published")).getText();
    }

    public java.time.Instant publishedAt() {
        return java.time.Instant.parse(driver.findElement(By.id("post-published")).getDomAttribute("datetime"));
    }

    public String caption() {
        return driver.findElement(By.id("post-caption")).getText();
    }

    public String permalink() {
        return driver.findElement(By.id("permalink")).getAttribute("href");
    }
}
