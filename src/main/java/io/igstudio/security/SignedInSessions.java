package io.igstudio.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of each signed-in person on this instance, so that an administrator can sign someone
 * out everywhere (a suspension). Only signed-in sessions are registered, by the pages guard at their first
 * signed-in request: anonymous visitors leave nothing here. A session leaves when it ends (see
 * {@link SessionPolicy}). Other instances of a cluster keep their own registry; there the sign-in refusal of a
 * suspended person and their session's idle timeout apply.
 */
@ApplicationScoped
public class SignedInSessions {

    private static final String REGISTERED = SignedInSessions.class.getName();
    private static final String REGISTERED_USER = REGISTERED + ".user";
    private static final Map<String, Set<HttpSession>> BY_USER = new ConcurrentHashMap<>();

    /**
     * The marker holds the session id it was set under: pac4j's session renewal (a connect while signed in)
     * copies attributes into a new session, which must be registered too.
     */
    static void remember(HttpSession session) {
        if (session.getId().equals(session.getAttribute(REGISTERED))) {
            return;
        }
        CurrentUser.userIdOf(session).ifPresent(userId -> {
            BY_USER.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
            session.setAttribute(REGISTERED, session.getId());
            session.setAttribute(REGISTERED_USER, userId);
        });
    }

    static void forget(HttpSession session) {
        Object userId;
        try {
            userId = session.getAttribute(REGISTERED_USER);
        } catch (IllegalStateException invalidated) {
            userId = null;
        }
        if (userId instanceof String id) {
            BY_USER.computeIfPresent(id, (k, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        } else {
            BY_USER.values().forEach(sessions -> sessions.remove(session));
            BY_USER.values().removeIf(Set::isEmpty);
        }
    }

    /** Ends every session of this person on this instance; returns how many there were. */
    public int signOutEverywhere(String userId) {
        Set<HttpSession> sessions = BY_USER.remove(userId);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile
            }
        }
        return ended;
    }

    /** How many people have a session here (for the System page). */
    public int people() {
        return BY_USER.size();
    }

    /** Ends every session on this instance, as a restart would (the sandbox's fresh start for tests). */
    public int signOutEveryone() {
        int ended = 0;
        for (String userId : java.util.List.copyOf(BY_USER.keySet())) {
            ended += signOutEverywhere(userId);
        }
        return ended;
    }
}
