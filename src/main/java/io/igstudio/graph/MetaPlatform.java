package io.igstudio.graph;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which Meta the application talks to: the real one ({@code https://www.facebook.com},
 * {@code https://graph.facebook.com}) or the built-in sandbox under {@code {base-url}/sandbox/meta}.
 * Everything else (pac4j, the Graph client) reads its URLs and credentials from here, so both run the
 * same code path. Templates see it as {@code meta} (for the SANDBOX banner).
 */
@Named("meta")
@ApplicationScoped
public class MetaPlatform {

    /** The sandbox's own Meta app; the sandbox refuses any other client id. */
    public static final String SANDBOX_APP_ID = "100000000000001";
    public static final String SANDBOX_PATH = "/sandbox/meta";

    @Inject
    @ConfigProperty(name = "igstudio.meta.mode", defaultValue = "live")
    String mode;

    @Inject
    @ConfigProperty(name = "igstudio.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "igstudio.meta.api-version", defaultValue = "v26.0")
    String apiVersion;

    @Inject
    @ConfigProperty(name = "facebook.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "facebook.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "igstudio.meta.dialog-url", defaultValue = "https://www.facebook.com")
    String liveDialogUrl;

    @Inject
    @ConfigProperty(name = "igstudio.meta.graph-url", defaultValue = "https://graph.facebook.com")
    String liveGraphUrl;

    /** Sandbox only: where the installation's generated app secret lives (default ~/.igstudio/sandbox-app-secret). */
    @Inject
    @ConfigProperty(name = "igstudio.sandbox.app-secret-file")
    Optional<String> sandboxSecretFile;

    private volatile String sandboxSecret;

    @PostConstruct
    void check() {
        MetaModeCheck.verify(mode, clientId.filter(s -> !s.isBlank()).isPresent(),
                clientSecret.filter(s -> !s.isBlank()).isPresent(), apiVersion);
    }

    public boolean isSandbox() {
        return MetaModeCheck.SANDBOX.equalsIgnoreCase(mode.trim());
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String appId() {
        return isSandbox() ? SANDBOX_APP_ID : clientId.orElseThrow();
    }

    /** Never rendered, never logged: only pac4j and the Graph client read it. */
    public String appSecret() {
        return isSandbox() ? sandboxAppSecret() : clientSecret.orElseThrow();
    }

    /**
     * The sandbox app's secret, generated per installation ({@link SandboxAppSecret}); IG Studio in sandbox
     * mode uses it as its client secret and the sandbox checks tokens and proofs against it.
     */
    public String sandboxAppSecret() {
        String secret = sandboxSecret;
        if (secret == null) {
            synchronized (this) {
                if (sandboxSecret == null) {
                    sandboxSecret = SandboxAppSecret.readOrCreate(sandboxSecretFile.filter(f -> !f.isBlank())
                            .map(java.nio.file.Path::of).orElse(SandboxAppSecret.DEFAULT_FILE));
                }
                secret = sandboxSecret;
            }
        }
        return secret;
    }

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** For example {@code https://www.facebook.com/v26.0}; the OAuth dialog is {@code /dialog/oauth} below it. */
    public String dialogBase() {
        return (isSandbox() ? baseUrl() + SANDBOX_PATH : trim(liveDialogUrl)) + "/" + apiVersion;
    }

    /** For example {@code https://graph.facebook.com/v26.0}. */
    public String graphBase() {
        return (isSandbox() ? baseUrl() + SANDBOX_PATH : trim(liveGraphUrl)) + "/" + apiVersion;
    }

    /** The redirect URI to register in the Meta app. */
    public String callbackUrl() {
        return baseUrl() + "/callback/facebook";
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
