package io.igstudio.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxAppSecretTest {

    @TempDir
    Path dir;

    @Test
    void isGeneratedOncePerInstallationReadableOnlyByItsOwner() throws Exception {
        Path file = dir.resolve("home/.igstudio/sandbox-app-secret");
        String first = SandboxAppSecret.readOrCreate(file);
        assertTrue(first.matches("[0-9a-f]{32}"), first);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, SandboxAppSecret.readOrCreate(file), "kept across restarts");
        assertNotEquals(first, SandboxAppSecret.readOrCreate(dir.resolve("other/sandbox-app-secret")),
                "another installation has another secret");
    }
}
