package io.igstudio.security;

import io.igstudio.graph.MetaPlatform;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts access tokens before they reach the database and decrypts them for the Graph client.
 * The key comes from {@code igstudio.crypto.key} (env {@code IGSTUDIO_CRYPTO_KEY}, base64 of 32 bytes).
 * In live mode the application refuses to start without it; the sandbox generates a development key
 * once and keeps it in {@code ~/.igstudio/sandbox-crypto.key}.
 */
@ApplicationScoped
public class TokenVault {

    private static final Logger LOG = Logger.getLogger(TokenVault.class.getName());

    @Inject
    @ConfigProperty(name = "igstudio.crypto.key")
    Optional<String> configuredKey;

    @Inject
    MetaPlatform meta;

    private AesGcm cipher;

    @PostConstruct
    void init() {
        cipher = new AesGcm(KeySource.resolve(configuredKey.filter(k -> !k.isBlank()), meta.isSandbox(),
                KeySource.DEFAULT_SANDBOX_KEY_FILE, message -> LOG.warning(message)));
    }

    public String seal(String token) {
        return cipher.encrypt(token);
    }

    public String open(String sealed) {
        return cipher.decrypt(sealed);
    }
}
