package io.igstudio.shared.infra;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Where the database is. Read from the environment ({@code IGSTUDIO_DB_URL}, {@code IGSTUDIO_DB_USER},
 * {@code IGSTUDIO_DB_PASSWORD}) or the matching system properties ({@code igstudio.db.url}, ...), because
 * the pool may open connections before MicroProfile Config has read the application's own file.
 *
 * @param url JDBC URL; {@code jdbc:h2:} for the embedded database, {@code jdbc:mysql:} or {@code jdbc:mariadb:}
 * @param user user name, may be empty
 * @param password password, may be empty; never printed
 */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * The embedded default: a file in the user's home, so that data survives a restart. No
     * {@code AUTO_SERVER}: that opens a TCP port on every interface (issue 15); see the README for
     * opening the file from another process.
     */
    public static final String EMBEDDED_URL = "jdbc:h2:file:"
            + Path.of(System.getProperty("user.home"), ".igstudio", "data", "igstudio").toAbsolutePath();

    public static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(
                setting("igstudio.db.url", EMBEDDED_URL),
                setting("igstudio.db.user", ""),
                setting("igstudio.db.password", ""));
    }

    private static String setting(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials that a careless operator may have put into it, for log lines. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***").replaceAll("//[^/@]*@", "//***@");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + safeUrl() + ", user=" + user + ", password=hidden]";
    }

    /**
     * Connector/J settings for a pooled server connection, each added unless the URL sets it: prepared statements
     * cached per connection on the server (EclipseLink prepares anew for every query), and the session's autocommit
     * and isolation tracked by the driver instead of asked or set on every checkout from the pool
     * (https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-performance-extensions.html).
     */
    static final java.util.Map<String, String> MYSQL_TUNING = new java.util.LinkedHashMap<>();

    static {
        MYSQL_TUNING.put("cachePrepStmts", "true");
        MYSQL_TUNING.put("useServerPrepStmts", "true");
        MYSQL_TUNING.put("prepStmtCacheSize", "256");
        MYSQL_TUNING.put("prepStmtCacheSqlLimit", "4096");
        MYSQL_TUNING.put("useLocalSessionState", "true");
        MYSQL_TUNING.put("cacheServerConfiguration", "true");
        MYSQL_TUNING.put("elideSetAutoCommits", "true");
        MYSQL_TUNING.put("maintainTimeStats", "false");
        // Payara ships OpenTelemetry (MicroProfile Telemetry), so Connector/J 9 opened a span for every statement
        // (1.5 % of the scheduler bench's CPU) that nothing exports; a deployer who traces sets PREFERRED in the URL
        MYSQL_TUNING.put("openTelemetry", "DISABLED");
    }

    /**
     * The URL with statement caching added. H2 keeps the last 8 parsed statements per session by default
     * ({@code QUERY_CACHE_SIZE}, https://h2database.com/html/commands.html#set_query_cache_size), fewer than one
     * request uses, so every statement was parsed again; the URL's own settings win.
     */
    static String tuned(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return url.toUpperCase(java.util.Locale.ROOT).contains("QUERY_CACHE_SIZE") ? url : url + ";QUERY_CACHE_SIZE=256";
        }
        StringBuilder tuned = new StringBuilder(url);
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        char separator = url.contains("?") ? '&' : '?';
        for (var setting : MYSQL_TUNING.entrySet()) {
            if (!lower.contains(setting.getKey().toLowerCase(java.util.Locale.ROOT) + "=")) {
                tuned.append(separator).append(setting.getKey()).append('=').append(setting.getValue());
                separator = '&';
            }
        }
        return tuned.toString();
    }

    /**
     * H2 creates its lock file anew each time the database opens, with the default permissions: called
     * after every new physical connection, so that the files stay the owner's (the folder is 0700 anyway).
     */
    void restrictEmbeddedFiles() {
        if (embedded()) {
            EmbeddedDatabaseFiles.of(url).ifPresent(EmbeddedDatabaseFiles::restrictFiles);
        }
    }

    DataSource createDataSource() {
        if (embedded()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(tuned(url));
            h2.setUser(user.isEmpty() ? "igstudio" : user);
            h2.setPassword(password);
            var files = EmbeddedDatabaseFiles.of(url);
            if (files.isPresent() && user.isEmpty() && password.isEmpty()) {
                h2.setPassword(files.get().preparePassword(url, "igstudio"));
            }
            files.ifPresent(f -> {
                // opened once here so that the files exist, then kept to the owner
                try (var connection = h2.getConnection()) {
                    f.restrictFiles();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Cannot open the embedded database " + safeUrl(), e);
                }
            });
            return h2;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            MysqlDataSource mysql = new MysqlDataSource();
            // mysql-connector-j speaks to MariaDB as well; it only accepts its own URL scheme
            mysql.setURL(tuned(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:")));
            mysql.setUser(user);
            mysql.setPassword(password);
            return mysql;
        }
        throw new IllegalStateException("Unsupported database URL " + safeUrl()
                + ": use jdbc:h2:... (embedded) or jdbc:mysql://host:3306/database");
    }
}
