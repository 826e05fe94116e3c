package io.igstudio.audit;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers the audit trail for every request. {@code igstudio.audit.trust-forwarded-for} (default false)
 * takes the address from X-Forwarded-For: only behind a reverse proxy that sets it, or anyone could write
 * any address into the log.
 */
@WebListener
public class AuditFilters implements ServletContextListener {

    @Inject
    AuditLog log;

    @Inject
    @ConfigProperty(name = "igstudio.audit.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // matched before the filters registered by security.SecurityFilters (isMatchAfter = false): pac4j's
        // callback filter answers without passing the request on, and refused admin requests are recorded too
        event.getServletContext().addFilter("auditTrail", new AuditTrail(log, trustForwardedFor))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
