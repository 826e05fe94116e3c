package io.igstudio.media;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.ProfilePage;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The profile grid against Meta's worst paging: short pages and an empty page that still has a next one. */
@ExtendWith(ArquillianExtension.class)
class RaggedPagingIT extends BrowserTest {

    /** ava.creates: 164 posts. */
    private static final String CREATES = "17841400000000102";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    /** Meta may answer short pages and an empty page that still has a next one; Load more goes on past it. */
    @Test
    void loadMoreGoesPastShortAndEmptyPages() {
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).connect().chooseUser(AVA).allowToAccounts();
        String creates = CREATES;
        sandboxMode(creates, "ragged_paging");
        try {
            browser.driver().findElement(By.cssSelector(".account-card[data-username='ava.creates'] .account-username"))
                    .click();
            ProfilePage profile = new ProfilePage(browser.driver()).refresh();
            int first = profile.gridSize();
            assertTrue(first > 0 && first < 24, "a short first page: " + first);
            assertTrue(profile.canLoadMore());

            profile.loadMore();
            assertTrue(profile.gridSize() > first, "the empty second page was skipped, not shown as the end");
        } finally {
            sandboxMode(creates, "normal");
        }
    }

    private static void sandboxMode(String igUserId, String mode) {
        var reply = SandboxControl.send("PUT", "/sandbox/meta/_control/accounts/" + igUserId,
                "{\"mode\":\"" + mode + "\"}");
        assertEquals(200, reply.status(), reply.describe() + " " + reply.body());
    }

}
