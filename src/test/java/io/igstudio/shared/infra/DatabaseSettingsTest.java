package io.igstudio.shared.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which database IG Studio uses, and that its passwords never reach a log line. The tests set the
 * system properties (which win over the environment variables); they assume IGSTUDIO_DB_* are not set
 * in the test JVM's environment.
 */
class DatabaseSettingsTest {

    private static final String[] KEYS = {"igstudio.db.url", "igstudio.db.user", "igstudio.db.password"};
    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void saveProperties() {
        for (String key : KEYS) {
            saved.put(key, System.getProperty(key));
            System.clearProperty(key);
        }
    }

    @AfterEach
    void restoreProperties() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void withoutConfigurationTheEmbeddedFileInTheHomeDirectoryIsUsed() {
        assumeTrue(System.getenv("IGSTUDIO_DB_URL") == null, "IGSTUDIO_DB_URL is set in this environment");
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();

        assertTrue(settings.embedded());
        String expectedFile = Path.of(System.getProperty("user.home"), ".igstudio", "data", "igstudio").toString();
        // no AUTO_SERVER: it would open a TCP port on every interface
        assertEquals("jdbc:h2:file:" + expectedFile, settings.url());
        assertEquals("", settings.user());
        assertEquals("", settings.password());
    }

    @Test
    void configuredServerWinsAndIsTrimmed() {
        System.setProperty("igstudio.db.url", " jdbc:mysql://db:3306/igstudio ");
        System.setProperty("igstudio.db.user", "studio");
        System.setProperty("igstudio.db.password", "s3cret");

        DatabaseSettings settings = DatabaseSettings.fromEnvironment();

        assertFalse(settings.embedded());
        assertEquals("jdbc:mysql://db:3306/igstudio", settings.url());
        assertEquals("studio", settings.user());
        assertEquals("s3cret", settings.password());
    }

    @Test
    void blankSettingsFallBackToTheEmbeddedDatabase() {
        System.setProperty("igstudio.db.url", "   ");

        assertTrue(DatabaseSettings.fromEnvironment().embedded());
    }

    @Test
    void embeddedUrlMakesAnH2DataSourceWithADefaultUser() {
        var dataSource = new DatabaseSettings("jdbc:h2:mem:x", "", "").createDataSource();

        JdbcDataSource h2 = assertInstanceOf(JdbcDataSource.class, dataSource);
        assertEquals("jdbc:h2:mem:x;QUERY_CACHE_SIZE=256", h2.getURL());
        assertEquals("igstudio", h2.getUser());
    }

    @ParameterizedTest
    @CsvSource({"jdbc:mysql://db:3306/igstudio", "jdbc:mariadb://db:3306/igstudio"})
    void mysqlAndMariaDbUrlsMakeAMysqlDataSource(String url) {
        var dataSource = new DatabaseSettings(url, "studio", "pw").createDataSource();

        MysqlDataSource mysql = assertInstanceOf(MysqlDataSource.class, dataSource);
        assertTrue(mysql.getURL().startsWith("jdbc:mysql://db:3306/igstudio?cachePrepStmts=true&"), mysql.getURL());
        assertEquals("studio", mysql.getUser());
    }

    @Test
    void unsupportedDatabaseIsRefusedWithoutShowingThePassword() {
        var settings = new DatabaseSettings("jdbc:postgresql://db/igstudio?password=hunter2", "u", "p");

        var e = assertThrows(IllegalStateException.class, settings::createDataSource);
        assertTrue(e.getMessage().contains("jdbc:mysql://"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:mysql://db:3306/igstudio?user=studio&password=hunter2&useSSL=true"
                    + "|jdbc:mysql://db:3306/igstudio?user=studio&password=***&useSSL=true",
            "jdbc:mysql://studio:hunter2@db:3306/igstudio|jdbc:mysql://***@db:3306/igstudio",
            "jdbc:h2:file:/data/igstudio;USER=sa;PASSWORD=hunter2;AUTO_SERVER=TRUE"
                    + "|jdbc:h2:file:/data/igstudio;USER=sa;PASSWORD=***;AUTO_SERVER=TRUE",
            "jdbc:mysql://db/igstudio?PWD=hunter2|jdbc:mysql://db/igstudio?PWD=***",
            "jdbc:mysql://db:3306/igstudio|jdbc:mysql://db:3306/igstudio"})
    void safeUrlHidesPasswords(String url, String expected) {
        String safe = new DatabaseSettings(url, "", "also-secret").safeUrl();

        assertEquals(expected, safe);
        assertFalse(safe.contains("hunter2"));
    }

    @Test
    void statementCachesAreAddedUnlessTheUrlSetsThem() {
        assertEquals("jdbc:h2:file:/d/x;QUERY_CACHE_SIZE=16", DatabaseSettings.tuned("jdbc:h2:file:/d/x;QUERY_CACHE_SIZE=16"));
        String mysql = DatabaseSettings.tuned("jdbc:mysql://db/igstudio?useSSL=true&cachePrepStmts=false");
        assertTrue(mysql.startsWith("jdbc:mysql://db/igstudio?useSSL=true&cachePrepStmts=false&useServerPrepStmts=true&"),
                mysql);
        assertFalse(mysql.contains("cachePrepStmts=true"), mysql);
        assertTrue(mysql.contains("&useLocalSessionState=true"), mysql);
    }

    @Test
    void connectorJOpensNoTracingSpansUnlessTheUrlAsks() {
        assertTrue(DatabaseSettings.tuned("jdbc:mysql://db/igstudio").contains("openTelemetry=DISABLED"));
        String traced = DatabaseSettings.tuned("jdbc:mysql://db/igstudio?openTelemetry=PREFERRED");
        assertFalse(traced.contains("DISABLED"), traced);
    }
}
