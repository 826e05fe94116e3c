package io.igstudio.security;

import io.igstudio.users.AdminRole;
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

    private static final String SESSION_KEY = CurrentUser.class.getName();

    @Inject
    HttpServletRequest request;

    @Inject
    UserDirectory users;

    @Inject
    AdminRole adminRole;

    private Boolean admin;

    private Optional<SignedInUser> user;

    public Optional<SignedInUser> get() {
        if (user == null) {
            user = userId().flatMap(this::lookUp);
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

    /** Asked of {@link AdminRole} (configuration, sandbox, grants), once per request. */
    public boolean isAdmin() {
        if (admin == null) {
            admin = get().map(u -> adminRole.isAdmin(u.id())).orElse(false);
        }
        return admin;
    }

    /**
     * Our record of the person is read once per session, not on every request: what it holds (name, email,
     * administrator) changes only at a sign-in, and a sign-in starts a new session.
     */
    private Optional<SignedInUser> lookUp(String userId) {
        var session = request.getSession(false);
        if (session.getAttribute(SESSION_KEY) instanceof SignedInUser known && known.id().equals(userId)) {
            return Optional.of(known);
        }
        Optional<SignedInUser> found = users.find(userId);
        found.ifPresent(u -> session.setAttribute(SESSION_KEY, u));
        return found;
    }

    private Optional<String> userId() {
        return userIdOf(request.getSession(false));
    }

    /** Our user id in a session, where pac4j's JEESessionStore keeps the profiles saved by the callback. */
    public static Optional<String> userIdOf(jakarta.servlet.http.HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
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

    /** The person's name as this session remembers it (after their first page), for the audit log. */
    public static Optional<String> nameIn(jakarta.servlet.http.HttpSession session) {
        return session != null && session.getAttribute(SESSION_KEY) instanceof SignedInUser known
                ? Optional.of(known.name()) : Optional.empty();
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
