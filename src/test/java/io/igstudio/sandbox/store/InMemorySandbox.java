package io.igstudio.sandbox.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The sandbox's tables in an in-memory H2, migrated and seeded as in the app, for tests of the sandbox's stores. */
public final class InMemorySandbox {

    private InMemorySandbox() {
    }

    /** A fresh database per {@code name}, kept while the test JVM runs. */
    public static SandboxDatabase database(String name) throws ReflectiveOperationException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/sandbox").table("sandbox_schema_history").load()
                .migrate();
        SandboxDatabase db = new SandboxDatabase();
        var field = SandboxDatabase.class.getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(db, h2);
        return db;
    }

    /** The sandbox's people, read from {@code db}. */
    public static SandboxPeople people(SandboxDatabase db) throws ReflectiveOperationException {
        SandboxPeople people = new SandboxPeople();
        var field = SandboxPeople.class.getDeclaredField("db");
        field.setAccessible(true);
        field.set(people, db);
        return people;
    }
}
