package io.igstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RouteActionTest {

    private static final String ID = "5d0c2a4e-1b2c-4d5e-8f90-123456789abc";

    @Test
    void wellKnownRoutesGetTheirNamesAndIdsBecomeTheTarget() {
        assertEquals(new RouteAction("post.retry", ID), RouteAction.of("POST", "/posts/" + ID + "/retry"));
        assertEquals(new RouteAction("account.token-refresh", ID), RouteAction.of("POST", "/accounts/" + ID + "/token"));
        assertEquals(new RouteAction("account.disconnect", ID), RouteAction.of("POST", "/accounts/" + ID + "/disconnect"));
        assertEquals(new RouteAction("sign-out", null), RouteAction.of("POST", "/signout"));
    }

    @Test
    void routesBuiltLaterAreNamedFromTheirPath() {
        assertEquals(new RouteAction("admin.people.suspend", ID), RouteAction.of("POST", "/admin/people/" + ID + "/suspend"));
        assertEquals(new RouteAction("comments.hide", "17900000000000123"),
                RouteAction.of("POST", "/comments/17900000000000123/hide"));
        assertEquals(new RouteAction("api.posts.delete", ID), RouteAction.of("DELETE", "/api/posts/" + ID));
        assertEquals(new RouteAction("sandbox.meta._control.publishing.accounts.put", "17841400000000101"),
                RouteAction.of("PUT", "/sandbox/meta/_control/publishing/accounts/17841400000000101"));
        assertEquals(new RouteAction("root", null), RouteAction.of("POST", "/"));
    }

    @Test
    void wordsStayWordsAndVersionsAreNotIds() {
        RouteAction action = RouteAction.of("POST", "/rules/new");
        assertEquals("rules.new", action.action());
        assertNull(action.target());
        assertEquals("sandbox.control", RouteAction.of("POST", "/sandbox/control").action());
    }

    @Test
    void skippedPaths() {
        assertTrue(AuditTrail.skipped("/static/js/x.js"));
        assertTrue(AuditTrail.skipped("/sandbox/meta/v26.0/17841400000000101/media"));
        assertFalse(AuditTrail.skipped("/sandbox/meta/_control/clock/advance"));
        assertTrue(AuditTrail.skipped("/posts/" + ID + "/status"));
        assertFalse(AuditTrail.skipped("/posts/" + ID + "/retry"));
    }
}
