package io.igstudio.sandbox;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.shared.infra.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Creates and seeds the sandbox tables after the application's own schema, only in sandbox mode, so a
 * live installation never carries simulated people. Its own history table keeps its versions apart.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class SandboxMigrations {

    static final String LOCATION = "db/sandbox";
    static final String HISTORY_TABLE = "sandbox_schema_history";

    @Inject
    DatabaseMigrations migrations;

    @Inject
    MetaPlatform meta;

    @PostConstruct
    void migrateWhenSandbox() {
        if (meta.isSandbox()) {
            migrations.migrate(LOCATION, HISTORY_TABLE);
        }
    }
}
