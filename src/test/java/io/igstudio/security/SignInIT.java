package io.igstudio.security;

import static io.igstudio.testing.SandboxLogin.AVA;
import static io.igstudio.testing.SandboxLogin.BEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.pages.ConnectPage;
import io.igstudio.testing.pages.DashboardPage;
import io.igstudio.testing.pages.LandingPage;
import io.igstudio.testing.pages.SignInProblemPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Signing in and out with a real browser, through the Meta sandbox's login dialog. */
@ExtendWith(ArquillianExtension.class)
class SignInIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }


    @Test
    void signInWithFacebookThenSignOut() {
        browser.open("/");
        LandingPage landing = new LandingPage(browser.driver());
        assertTrue(landing.hasSandboxBanner(), "SANDBOX banner on the landing page");
        assertTrue(landing.sandboxBannerText().contains("SANDBOX"), landing.sandboxBannerText());

        DashboardPage dashboard = landing.continueWithFacebook().chooseUser(AVA).allow();

        assertEquals("/dashboard", browser.currentPath());
        assertTrue(dashboard.title().contains(AVA), "dashboard greets her: " + dashboard.title());
        assertEquals(AVA, dashboard.signedInUser());
        assertTrue(dashboard.hasSandboxBanner(), "SANDBOX banner on the dashboard");

        LandingPage afterSignOut = dashboard.signOut();

        assertTrue(afterSignOut.showsSignedOutNotice(), "signed-out notice");
        assertEquals("", afterSignOut.signedInUser(), "nobody in the header");
        browser.open("/dashboard");
        assertTrue(browser.driver().findElements(By.id("dashboard-title")).isEmpty(),
                "the dashboard needs a new sign-in, but the browser shows it at " + browser.currentPath());
        assertFalse(browser.currentPath().startsWith("/dashboard"), browser.currentPath());
    }

    @Test
    void cancellingTheFacebookDialogExplainsAndOffersToTryAgain() {
        browser.open("/");

        SignInProblemPage problem = new LandingPage(browser.driver()).continueWithFacebook().cancel();

        assertEquals("/signin/problem?reason=cancelled", browser.currentPath());
        assertEquals("cancelled", problem.reason());
        assertTrue(problem.heading().toLowerCase().contains("cancel"), "says what happened: " + problem.heading());
        assertTrue(problem.offersTryAgain(), "Try again link");
        assertEquals("/signin", problem.tryAgainTarget());
        assertEquals("", problem.signedInUser(), "nobody signed in");
    }

    @Test
    void tryAgainAfterACancelledConnectGoesBackToTheConnectPage() {
        browser.open("/");
        new LandingPage(browser.driver()).continueWithFacebook().chooseUser(AVA).allow();
        browser.open("/accounts/connect");

        SignInProblemPage problem = new ConnectPage(browser.driver()).connect().cancel();

        assertEquals("cancelled", problem.reason());
        assertEquals("/accounts/connect", problem.tryAgainTarget());
        assertEquals(AVA, problem.signedInUser(), "still signed in");
    }

    @Test
    void theDialogRemembersWhoLastSignedInInThisBrowser() {
        browser.open("/");
        var first = new LandingPage(browser.driver()).continueWithFacebook();
        assertEquals("", first.preselectedUser(), "a new browser chooses");
        first.chooseUser(BEN).allow().signOut();

        var again = new LandingPage(browser.driver()).continueWithFacebook();

        assertEquals(BEN, again.preselectedUser());
    }
}
