package io.igstudio.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The sandbox app's secret, generated once per installation (like the sandbox encryption key) and kept in
 * a file readable only by its owner, so that nobody can mint tokens for another installation's sandbox
 * people from a constant in the source. Meta's app secrets are 32 lowercase hex digits.
 */
final class SandboxAppSecret {

    static final Path DEFAULT_FILE = Path.of(System.getProperty("user.home"), ".igstudio", "sandbox-app-secret");

    private SandboxAppSecret() {
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
                if (!secret.isEmpty()) {
                    return secret;
                }
            }
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".sandbox-app-secret", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps default permissions
            }
            Files.writeString(temp, secret, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                // two processes starting together: the first file wins, both read it
                Files.move(temp, file);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the sandbox app secret file " + file, e);
        }
    }
}
