package io.igstudio.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.pac4j.core.config.Config;
import org.pac4j.jee.filter.CallbackFilter;
import org.pac4j.jee.filter.SecurityFilter;

/**
 * Registers every security filter in one place, in order: sign-in problems are caught around pac4j's
 * callback, then pac4j handles the callback and guards the signed-in pages.
 */
@WebListener
public class SecurityFilters implements ServletContextListener {

    @Inject
    Config config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        var requests = EnumSet.of(DispatcherType.REQUEST);

        context.addFilter("signInProblems", new SignInProblemFilter())
                .addMappingForUrlPatterns(requests, false, "/callback/*");

        CallbackFilter callback = new CallbackFilter(config, "/dashboard");
        callback.setRenewSession(true);
        context.addFilter("pac4jCallback", callback)
                .addMappingForUrlPatterns(requests, false, "/callback/*");

        SecurityFilter pages = new SecurityFilter(config, MetaFacebookClient.NAME,
                SecurityConfigProducer.AUTHORIZER, SecurityConfigProducer.MATCHER);
        context.addFilter("pac4jSecurity", pages)
                .addMappingForUrlPatterns(requests, false, "/*");
    }
}
