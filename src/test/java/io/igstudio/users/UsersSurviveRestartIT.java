package io.igstudio.users;

import static io.igstudio.testing.SandboxLogin.AVA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A restart must not lose anyone: IG Studio is stopped and started again (a new Payara Micro process
 * on the same database, as after an upgrade) and the user created at the first sign-in is still the
 * same user afterwards. Looks at the stored row, because no page shows what would be lost.
 */
@ExtendWith(ArquillianExtension.class)
class UsersSurviveRestartIT {

    private static final String APP = "igstudio";

    @ArquillianResource
    Deployer deployer;

    private boolean running;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.igStudioOwnProcess();
    }

    @AfterEach
    void stop() {
        if (running) {
            deployer.undeploy(APP);
        }
    }

    @Test
    void signedInUserIsStillThereAfterARestart() throws SQLException {
        start();
        assertDashboard(SandboxLogin.signIn(new WebClient(), AVA));
        StoredUser before = storedUser(AVA);

        deployer.undeploy(APP);
        running = false;
        start();

        assertEquals(before, storedUser(AVA), "the same row (id and creation time) after the restart");
        assertDashboard(SandboxLogin.signIn(new WebClient(), AVA));
        StoredUser after = storedUser(AVA);
        assertEquals(before.id(), after.id(), "signing in again finds her, does not create her again");
        assertEquals(before.createdAt(), after.createdAt());
    }

    private void start() {
        deployer.deploy(APP);
        running = true;
    }

    private static void assertDashboard(Reply page) {
        assertEquals("/dashboard", page.uri().getPath(), page.describe());
        var title = page.document().getElementById("dashboard-title");
        assertNotNull(title, page.describe());
        assertTrue(title.text().contains(AVA), title.text());
    }

    record StoredUser(String id, Timestamp createdAt) {
    }

    private static StoredUser storedUser(String name) throws SQLException {
        try (Connection db = ItEnvironment.openDatabase();
                PreparedStatement query = db.prepareStatement("select id, created_at from app_user where name = ?")) {
            query.setString(1, name);
            List<StoredUser> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new StoredUser(rows.getString(1), rows.getTimestamp(2)));
                }
            }
            assertEquals(1, found.size(), "exactly one stored user named " + name + " in " + ItEnvironment.databaseName());
            return found.get(0);
        }
    }
}
