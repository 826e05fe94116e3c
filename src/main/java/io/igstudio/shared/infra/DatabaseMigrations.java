package io.igstudio.shared.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. A database that cannot be
 * reached stops the deployment with one log line naming the URL and the reason.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrateOnStartup() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        try (Connection probe = dataSource.getConnection()) {
            String product = probeProduct(probe);
            LOG.info(() -> "Database: " + settings.safeUrl() + " (" + product + ")");
        } catch (SQLException | RuntimeException e) {
            String line = "Database " + settings.safeUrl() + " cannot be reached: " + rootMessage(e);
            LOG.severe(line);
            throw new IllegalStateException(line);
        }
        migrate("db/migration", "flyway_schema_history");
    }

    /**
     * Runs one set of versioned migrations; the sandbox keeps its own set and history table. A set that
     * arrives in a schema that already holds other tables starts its history below its V1 (baseline 0),
     * because Flyway otherwise refuses a non-empty schema without a history table.
     */
    public void migrate(String location, String historyTable) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.log(Level.INFO, "Migrations {0}: {1} applied, schema at version {2}",
                new Object[] {location, result.migrationsExecuted, result.targetSchemaVersion});
    }

    private static String probeProduct(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
