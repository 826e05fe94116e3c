package io.igstudio.shared.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps the embedded H2 database to its owner (issue 15): the data folder is 0700, the database files
 * 0600, and the database user has a password generated on the first start and stored, 0600, beside the
 * database ({@code igstudio.password} next to {@code igstudio.mv.db}). A database created before this
 * (empty password) gets the generated password on its next start. Only for the default user: an
 * operator who configures a user and password keeps them.
 */
final class EmbeddedDatabaseFiles {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseFiles.class.getName());
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path database;

    private EmbeddedDatabaseFiles(Path database) {
        this.database = database;
    }

    /** The database's base path (without {@code .mv.db}), when the URL names a local file. */
    static Optional<EmbeddedDatabaseFiles> of(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:h2:".length());
        int semicolon = name.indexOf(';');
        name = semicolon < 0 ? name : name.substring(0, semicolon);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^[a-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:...: no local file of ours
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(new EmbeddedDatabaseFiles(Path.of(name).toAbsolutePath()));
    }

    Path passwordFile() {
        return database.resolveSibling(database.getFileName() + ".password");
    }

    /** Creates the folder (0700) and returns the password, generating and storing it on the first start. */
    String preparePassword(String url, String user) {
        try {
            Path folder = database.getParent();
            Files.createDirectories(folder);
            restrict(folder, OWNER_ONLY_DIR);
            Path file = passwordFile();
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            if (Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
                // created by an older IG Studio with an empty password: give it the new one
                try (var connection = DriverManager.getConnection(url, user, "");
                     var statement = connection.createStatement()) {
                    statement.execute("ALTER USER \"" + user.toUpperCase().replace("\"", "") + "\" SET PASSWORD '"
                            + password + "'");
                } catch (SQLException e) {
                    throw new IllegalStateException("The embedded database " + database + " has a password, but "
                            + file + " is missing: restore it or set IGSTUDIO_DB_PASSWORD", e);
                }
            }
            Files.writeString(file, password, StandardCharsets.US_ASCII);
            restrict(file, OWNER_ONLY_FILE);
            LOG.info(() -> "Generated the embedded database's password in " + file);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database folder of " + database, e);
        }
    }

    /** Every file of this database (data, lock, trace, password) readable by its owner only. */
    void restrictFiles() {
        String prefix = database.getFileName() + ".";
        try (Stream<Path> files = Files.list(database.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix)).forEach(f -> restrict(f, OWNER_ONLY_FILE));
        } catch (IOException e) {
            LOG.warning(() -> "Cannot restrict the permissions of " + database + ".*: " + e.getMessage());
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (or gone meanwhile): nothing more to do
        }
    }
}
