package io.igstudio.media;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.PostPage;
import io.igstudio.testing.pages.ProfilePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Browsing a connected account's profile, grid, reels and a carousel in a real browser. */
@ExtendWith(ArquillianExtension.class)
class MediaBrowsingIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @BeforeEach
    void connectAva() {
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).connect().chooseUser(AVA).allowToAccounts();
    }


    private ProfilePage openBakery() {
        browser.driver().findElement(By.cssSelector(".account-card[data-username='avasbakery'] .account-username"))
                .click();
        return new ProfilePage(browser.driver());
    }

    @Test
    void browseTheGridAndLoadMore() {
        ProfilePage profile = openBakery();

        assertEquals("@avasbakery", profile.username());
        assertEquals(24, profile.gridSize(), "the first page of the grid");
        assertTrue(profile.storiesCount() > 0, "active stories are shown");
        assertTrue(profile.canLoadMore());

        profile.loadMore();
        assertEquals(48, profile.gridSize(), "load more appends the next page");
        assertTrue(profile.gridKinds().containsAll(java.util.List.of("photo", "carousel", "reel")),
                "every kind appears: " + profile.gridKinds());
    }

    @Test
    void filterReels() {
        ProfilePage reels = openBakery().filter("reel");

        assertFalse(reels.gridKinds().isEmpty(), "the account has reels");
        assertTrue(reels.gridKinds().stream().allMatch("reel"::equals), "only reels: " + reels.gridKinds());
        assertTrue(browser.currentPath().contains("type=reel"), browser.currentPath());
    }

    @Test
    void openACarouselPost() {
        PostPage post = openBakery().openFirst("carousel");

        assertEquals("carousel", post.kind());
        assertTrue(post.carouselChildren() >= 2, "a carousel shows its children: " + post.carouselChildren());
        assertTrue(post.permalink().startsWith("https://www.instagram.com/"), post.permalink());
    }
}
