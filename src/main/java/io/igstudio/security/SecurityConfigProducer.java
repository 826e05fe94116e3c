package io.igstudio.security;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.users.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.pac4j.core.authorization.authorizer.IsAuthenticatedAuthorizer;
import org.pac4j.core.config.Config;
import org.pac4j.core.matching.matcher.PathMatcher;
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
    Config pac4jConfig(MetaPlatform meta, UserDirectory users) {
        MetaFacebookClient facebook = new MetaFacebookClient(meta);
        facebook.addAuthorizationGenerator((ctx, profile) -> {
            FacebookProfile fb = (FacebookProfile) profile;
            var user = users.signIn(fb.getId(), fb.getDisplayName() == null ? "Facebook user " + fb.getId()
                    : fb.getDisplayName(), fb.getEmail());
            fb.addAttribute(USER_ID, user.id());
            // the login token is not kept in the session; connecting Instagram stores its own, encrypted
            fb.removeAttribute("access_token");
            return Optional.of(fb);
        });

        Config config = new Config(facebook);
        config.addAuthorizer(AUTHORIZER, new IsAuthenticatedAuthorizer());
        config.addMatcher(MATCHER, new PathMatcher()
                .excludePath("/")
                .excludeBranch("/static")
                .excludeBranch("/webjars")
                .excludeBranch("/sandbox")
                .excludeBranch("/callback")
                .excludeBranch("/api")
                .excludeBranch("/signin/problem")
                .excludePath("/error")
                .excludePath("/favicon.ico"));
        return config;
    }
}
