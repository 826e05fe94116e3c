package io.igstudio.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import io.igstudio.graph.MetaPlatform;
import io.igstudio.users.AdminRole;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pac4j.core.config.Config;
import org.pac4j.jee.filter.CallbackFilter;
import org.pac4j.jee.filter.SecurityFilter;

/**
 * Registers every security filter in one place, in order: sign-in problems are caught around pac4j's
 * callback, then pac4j handles the callback, and the pages guard sends signed-out visitors of signed-in
 * pages to the Facebook dialog.
 */
@WebListener
public class SecurityFilters implements ServletContextListener {

    @Inject
    Config config;

    @Inject
    MetaPlatform meta;

    @Inject
    TokenCallLimit tokenCalls;

    @Inject
    AdminRole adminRole;

    @Inject
    @ConfigProperty(name = "igstudio.metrics.token")
    Optional<String> metricsToken;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        var requests = EnumSet.of(DispatcherType.REQUEST);

        // headers first, for every answer including errors and static files
        context.addFilter("securityHeaders", new SecurityHeaders(meta.baseUrl(), meta.dialogBase()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), true, "/*");
        context.addFilter("operationsGuard", new OperationsGuard(metricsToken))
                .addMappingForUrlPatterns(requests, true, "/metrics", "/metrics/*", "/openapi", "/openapi/*");

        // isMatchAfter = true keeps the registration order: problems first, then pac4j's callback
        context.addFilter("signInProblems", new SignInProblemFilter())
                .addMappingForUrlPatterns(requests, true, "/callback/*");

        context.addFilter("callbackLimit", new CallbackLimitFilter(tokenCalls,
                r -> CurrentUser.userIdOf(r.getSession(false)).orElse(null)))
                .addMappingForUrlPatterns(requests, true, "/callback/*");

        CallbackFilter callback = new CallbackFilter(config, "/dashboard");
        callback.setRenewSession(true);
        context.addFilter("pac4jCallback", callback)
                .addMappingForUrlPatterns(requests, true, "/callback/*");

        SecurityFilter pac4j = new SecurityFilter(config, MetaFacebookClient.NAME,
                SecurityConfigProducer.AUTHORIZER, SecurityConfigProducer.MATCHER);
        context.addFilter("pagesGuard", new PagesGuard(pac4j, PublicPaths.IG_STUDIO))
                .addMappingForUrlPatterns(requests, true, "/*");
        // after the pages guard: signed-out visitors are sent to sign in, signed-in non-admins get 403
        context.addFilter("adminGuard", new AdminGuard(adminRole::isAdmin))
                .addMappingForUrlPatterns(requests, true, "/admin", "/admin/*");
    }
}
