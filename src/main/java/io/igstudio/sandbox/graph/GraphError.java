package io.igstudio.sandbox.graph;

import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One Meta error object, {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}, with the
 * HTTP status it travels with. Codes, subcodes and wording follow Meta's "Handling Errors" guide
 * (https://developers.facebook.com/docs/graph-api/guides/error-handling) and error bodies recorded from
 * the real Graph API (see each factory). Meta never answers 200 with an error, so neither do we.
 */
public record GraphError(int status, String message, String type, int code, Integer subcode, boolean isTransient) {

    static final String OAUTH = "OAuthException";
    static final String GRAPH_METHOD = "GraphMethodException";

    // Meta words expiry dates in Pacific time, e.g. "Session has expired on Tuesday, 10-Mar-26 10:00:00 PDT."
    private static final DateTimeFormatter META_TIME = DateTimeFormatter
            .ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US).withZone(ZoneId.of("America/Los_Angeles"));

    public GraphError(int status, String message, String type, int code, Integer subcode) {
        this(status, message, type, code, subcode, false);
    }

    public GraphException exception() {
        return new GraphException(this);
    }

    public JsonObject toJson(String fbtraceId) {
        JsonObjectBuilder error = Jsons.createObjectBuilder()
                .add("message", message)
                .add("type", type);
        if (isTransient) {
            error.add("is_transient", true);
        }
        error.add("code", code);
        if (subcode != null) {
            error.add("error_subcode", subcode);
        }
        error.add("fbtrace_id", fbtraceId);
        return Jsons.createObjectBuilder().add("error", error).build();
    }

    // --- tokens -----------------------------------------------------------------------------------

    /** Graph API /me without a user token (code 2500). */
    public static GraphError activeTokenRequired() {
        return new GraphError(400, "An active access token must be used to query information about the current user.",
                OAUTH, 2500, null);
    }

    public static GraphError tokenRequired() {
        return new GraphError(400, "(#104) An access token is required to request this resource.", OAUTH, 104, null);
    }

    public static GraphError cannotParseToken() {
        return new GraphError(400, "Invalid OAuth access token - Cannot parse access token", OAUTH, 190, null);
    }

    public static GraphError cannotDecryptToken() {
        return new GraphError(400, "The access token could not be decrypted", OAUTH, 190, null);
    }

    public static GraphError invalidAppTokenSignature() {
        return new GraphError(400, "Invalid OAuth access token signature.", OAUTH, 190, null);
    }

    /** Subcode 463: expired (error-handling guide, "Authentication Error Subcodes"). */
    public static GraphError tokenExpired(Instant expiredAt, Instant now) {
        return new GraphError(400, "Error validating access token: Session has expired on " + META_TIME.format(expiredAt)
                + ". The current time is " + META_TIME.format(now) + ".", OAUTH, 190, 463);
    }

    /** Subcode 458: the person removed the app or its permissions. */
    public static GraphError appNotAuthorized(String userId, String appId) {
        return new GraphError(400, "Error validating access token: User " + userId + " has not authorized application "
                + appId + ".", OAUTH, 190, 458);
    }

    /** Recorded bodies: facebook/facebook-python-business-sdk#528 (400, GraphMethodException, code 100). */
    public static GraphError invalidAppSecretProof() {
        return new GraphError(400, "Invalid appsecret_proof provided in the API argument", GRAPH_METHOD, 100, null);
    }

    /**
     * A user or Page token without {@code appsecret_proof} when the app requires one; recorded bodies:
     * adamwathan/eloquent-oauth-l5#46, sromku/android-simple-facebook#160 (400, GraphMethodException, 100).
     */
    public static GraphError appSecretProofRequired() {
        return new GraphError(400, "API calls from the server require an appsecret_proof argument", GRAPH_METHOD, 100,
                null);
    }

    /** Subcode 460: the person changed their password, which invalidates the app's tokens. */
    public static GraphError passwordChanged(String userId) {
        return new GraphError(400, "Error validating access token: The session has been invalidated because the user"
                + " changed their password or Facebook has changed the session for security reasons.", OAUTH, 190, 460);
    }

    // --- objects, fields, permissions ---------------------------------------------------------------

    /** Subcode 33: the id is unknown or the token cannot see it. */
    public static GraphError unsupportedGet(String id) {
        return new GraphError(400, "Unsupported get request. Object with ID '" + id + "' does not exist, cannot be loaded"
                + " due to missing permissions, or does not support this operation. Please read the Graph API"
                + " documentation at https://developers.facebook.com/docs/graph-api", GRAPH_METHOD, 100, 33);
    }

    /** A path Graph does not know, or an unknown version (code 2500, as graph.facebook.com answers it). */
    public static GraphError unknownPath(String path) {
        return new GraphError(400, "Unknown path components: " + path, OAUTH, 2500, null);
    }

    public static GraphError unsupportedMethod(String method, String id) {
        return new GraphError(400, "Unsupported " + method.toLowerCase(Locale.ROOT) + " request. Object with ID '" + id
                + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation."
                + " Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
                GRAPH_METHOD, 100, 33);
    }

    public static GraphError nonexistingField(String field, String nodeType) {
        return new GraphError(400, "(#100) Tried accessing nonexisting field (" + field + ") on node type (" + nodeType + ")",
                OAUTH, 100, null);
    }

    public static GraphError invalidParameter(String detail) {
        return new GraphError(400, "(#100) " + detail, OAUTH, 100, null);
    }

    /** A malformed cursor, or one issued before the edge changed (facebook/facebook-java-business-sdk#292). */
    public static GraphError invalidCursors() {
        return new GraphError(400, "(#2642) Invalid cursors values", OAUTH, 2642, null);
    }

    /** Code 10, "Permission is either not granted or has been removed"; the message names the permission. */
    public static GraphError permissionMissing(String permission) {
        return new GraphError(403, "(#10) Application does not have permission for this action. This endpoint requires"
                + " the '" + permission + "' permission.", OAUTH, 10, null);
    }

    // --- throttling and outages -----------------------------------------------------------------------

    /**
     * Instagram business use case limit (code 80002, https://developers.facebook.com/docs/graph-api/overview/rate-limiting).
     * Status, type and subcode as in recorded BUC throttling bodies (singer-io/tap-facebook#192,
     * airbytehq/airbyte#10655: 400, OAuthException, error_subcode 2446079); message from Meta's error tables.
     */
    public static GraphError instagramThrottled() {
        return new GraphError(400, "(#80002) There have been too many calls to this Instagram account. Wait a bit and"
                + " try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.",
                OAUTH, 80002, 2446079);
    }

    /**
     * Platform throttling (https://developers.facebook.com/docs/graph-api/overview/rate-limiting, "Error Codes"):
     * 4 application, 17 user, 32 Page, 613 calls within one hour. Messages as in recorded bodies
     * (NikolayRys/Likely#88 for #4, hellowin/kanca#227 for #17, facebookarchive/php-graph-sdk#634 for #32);
     * #4 travels with HTTP 403 (facebook/facebook-android-sdk#582), the others with 400 like 80002.
     */
    public static GraphError applicationThrottled() {
        return new GraphError(403, "(#4) Application request limit reached", OAUTH, 4, null, true);
    }

    public static GraphError userThrottled() {
        return new GraphError(400, "(#17) User request limit reached", OAUTH, 17, 2446079, true);
    }

    public static GraphError pageThrottled() {
        return new GraphError(400, "(#32) Page request limit reached", OAUTH, 32, null, true);
    }

    public static GraphError apiThrottled() {
        return new GraphError(400, "(#613) Calls to this api have exceeded the rate limit.", OAUTH, 613, null, true);
    }

    /** Meta's temporary failure, as recorded with HTTP 500 in Trustroots/trustroots#673: code 2, is_transient. */
    public static GraphError temporarilyUnavailable() {
        return new GraphError(500, "An unexpected error has occurred. Please retry your request later.", OAUTH, 2, null,
                true);
    }

    // --- /oauth/access_token ------------------------------------------------------------------------
    // Bodies as recorded from graph.facebook.com: nov/fb_graph#204 (101), facebookarchive/php-graph-sdk#274
    // (191) and #538 (code 1), nov/fb_graph2#98 (redirect_uri mismatch); subcodes from the error-handling guide.

    public static GraphError missingParameter(String name) {
        int code = switch (name) {
            case "client_id" -> 101;
            case "redirect_uri" -> 191;
            case "client_secret" -> 1;
            default -> 100;
        };
        return new GraphError(400, "Missing " + name + " parameter.", OAUTH, code, null);
    }

    public static GraphError invalidApplicationId() {
        return new GraphError(400, "Error validating application. Invalid application ID.", OAUTH, 101, null);
    }

    public static GraphError invalidClientSecret() {
        return new GraphError(400, "Error validating client secret.", OAUTH, 1, null);
    }

    public static GraphError malformedCode() {
        return new GraphError(400, "Invalid verification code format.", OAUTH, 100, null);
    }

    public static GraphError codeExpired() {
        return new GraphError(400, "This authorization code has expired.", OAUTH, 100, 36007);
    }

    public static GraphError redirectMismatch() {
        return new GraphError(400, "Error validating verification code. Please make sure your redirect_uri is identical"
                + " to the one you used in the OAuth dialog request", OAUTH, 100, 36008);
    }

    public static GraphError codeUsed() {
        return new GraphError(400, "This authorization code has been used.", OAUTH, 100, 36009);
    }

    public static GraphError unsupportedGrantType(String grantType) {
        return new GraphError(400, "(#100) Unsupported grant_type: " + grantType, OAUTH, 100, null);
    }
}
