package io.igstudio.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.BrowserTest;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import io.igstudio.testing.pages.ConnectPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Token health and Meta's compliance callbacks (issue 23), against the sandbox with its clock moved: renewal
 * before expiry, a permission taken back, data access nearing its end, a forged and a genuine deauthorisation,
 * and data deletion checked table by table. Dana's and Ben's sandbox grants change here; other classes connect
 * again (a fresh consent) before they rely on them, and the clock goes back to real time at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenHealthIT extends BrowserTest {

    private static final String DANA = "Dana Agency";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @AfterAll
    static void realTimeAgain() {
        SandboxControl.send("POST", "/sandbox/meta/_control/clock/reset", null);
    }

    @Test
    @Order(1)
    void aTokenFiveDaysFromExpiryIsRenewedAndDataAccessWarnsThreeDaysBeforeItsEnd() throws SQLException {
        WebClient dana = new WebClient();
        SandboxLogin.signIn(dana, DANA);
        SandboxLogin.connect(dana, DANA);
        String userId = userId(DANA);
        Instant expiresBefore = column(userId, "token_expires_at");
        Instant dataAccess = column(userId, "data_access_expires_at");
        assertNotNull(dataAccess, "a connect sets the data access date");

        advanceDays(55);
        job("token-renewal");
        Instant expiresAfter = column(userId, "token_expires_at");
        assertTrue(expiresAfter.isAfter(expiresBefore.plus(Duration.ofDays(50))),
                "renewed 5 days before expiry: " + expiresBefore + " -> " + expiresAfter);
        assertTrue(notifications(userId, "DATA_ACCESS_EXPIRING").isEmpty());

        advanceDays(32); // 87 days after the consent: data access ends in 3 days, the renewed token is still valid
        job("token-health");
        List<String> warnings = notifications(userId, "DATA_ACCESS_EXPIRING");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("in 3 days"), warnings.get(0));
        job("token-health");
        assertEquals(1, notifications(userId, "DATA_ACCESS_EXPIRING").size(), "a warning goes out once");
        assertEquals(dataAccess.getEpochSecond() / 60, column(userId, "data_access_expires_at").getEpochSecond() / 60,
                "refreshing a token does not renew data access: only a consent does");

        Reply accounts = dana.open("/accounts");
        assertFalse(accounts.document().select(".account-data-access time").isEmpty(), accounts.excerpt());
    }

    @Test
    @Order(2)
    void aPermissionTakenBackShowsAsMissingAfterTheDailyCheck() throws SQLException {
        browser.open("/accounts/connect");
        new ConnectPage(browser.driver()).connect().chooseUser(DANA).allowToAccounts();
        String facebookId = facebookId(DANA);

        Reply revoked = SandboxControl.send("POST", "/sandbox/meta/_control/people/" + facebookId
                + "/permissions/instagram_content_publish/revoke", null);
        assertEquals(200, revoked.status(), revoked.body());
        job("token-health");

        browser.open("/accounts");
        var cards = browser.driver().findElements(By.cssSelector(".account-card"));
        assertFalse(cards.isEmpty());
        for (var card : cards) {
            assertEquals("Permission missing", card.findElement(By.cssSelector(".account-status")).getText());
            assertTrue(card.findElement(By.cssSelector(".account-missing")).getText()
                    .contains("instagram_content_publish"), card.getText());
        }
        assertEquals(1, notifications(userId(DANA), "PERMISSION_MISSING").size());
    }

    @Test
    @Order(3)
    void aForgedSignedRequestIsRefusedAndChangesNothing() throws SQLException {
        String facebookId = facebookId(DANA);
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"algorithm\":\"HMAC-SHA256\",\"issued_at\":1,\"user_id\":\"" + facebookId + "\"}").getBytes());
        WebClient meta = new WebClient();
        for (String forged : new String[] {"AAAA." + payload, payload, ""}) {
            for (String callback : new String[] {"/meta/deauthorize", "/meta/data-deletion"}) {
                Reply reply = meta.postForm(callback, List.of(Map.entry("signed_request", forged)));
                assertEquals(403, reply.status(), callback + ": " + reply.body());
                assertTrue(reply.setCookies().isEmpty(), "Meta's callbacks never start a session");
            }
        }
        assertEquals(1, count("SELECT COUNT(*) FROM app_user WHERE facebook_id = ?", facebookId));
        assertEquals(0, count("SELECT COUNT(*) FROM facebook_connection WHERE facebook_user_id = ? AND access_token = ''",
                facebookId));
    }

    @Test
    @Order(4)
    void removingTheAppAtMetaMarksTheConnectionsForReconnectAndKeepsTheAccounts() throws Exception {
        String facebookId = facebookId(DANA);
        long accountsBefore = count("SELECT COUNT(*) FROM instagram_account a JOIN facebook_connection c"
                + " ON a.connection_id = c.id WHERE c.facebook_user_id = ?", facebookId);
        JsonObject delivery = json(SandboxControl.send("POST", "/sandbox/meta/_control/people/" + facebookId
                + "/remove-app", null));
        assertEquals(200, delivery.getInt("callbackStatus"), delivery.toString());

        assertEquals(accountsBefore, count("SELECT COUNT(*) FROM instagram_account a JOIN facebook_connection c"
                + " ON a.connection_id = c.id WHERE c.facebook_user_id = ?", facebookId), "accounts and posts stay");
        assertEquals(0, count("SELECT COUNT(*) FROM facebook_connection WHERE facebook_user_id = ?"
                + " AND (needs_reconnect = FALSE OR access_token <> '')", facebookId), "no token kept, reconnect needed");
        WebClient dana = new WebClient();
        SandboxLogin.signIn(dana, DANA);
        Reply accounts = dana.open("/accounts");
        assertTrue(accounts.body().contains("IG Studio was removed from the Facebook account"), accounts.excerpt());

        // a post that falls due now is held, not failed: the account needs a reconnect first
        String caption = "Held until reconnect " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String account = one("SELECT MIN(a.id) FROM instagram_account a JOIN facebook_connection c"
                + " ON a.connection_id = c.id WHERE c.facebook_user_id = ?", facebookId);
        Reply compose = dana.open("/compose");
        String csrf = compose.document().selectFirst("#compose-form input[name=_csrf]").val();
        Reply uploaded = dana.postFile("/library/upload", "file", "held.png", io.igstudio.testing.TestMedia.png(1080, 1080),
                Map.of("X-CSRF-TOKEN", compose.document().selectFirst("#upload-form").attr("data-csrf")));
        String fileId = json(uploaded).getJsonArray("files").getJsonObject(0).getString("id");
        Instant sandboxNow = Instant.parse(json(SandboxControl.get("/sandbox/meta/_control/clock")).getString("now"));
        String at = java.time.LocalDateTime.ofInstant(sandboxNow.plus(Duration.ofMinutes(2)), java.time.ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        Reply scheduled = dana.postForm("/schedule", List.of(Map.entry("type", "PHOTO"), Map.entry("account", account),
                Map.entry("item", fileId), Map.entry("caption", caption), Map.entry("action", "schedule"),
                Map.entry("zone", "UTC"), Map.entry("at", at), Map.entry("_csrf", csrf)));
        assertEquals(303, scheduled.status(), scheduled.describe());
        SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"seconds\":300}");
        Thread.sleep(8000); // more than two publishing timer ticks
        assertEquals("SCHEDULED", one("SELECT state FROM post WHERE account_id = ? ORDER BY created_at DESC", account),
                "held, neither published nor failed");
        assertEquals(0, count("SELECT COUNT(*) FROM sandbox_ig_media WHERE caption = ?", caption));

        int notified = notifications(userId(DANA), "ACCOUNT_NEEDS_RECONNECT").size();
        SandboxControl.send("POST", "/sandbox/meta/_control/people/" + facebookId + "/remove-app", null);
        assertEquals(notified, notifications(userId(DANA), "ACCOUNT_NEEDS_RECONNECT").size(), "a repeated callback is a no-op");
    }

    @Test
    @Order(5)
    void aDataDeletionRequestLeavesNoRowOfThePersonAndItsStatusPageSaysSo() throws SQLException {
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, SandboxLogin.BEN);
        SandboxLogin.connect(ben, SandboxLogin.BEN);
        String userId = userId(SandboxLogin.BEN);
        String facebookId = facebookId(SandboxLogin.BEN);
        assertTrue(rowsOf(userId, facebookId).size() > 0, "Ben has data to delete");

        JsonObject delivery = json(SandboxControl.send("POST", "/sandbox/meta/_control/people/" + facebookId
                + "/request-data-deletion", null));
        assertEquals(200, delivery.getInt("callbackStatus"), delivery.toString());
        JsonObject receipt = Json.createReader(new StringReader(delivery.getString("callbackBody"))).readObject();
        String code = receipt.getString("confirmation_code");
        assertTrue(receipt.getString("url").endsWith("/meta/data-deletion/" + code), receipt.toString());

        assertEquals(List.of(), rowsOf(userId, facebookId), "rows left of the deleted person");
        Reply status = new WebClient().open("/meta/data-deletion/" + code);
        assertEquals(200, status.status());
        assertTrue(status.document().getElementById("deletion-status").text().startsWith("Deleted"), status.excerpt());
        assertEquals(404, new WebClient().open("/meta/data-deletion/0123456789abcdef0123").status());

        JsonObject again = json(SandboxControl.send("POST", "/sandbox/meta/_control/people/" + facebookId
                + "/request-data-deletion", null));
        assertEquals(code, Json.createReader(new StringReader(again.getString("callbackBody"))).readObject()
                .getString("confirmation_code"), "a repeated request answers the same code");
    }

    @Test
    @Order(6)
    void aPersonDeletesTheirOwnDataFromThePrivacyPage() throws SQLException {
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, SandboxLogin.BEN);
        String userId = userId(SandboxLogin.BEN);
        Reply page = ben.open("/privacy");
        Reply unconfirmed = ben.submit(page, "form#delete-my-data", "button#delete-data", Map.of());
        assertNotNull(unconfirmed.document().getElementById("privacy-problem"), unconfirmed.excerpt());
        assertEquals(1, count("SELECT COUNT(*) FROM app_user WHERE id = ?", userId));

        Reply done = ben.follow(ben.submit(page, "form#delete-my-data", "button#delete-data", Map.of("confirm", "yes")));
        assertTrue(done.pathAndQuery().startsWith("/meta/data-deletion/"), done.describe());
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE id = ?", userId));
        Reply dashboard = ben.get("/dashboard");
        String location = dashboard.location().orElse("");
        assertTrue(dashboard.isRedirect() && (location.contains("/signin") || location.contains("/dialog/oauth")),
                "signed out afterwards, so sent to sign in: " + dashboard.describe() + " -> " + location);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static void advanceDays(int days) {
        Reply moved = SandboxControl.send("POST", "/sandbox/meta/_control/clock/advance", "{\"hours\":" + days * 24 + "}");
        assertEquals(200, moved.status(), moved.body());
    }

    private static void job(String name) {
        Reply ran = SandboxControl.send("POST", "/sandbox/meta/_control/jobs/" + name, null);
        assertEquals(200, ran.status(), ran.body());
    }

    private static JsonObject json(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static String userId(String name) throws SQLException {
        return one("SELECT id FROM app_user WHERE name = ?", name);
    }

    private static String facebookId(String name) throws SQLException {
        return one("SELECT facebook_id FROM app_user WHERE name = ?", name);
    }

    private static Instant column(String userId, String column) throws SQLException {
        try (Connection db = ItEnvironment.openDatabase();
             PreparedStatement query = db.prepareStatement("SELECT MIN(" + column + ") FROM facebook_connection"
                     + " WHERE user_id = ?")) {
            query.setString(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Timestamp value = rows.getTimestamp(1);
                return value == null ? null : value.toInstant();
            }
        }
    }

    private static List<String> notifications(String userId, String kind) throws SQLException {
        List<String> messages = new ArrayList<>();
        try (Connection db = ItEnvironment.openDatabase();
             PreparedStatement query = db.prepareStatement("SELECT message FROM notification WHERE user_id = ?"
                     + " AND kind = ?")) {
            query.setString(1, userId);
            query.setString(2, kind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    messages.add(rows.getString(1));
                }
            }
        }
        return messages;
    }

    /** Every row, in every table of the schema, whose user_id is the person's or whose Facebook id is theirs. */
    private static List<String> rowsOf(String userId, String facebookId) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = ItEnvironment.openDatabase()) {
            DatabaseMetaData meta = db.getMetaData();
            try (ResultSet columns = meta.getColumns(db.getCatalog(), null, "%", "%")) {
                while (columns.next()) {
                    String schema = columns.getString("TABLE_SCHEM");
                    if (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
                        continue;
                    }
                    String table = columns.getString("TABLE_NAME");
                    String column = columns.getString("COLUMN_NAME").toLowerCase();
                    String value = switch (column) {
                        case "user_id" -> table.toLowerCase().startsWith("sandbox_") ? null : userId;
                        case "facebook_id", "facebook_user_id" -> facebookId;
                        default -> null;
                    };
                    if (value != null && count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", value) > 0) {
                        found.add(table + "." + column);
                    }
                }
            }
        }
        return found;
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection db = ItEnvironment.openDatabase(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String one(String sql, String parameter) throws SQLException {
        try (Connection db = ItEnvironment.openDatabase(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no row for " + parameter + ": " + sql);
                return rows.getString(1);
            }
        }
    }
}
