package io.igstudio.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.igstudio.accounts.AccountView.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void requiredPermissionsAreAlwaysRequestedAndUnknownOnesNever() {
        assertEquals(List.of("instagram_basic", "pages_show_list", "pages_read_engagement", "instagram_manage_insights"),
                InstagramPermission.sanitize(List.of("instagram_manage_insights", "user_friends")));
        assertEquals(List.of("instagram_basic", "pages_show_list", "pages_read_engagement"),
                InstagramPermission.sanitize(null));
    }

    @Test
    void defaultsFollowTheSpecification() {
        assertEquals(List.of("instagram_basic", "pages_show_list", "pages_read_engagement", "instagram_manage_comments",
                "instagram_content_publish"), InstagramPermission.defaultScopes());
    }

    @Test
    void statusFromTokenExpiry() {
        assertEquals(Status.ACTIVE, Status.of(false, false, NOW.plus(Duration.ofDays(30)), NOW));
        assertEquals(Status.ACTIVE, Status.of(false, false, null, NOW), "a token without expiry stays active");
        assertEquals(Status.EXPIRING, Status.of(false, false, NOW.plus(Duration.ofDays(6)), NOW));
        assertEquals(Status.NEEDS_RECONNECT, Status.of(false, false, NOW.minusSeconds(1), NOW));
        assertEquals(Status.NEEDS_RECONNECT, Status.of(true, false, NOW.plus(Duration.ofDays(30)), NOW));
        assertEquals(Status.NEEDS_RECONNECT, Status.of(false, true, NOW.plus(Duration.ofDays(30)), NOW),
                "a required permission missing from Meta's grant needs a reconnect");
    }
}
