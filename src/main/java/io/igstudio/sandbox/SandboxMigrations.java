package io.igstudio.sandbox;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.shared.infra.ApplicationDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and seeds the sandbox tables after the application's own schema, only in sandbox mode, so a
 * live installation never carries simulated people. Its own history table keeps its versions apart.
 *
 * <p>Why not {@code DatabaseMigrations.migrate("db/sandbox", "sandbox_schema_history")}: that helper sets
 * {@code baselineOnMigrate(false)}, and Flyway refuses a second history table in a schema that already
 * holds the application's tables ("Found non-empty schema(s) ... but no schema history table"). A second
 * migration set needs a baseline below its first version, as here. Once the helper offers that, call it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SandboxMigrations {

    private static final Logger LOG = Logger.getLogger(SandboxMigrations.class.getName());
    static final String LOCATION = "db/sandbox";
    static final String HISTORY_TABLE = "sandbox_schema_history";

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MetaPlatform meta;

    @PostConstruct
    void migrateWhenSandbox() {
        if (!meta.isSandbox()) {
            return;
        }
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .table(HISTORY_TABLE)
                // the schema already holds the application's tables: start this history below V1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.log(Level.INFO, "Migrations {0}: {1} applied, schema at version {2}",
                new Object[] {LOCATION, result.migrationsExecuted, result.targetSchemaVersion});
    }
}
