package io.igstudio.media;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.pages.AccountsPage;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.PostPage;
import io.igstudio.testing.pages.ProfilePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Browsing a connected account's profile, grid, reels and a carousel in a real browser. */
@ExtendWith(ArquillianExtension.class)
class MediaBrowsingIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    private AccountsPage accounts;

    @BeforeEach
    void connectAva() {
        browser.open("/accounts/connect");
        accounts = new ConnectPage(browser.driver()).connect().chooseUser(AVA).allowToAccounts();
    }

    private ProfilePage openBakery() {
        return accounts.openProfile("avasbakery");
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

    @Test
    void reelCarouselAndVideoTilesShowTheirThumbnail() {
        ProfilePage profile = openBakery();

        for (String kind : java.util.List.of("reel", "carousel")) {
            assertEquals("IMG", profile.topmostAtCentreOfFirst(kind), "the centre of a " + kind + " tile shows its image");
        }
        assertEquals("IMG", profile.filter("video").topmostAtCentreOfFirst("video"), "the centre of a video tile");
    }

    @Test
    void aFilterShowsTheMatchingPostsAtOnce() {
        ProfilePage videos = openBakery().filter("video");

        assertFalse(videos.gridKinds().isEmpty(), "avasbakery has videos, shown without Load more: "
                + videos.emptyGridText().orElse(""));
        assertTrue(videos.gridKinds().stream().allMatch("video"::equals), "only videos: " + videos.gridKinds());
    }

    @Test
    void refreshSaysSoAndTheAddressStaysClean() {
        ProfilePage refreshed = openBakery().refresh();

        assertTrue(refreshed.flash().orElse("").contains("Refreshed"), "a confirmation: " + refreshed.flash());
        assertFalse(browser.currentPath().contains("ScopeId"), "no redirect scope in the address: " + browser.currentPath());
        assertFalse(browser.currentPath().contains("?"), browser.currentPath());
    }

    @Test
    void loadMoreOpenedInATabOfItsOwnIsTheWholePage() {
        String next = openBakery().loadMoreHref();

        browser.driver().get(next);
        ProfilePage page = new ProfilePage(browser.driver());

        assertEquals("@avasbakery", page.username());
        assertEquals(24, page.gridSize(), "the next 24 posts");
        assertTrue(page.canLoadMore(), "and a way on");
    }

    @Test
    void aPostNamesItsAccountAndShowsItsTimeInThePersonsZone() {
        PostPage post = openBakery().openFirst("reel");

        assertTrue(post.heading().contains("@avasbakery"), "heading names the account: " + post.heading());
        assertTrue(post.heading().toLowerCase().contains("reel"), post.heading());
        String shown = post.published();
        java.time.ZonedDateTime local = post.publishedAt().atZone(io.igstudio.testing.Browser.TIME_ZONE);
        assertFalse(shown.matches(".*\\d{4}-\\d{2}-\\d{2}T.*"), "not ISO: " + shown);
        String minute = String.format(":%02d", local.getMinute());
        String hour24 = String.valueOf(local.getHour());
        String hour12 = String.valueOf(local.getHour() % 12 == 0 ? 12 : local.getHour() % 12);
        assertTrue(shown.contains(hour24 + minute) || shown.contains(hour12 + minute),
                "shown in the browser's zone (" + local + "): " + shown);
        assertTrue(shown.contains(String.valueOf(local.getYear())), shown);
    }
}
