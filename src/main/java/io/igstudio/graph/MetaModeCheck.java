package io.igstudio.graph;

/** The start-up rules for the Meta configuration, kept apart so that they can be unit tested. */
final class MetaModeCheck {

    static final String SANDBOX = "sandbox";
    static final String LIVE = "live";

    private MetaModeCheck() {
    }

    static void verify(String mode, boolean hasClientId, boolean hasClientSecret, String apiVersion) {
        String m = mode == null ? "" : mode.trim().toLowerCase();
        if (!m.equals(SANDBOX) && !m.equals(LIVE)) {
            throw new IllegalStateException("igstudio.meta.mode must be 'live' or 'sandbox', not '" + mode + "'");
        }
        if (apiVersion == null || !apiVersion.matches("v\\d+\\.\\d+")) {
            throw new IllegalStateException("igstudio.meta.api-version must look like v26.0, not '" + apiVersion + "'");
        }
        if (m.equals(SANDBOX) && (hasClientId || hasClientSecret)) {
            throw new IllegalStateException("The Meta sandbox refuses to start with real Meta credentials:"
                    + " unset FACEBOOK_CLIENT_ID and FACEBOOK_CLIENT_SECRET, or set IGSTUDIO_META_MODE=live");
        }
        if (m.equals(LIVE) && (!hasClientId || !hasClientSecret)) {
            throw new IllegalStateException("Live Meta needs FACEBOOK_CLIENT_ID and FACEBOOK_CLIENT_SECRET"
                    + " (or IGSTUDIO_META_MODE=sandbox to try IG Studio with the built-in Meta sandbox)");
        }
    }
}
