package io.igstudio.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the token encryption key comes from: configuration, or a generated key file in the sandbox. */
final class KeySource {

    static final Path DEFAULT_SANDBOX_KEY_FILE = Path.of(System.getProperty("user.home"), ".igstudio",
            "sandbox-crypto.key");

    private KeySource() {
    }

    static byte[] resolve(Optional<String> configured, boolean sandbox, Path sandboxKeyFile, Consumer<String> warn) {
        if (configured.isPresent()) {
            return decode(configured.get());
        }
        if (!sandbox) {
            throw new IllegalStateException("IGSTUDIO_CRYPTO_KEY is not set: IG Studio will not store access tokens"
                    + " unencrypted. Generate one with: openssl rand -base64 32");
        }
        return sandboxKey(sandboxKeyFile, warn);
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("IGSTUDIO_CRYPTO_KEY is not valid base64 (openssl rand -base64 32)");
        }
        if (key.length != 32) {
            throw new IllegalStateException("IGSTUDIO_CRYPTO_KEY must decode to 32 bytes, not " + key.length);
        }
        return key;
    }

    private static byte[] sandboxKey(Path file, Consumer<String> warn) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file stays with default permissions
            }
            warn.accept("Sandbox mode: generated a development encryption key in " + file
                    + " (set IGSTUDIO_CRYPTO_KEY in production)");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the sandbox key file " + file, e);
        }
    }
}
