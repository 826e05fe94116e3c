package io.igstudio.accounts;

import static io.igstudio.testing.SandboxLogin.AVA;
import static io.igstudio.testing.SandboxLogin.BEN;
import static io.igstudio.testing.SandboxLogin.CHLOE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.pages.AccountsPage;
import io.igstudio.testing.pages.ConnectPage;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Connecting Instagram accounts in a real browser through the Meta sandbox. Each test starts signed out
 * in a fresh browser: connecting while signed out signs in first, as the specification's connect() does.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectAccountsIT extends BrowserTest {

    /** Ava's id in the sandbox's seed. */
    private static final String AVA_FACEBOOK_ID = "10160000000000011";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }


    private ConnectPage connectPage() {
        browser.open("/accounts/connect");
        return new ConnectPage(browser.driver());
    }

    @Test
    void defaultPermissionsConnectBothOfAvasAccountsAndExplainThePageWithoutInstagram() throws SQLException {
        ConnectPage connect = connectPage();
        assertAll("the specification's defaults",
                () -> assertTrue(connect.isChecked("instagram_basic") && connect.isLocked("instagram_basic")),
                () -> assertTrue(connect.isChecked("instagram_manage_comments")),
                () -> assertTrue(connect.isChecked("instagram_content_publish")),
                () -> assertFalse(connect.isChecked("instagram_manage_insights")),
                () -> assertTrue(connect.isChecked("pages_read_engagement") && connect.isLocked("pages_read_engagement"),
                        "Meta needs it to read the accounts"),
                () -> assertFalse(connect.isChecked("instagram_manage_contents")));

        // Meta's grants add up: a permission Ava gave in an earlier class of the run would be in this token too
        var revoked = io.igstudio.testing.SandboxControl.send("POST", "/sandbox/meta/_control/people/"
                + AVA_FACEBOOK_ID + "/permissions/instagram_manage_insights/revoke", null);
        assertEquals(200, revoked.status(), revoked.body());
        AccountsPage accounts = connect.connect().chooseUser(AVA).allowToAccounts();

        assertEquals(List.of("ava.creates", "avasbakery"), accounts.usernames());
        assertEquals("Ava's Bakery", accounts.pageOf("avasbakery"));
        assertEquals("Ava Creates", accounts.pageOf("ava.creates"));
        assertTrue(accounts.permissionsOf("avasbakery").contains("instagram_content_publish"));
        assertFalse(accounts.permissionsOf("avasbakery").contains("instagram_manage_insights"),
                "only what was asked for in this round trip");
        assertTrue(accounts.outcome("outcome-connected").orElse("").contains("avasbakery"));
        assertTrue(accounts.pagesWithoutInstagram().orElse("").contains("Ava's Old Shop"),
                "the Page without Instagram is explained, not dropped");
        assertEquals(AVA, accounts.signedInUser(), "connecting while signed out signed her in");

        // reconnecting updates the records instead of duplicating them
        AccountsPage again = connectPage().connect().chooseUser(AVA).allowToAccounts();
        assertEquals(List.of("ava.creates", "avasbakery"), again.usernames());
        assertEquals(2, storedAccountsOf(AVA));
    }

    @Test
    void decliningTheRequiredPermissionConnectsNothingAndSaysWhich() {
        AccountsPage accounts = connectPage().connect().chooseUser(AVA).decline("instagram_basic").allowToAccounts();

        String explanation = accounts.outcome("outcome-declined-required").orElse("");
        assertTrue(explanation.contains("instagram_basic"), "names the declined permission: " + explanation);
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("reconnect-declined")).size() == 1,
                "offers to reconnect");
        assertFalse(accounts.outcome("outcome-connected").isPresent());
    }

    @Test
    void decliningARequiredPermissionLaterShowsTheConnectedAccountsAsMissingIt() {
        AccountsPage before = connectPage().connect().chooseUser(AVA).allowToAccounts();
        assertEquals("ACTIVE", before.statusOf("avasbakery"));

        AccountsPage after = connectPage().connect().chooseUser(AVA).decline("instagram_basic").allowToAccounts();

        assertTrue(after.outcome("outcome-declined-required").isPresent());
        assertAll("Meta's current grant, not the one of the earlier connect",
                () -> assertEquals("NEEDS_RECONNECT", after.statusOf("avasbakery")),
                () -> assertEquals("NEEDS_RECONNECT", after.statusOf("ava.creates")),
                () -> assertEquals("Permission missing: instagram_basic", after.missingOf("avasbakery").orElse("")),
                () -> assertFalse(after.permissionsOf("avasbakery").contains("instagram_basic"),
                        after.permissionsOf("avasbakery")));

        AccountsPage reconnected = connectPage().connect().chooseUser(AVA).allowToAccounts();
        assertEquals("ACTIVE", reconnected.statusOf("avasbakery"), "reconnecting with it restores the account");
        assertTrue(reconnected.missingOf("avasbakery").isEmpty());
    }

    @Test
    void theAccountCardFitsItsTypeAndPermissionNames() {
        AccountsPage accounts = connectPage().connect().chooseUser(AVA).allowToAccounts();

        assertTrue(accounts.typeSelectShowsItsWholeLabel("avasbakery"), "the type select is not cut off");
        assertEquals(List.of(), accounts.permissionNamesBrokenOverLines("avasbakery"), "permission names in one piece");
    }

    @Test
    void connectingThroughAnotherFacebookLoginNamesIt() {
        connectPage().connect().chooseUser(AVA).allowToAccounts();

        AccountsPage accounts = connectPage().connect().chooseUser(BEN).allowToAccounts();

        String note = accounts.outcome("outcome-other-login").orElse("");
        assertTrue(note.contains("Ben Carter") && note.contains(AVA), "names both logins: " + note);
        assertEquals(AVA, accounts.signedInUser());
    }

    @Test
    void aPageWithoutInstagramIsExplained() {
        AccountsPage accounts = connectPage().connect().chooseUser(BEN).allowToAccounts();

        assertTrue(accounts.outcome("outcome-no-instagram").isPresent(), "says no Page has Instagram");
        assertTrue(accounts.pagesWithoutInstagram().orElse("").contains("Ben's Garage"));
        assertTrue(accounts.showsEmptyState(), "explains which accounts can connect");
    }

    @Test
    void aFacebookAccountWithoutPagesIsExplained() {
        AccountsPage accounts = connectPage().connect().chooseUser(CHLOE).allowToAccounts();

        assertTrue(accounts.outcome("outcome-no-pages").orElse("").contains("does not manage any Facebook Page"));
        assertTrue(accounts.usernames().isEmpty());
    }

    @Test
    void disconnectingRemovesTheAccountAndTheLastOneRevokesAccessAtMeta() throws SQLException {
        AccountsPage accounts = connectPage().connect().chooseUser(AVA).allowToAccounts();
        assertTrue(sandboxGrantsOf(AVA) > 0, "the sandbox recorded Ava's consent");

        AccountsPage afterFirst = accounts.disconnect("avasbakery");
        assertEquals(List.of("ava.creates"), afterFirst.usernames());
        assertFalse(afterFirst.flash().orElse("").contains("revoked"), "other accounts still use the login");
        assertTrue(sandboxGrantsOf(AVA) > 0);

        AccountsPage afterLast = afterFirst.disconnect("ava.creates");
        assertTrue(afterLast.usernames().isEmpty());
        assertTrue(afterLast.flash().orElse("").contains("revoked"), afterLast.flash().orElse("no flash"));
        assertEquals(0, sandboxGrantsOf(AVA), "DELETE /me/permissions reached the sandbox");
        assertEquals(0, storedAccountsOf(AVA));
    }

    private static int storedAccountsOf(String name) throws SQLException {
        return count("select count(*) from instagram_account a join app_user u on u.id = a.user_id where u.name = ?",
                name);
    }

    private static int sandboxGrantsOf(String name) throws SQLException {
        return count("select count(*) from sandbox_grant g join sandbox_fb_user u on u.id = g.user_id"
                + " where u.name = ? and g.granted = true", name);
    }

    private static int count(String sql, String name) throws SQLException {
        try (var db = ItEnvironment.openDatabase(); var statement = db.prepareStatement(sql)) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
