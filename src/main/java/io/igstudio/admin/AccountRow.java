package io.igstudio.admin;

import java.time.Instant;

/** One Instagram account on the admin console, with its owner, access health, Meta usage and last error. */
public record AccountRow(String id, String igUserId, String username, String ownerId, String ownerName,
                         String type, Instant tokenExpiresAt, String health, int usagePercent, int callsLastHour,
                         int callsPerHour, Instant blockedUntil, String lastError) {
}
