package io.igstudio.admin;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.security.SignedInSessions;
import io.igstudio.shared.infra.ApplicationDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;

/** What the System page shows: version, uptime, database and migration, sandbox, health checks. */
@ApplicationScoped
public class SystemStatus {

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MetaPlatform meta;

    @Inject
    ServletContext servletContext;

    @Inject
    SignedInSessions sessions;

    @Inject
    @Any
    Instance<HealthCheck> checks;

    public record Check(String name, boolean up) {
    }

    public record Status(String version, Instant startedAt, String uptime, String database, String migration,
                         boolean sandbox, String apiVersion, int peopleSignedIn, List<Check> checks) {
    }

    public Status read() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        Duration up = Duration.ofMillis(runtime.getUptime());
        List<Check> health = new ArrayList<>();
        for (HealthCheck check : checks) {
            try {
                HealthCheckResponse r = check.call();
                health.add(new Check(r.getName(), r.getStatus() == HealthCheckResponse.Status.UP));
            } catch (RuntimeException e) {
                health.add(new Check(check.getClass().getSimpleName(), false));
            }
        }
        return new Status(version(), Instant.ofEpochMilli(runtime.getStartTime()),
                up.toDays() + " d " + up.toHoursPart() + " h " + up.toMinutesPart() + " min", database(), migration(),
                meta.isSandbox(), meta.apiVersion(), sessions.people(), health);
    }

    private String version() {
        try (InputStream in = servletContext.getResourceAsStream("/META-INF/maven/io.igstudio/igstudio/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (Exception e) {
            // fall through
        }
        return java.util.Objects.requireNonNullElse(getClass().getPackage().getImplementationVersion(), "unknown");
    }

    private String database() {
        try (Connection c = dataSource.getConnection()) {
            var m = c.getMetaData();
            return m.getDatabaseProductName() + " " + m.getDatabaseProductVersion();
        } catch (Exception e) {
            return "unreachable (" + e.getClass().getSimpleName() + ")";
        }
    }

    private String migration() {
        try {
            var current = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                    .locations("classpath:db/migration").table("flyway_schema_history").load().info().current();
            return current == null ? "none" : "V" + current.getVersion() + " " + current.getDescription();
        } catch (RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }
}
