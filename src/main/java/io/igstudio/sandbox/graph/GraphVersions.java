package io.igstudio.sandbox.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Graph API versions the sandbox serves, as graph.facebook.com does
 * (https://developers.facebook.com/docs/graph-api/guides/versioning): a call without a version is served
 * as the app's default version; a version past its end of life is served as the oldest available one;
 * a version that does not exist (yet) is an unknown path component (error 2500).
 *
 * <p>Available in November 2026: v22.0 (January 2025, two years of life) to v27.0 (November 2026,
 * https://developers.facebook.com/docs/graph-api/changelog).
 */
public final class GraphVersions {

    public static final int OLDEST = 22;
    public static final int NEWEST = 27;

    private static final Pattern VERSION = Pattern.compile("v(\\d{1,3})\\.(\\d{1,3})");

    /** What to do with the first path segment after /sandbox/meta. */
    public sealed interface Decision permits Serve, Insert, Unknown {
    }

    /** Serve under this version (maybe rewritten from one past its end). */
    public record Serve(String version) implements Decision {
    }

    /** The segment is not a version: insert the default one before it. */
    public record Insert(String version) implements Decision {
    }

    /** A version Graph does not know: error 2500. */
    public record Unknown() implements Decision {
    }

    private GraphVersions() {
    }

    public static Decision decide(String firstSegment, String defaultVersion) {
        Matcher m = VERSION.matcher(firstSegment);
        if (!m.matches()) {
            return firstSegment.startsWith("v") && firstSegment.matches("v[\\d.]+")
                    ? new Unknown() : new Insert(defaultVersion);
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major > NEWEST || minor != 0 && major >= OLDEST) {
            return new Unknown();
        }
        if (major < OLDEST) {
            return new Serve("v" + OLDEST + ".0");
        }
        return new Serve(firstSegment);
    }
}
