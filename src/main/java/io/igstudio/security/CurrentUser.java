package io.igstudio.security;

import io.igstudio.users.SignedInUser;
import io.igstudio.users.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.core.util.Pac4jConstants;

/**
 * The person behind this request, as our own {@link SignedInUser}. Features depend on this, never on
 * pac4j. Templates see it as {@code currentUser}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    UserDirectory users;

    private Optional<SignedInUser> user;

    public Optional<SignedInUser> get() {
        if (user == null) {
            user = userId().flatMap(users::find);
        }
        return user;
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    /** The signed-in user; callers behind the pac4j guard may rely on it. */
    public SignedInUser require() {
        return get().orElseThrow(NotSignedInException::new);
    }

    public String getName() {
        return get().map(SignedInUser::name).orElse("");
    }

    public boolean isAdmin() {
        return get().map(SignedInUser::admin).orElse(false);
    }

    private Optional<String> userId() {
        var session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        // where pac4j's JEESessionStore keeps the profiles saved by the callback
        if (session.getAttribute(Pac4jConstants.USER_PROFILES) instanceof Map<?, ?> profiles) {
            return profiles.values().stream()
                    .filter(UserProfile.class::isInstance)
                    .map(p -> ((UserProfile) p).getAttribute(SecurityConfigProducer.USER_ID))
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .findFirst();
        }
        return Optional.empty();
    }

    /** Ends the session: the pac4j profile lives in it and goes with it. */
    public void signOut() {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        user = Optional.empty();
    }
}
