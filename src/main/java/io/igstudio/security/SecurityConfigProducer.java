package io.igstudio.security;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.users.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.pac4j.core.authorization.authorizer.IsAuthenticatedAuthorizer;
import org.pac4j.core.config.Config;
import org.pac4j.core.matching.matcher.PathMatcher;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.oauth.profile.facebook.FacebookProfile;

/**
 * The pac4j configuration: one Facebook client, one authorizer, one matcher. Named explicitly so that
 * pac4j does not add its own CSRF check next to Krazo's.
 */
@ApplicationScoped
public class SecurityConfigProducer {

    static final String AUTHORIZER = "signedIn";
    static final String MATCHER = "pages";
    static final String USER_ID = "igstudio_user_id";

    @Produces
    @ApplicationScoped
    Config pac4jConfig(MetaPlatform meta, UserDirectory users, Event<FacebookAuthorized> authorized) {
        MetaFacebookClient facebook = new MetaFacebookClient(meta);
        facebook.addAuthorizationGenerator((ctx, profile) -> {
            FacebookProfile fb = (FacebookProfile) profile;
            var session = ctx.sessionStore();
            var intent = session.get(ctx.webContext(), ConnectIntent.SESSION_KEY)
                    .filter(ConnectIntent.class::isInstance).map(ConnectIntent.class::cast);
            session.set(ctx.webContext(), ConnectIntent.SESSION_KEY, null);

            // connecting while signed in links the Facebook login to the current user; otherwise sign in
            String userId = intent.map(ConnectIntent::ownerUserId).orElse(null);
            if (userId == null) {
                userId = users.signIn(fb.getId(), displayName(fb), fb.getEmail()).id();
            }
            fb.addAttribute(USER_ID, userId);
            if (intent.isPresent() && fb.getAccessToken() != null) {
                authorized.fire(new FacebookAuthorized(userId, fb.getId(), displayName(fb),
                        fb.getAccessToken(), intent.get().scopes()));
            }
            // the login token is not kept in the session; connected accounts keep their own, encrypted
            fb.removeAttribute("access_token");
            // the callback renews the session id; the CSRF token an anonymous visitor saw goes too
            if (ctx.webContext() instanceof JEEContext jee) {
                LazyCsrfTokens.forget(jee.getNativeRequest().getSession(false));
            }
            return Optional.of(fb);
        });

        Config config = new Config(facebook);
        config.addAuthorizer(AUTHORIZER, new IsAuthenticatedAuthorizer());
        // the pages guard only hands signed-out requests for signed-in pages to pac4j
        config.addMatcher(MATCHER, new PathMatcher());
        // initialised here, once (CDI creates an application-scoped bean under a lock), not lazily by the first
        // requests: pac4j's InitializableObject lets a second thread through while the first one initialises
        // ("too soon after the last attempt") and that request fails with a NullPointerException (the client's
        // AJAX resolver not set yet). Seen as 500s to concurrent first requests after a start (issue 17 noted it).
        config.getClients().init();
        facebook.init();
        return config;
    }

    private static String displayName(FacebookProfile fb) {
        return fb.getDisplayName() == null ? "Facebook user " + fb.getId() : fb.getDisplayName();
    }
}
