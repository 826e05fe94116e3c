package io.igstudio.shared.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database is its owner's alone: folder 0700, files 0600, a generated password (issue 15). */
class EmbeddedDatabaseFilesTest {

    @TempDir
    Path home;

    @Test
    void theFirstStartGeneratesAPasswordAndKeepsFilesToTheOwner() throws Exception {
        Path folder = home.resolve("data");
        String url = "jdbc:h2:file:" + folder.resolve("igstudio");

        try (var connection = new DatabaseSettings(url, "", "").createDataSource().getConnection()) {
            assertTrue(connection.isValid(1));
        }

        Path password = folder.resolve("igstudio.password");
        assertTrue(Files.exists(password), "password stored beside the database");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> assertEquals("rw-------", permissions(f), f.toString()));
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "igstudio", "").close(),
                "an empty password no longer opens it");
        String stored = Files.readString(password).trim();
        assertTrue(stored.length() >= 32, "a long random password");
        DriverManager.getConnection(url, "igstudio", stored).close();
    }

    @Test
    void aDatabaseOfAnOlderVersionWithoutPasswordGetsOne() throws Exception {
        Path folder = home.resolve("old");
        String url = "jdbc:h2:file:" + folder.resolve("igstudio");
        DriverManager.getConnection(url, "igstudio", "").close();

        new DatabaseSettings(url, "", "").createDataSource().getConnection().close();

        String stored = Files.readString(folder.resolve("igstudio.password")).trim();
        DriverManager.getConnection(url, "igstudio", stored).close();
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "igstudio", "").close());
    }

    @Test
    void onlyLocalFilesAreManaged() {
        assertFalse(EmbeddedDatabaseFiles.of("jdbc:h2:mem:x").isPresent());
        assertFalse(EmbeddedDatabaseFiles.of("jdbc:h2:tcp://db/x").isPresent());
        assertEquals(Path.of("/srv/db/igstudio.password"),
                EmbeddedDatabaseFiles.of("jdbc:h2:file:/srv/db/igstudio;AUTO_SERVER=TRUE").orElseThrow().passwordFile());
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
