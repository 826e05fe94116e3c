package io.igstudio.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The rules every sandbox code and token follows, without a database so that they can be unit tested:
 * their shape, their lifetimes, how they are hashed for storage, and when a stored token stops working.
 * Lifetimes: https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived
 * (short-lived about an hour, long-lived 60 days, data access 90 days) and the manual login flow
 * (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow: codes are single-use).
 */
public final class TokenRules {

    public static final Duration SHORT_LIVED = Duration.ofHours(1);
    public static final Duration LONG_LIVED = Duration.ofDays(60);
    public static final Duration DATA_ACCESS = Duration.ofDays(90);
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    /** User and Page tokens start with EAA like Meta's; codes with AQ. Both are alphanumeric. */
    private static final Pattern TOKEN = Pattern.compile("EAA[A-Za-z0-9]{40,400}");
    private static final Pattern CODE = Pattern.compile("AQ[A-Za-z0-9_-]{40,600}");
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Status { VALID, EXPIRED, REVOKED }

    private TokenRules() {
    }

    public static String newUserToken() {
        return "EAAS" + random(ALPHANUMERIC, 120);
    }

    public static String newCode() {
        return "AQ" + random(ALPHANUMERIC + "_-", 160);
    }

    public static boolean isWellFormedToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** What is stored instead of a code or token: lowercase hex SHA-256. */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Revocation wins over expiry: Meta reports a removed app (458) even for an old token. */
    public static Status status(Instant expiresAt, Instant revokedAt, Instant now) {
        if (revokedAt != null && !revokedAt.isAfter(now)) {
            return Status.REVOKED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return Status.EXPIRED;
        }
        return Status.VALID;
    }

    /** Whole seconds left, never negative, as {@code expires_in} reports them. */
    public static long secondsLeft(Instant expiresAt, Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).getSeconds());
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
