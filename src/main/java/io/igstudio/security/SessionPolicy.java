package io.igstudio.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;

/**
 * How long sessions live and how many there are. The idle timeout comes from
 * {@code igstudio.session.idle-minutes} (web.xml's value is only the fallback); the session cookie is
 * {@code Secure} whenever the base URL is https, also when a TLS proxy in front speaks plain HTTP to
 * Payara. The number of open sessions is the gauge {@code igstudio_sessions_active} at /metrics, so that
 * operators (and tests) can see that anonymous visitors cost none.
 */
@WebListener
public class SessionPolicy implements ServletContextListener, HttpSessionListener {

    private static final AtomicLong ACTIVE = new AtomicLong();
    /**
     * A session that nobody signed in to yet (a Facebook dialog or a form in progress) ends after this
     * many idle seconds at most; signing in gives it the configured idle time.
     */
    static final int ANONYMOUS_SECONDS = 10 * 60;
    private static volatile int signedInSeconds = 30 * 60;

    @Inject
    @ConfigProperty(name = "igstudio.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "igstudio.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        context.setSessionTimeout(Math.max(1, idleMinutes));
        signedInSeconds = Math.max(1, idleMinutes) * 60;
        if (SecurityHeaders.isHttps(baseUrl)) {
            context.getSessionCookieConfig().setSecure(true);
        }
        metrics.gauge(Metadata.builder().withName("igstudio_sessions_active")
                .withDescription("Open HTTP sessions (signed-in people and forms in progress)").build(),
                ACTIVE, AtomicLong::get);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
        event.getSession().setMaxInactiveInterval(Math.min(ANONYMOUS_SECONDS, signedInSeconds));
    }

    /** Called for every signed-in request: the session now lives for the configured idle time. */
    static void signedIn(HttpSession session) {
        if (session.getMaxInactiveInterval() != signedInSeconds) {
            session.setMaxInactiveInterval(signedInSeconds);
        }
        SignedInSessions.remember(session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
        SignedInSessions.forget(event.getSession());
    }
}
