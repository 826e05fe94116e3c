package io.igstudio.users;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Finds or creates the local user behind a Facebook login. */
@Stateless
public class UserDirectory {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Records a sign-in: the first one creates the user, later ones refresh name and email. Nobody becomes
     * an administrator by signing in first (whoever reached a fresh installation first would own it):
     * administrators come from configuration or from another administrator, see {@link AdminRole}.
     *
     * @throws SuspendedException when an administrator suspended this person
     */
    public SignedInUser signIn(String facebookId, String name, String email) {
        Instant now = clock.instant();
        User user = byFacebookId(facebookId).orElse(null);
        if (user == null) {
            user = new User(facebookId, name, email, now);
            em.persist(user);
        } else if (user.isSuspended()) {
            throw new SuspendedException();
        } else {
            user.signedIn(name, email, now);
        }
        return SignedInUser.of(user);
    }

    /** Grants or withdraws the administrator role stored in the database (configured ones stay). */
    public void storeAdmin(String userId, boolean admin) {
        User user = em.find(User.class, userId);
        if (admin) {
            user.grantAdmin();
        } else {
            user.revokeAdmin();
        }
    }

    /** Suspends ({@code true}) or lifts a suspension; unknown ids are ignored. */
    public void suspend(String userId, boolean suspended) {
        Optional.ofNullable(em.find(User.class, userId)).ifPresent(u -> {
            if (suspended) {
                u.suspend(clock.instant());
            } else {
                u.lift();
            }
        });
    }

    public Optional<SignedInUser> find(String id) {
        return Optional.ofNullable(em.find(User.class, id)).map(SignedInUser::of);
    }

    private Optional<User> byFacebookId(String facebookId) {
        return em.createNamedQuery("User.byFacebookId", User.class)
                .setParameter("facebookId", facebookId)
                .getResultStream()
                .findFirst();
    }
}
