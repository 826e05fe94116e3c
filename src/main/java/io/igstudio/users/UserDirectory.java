package io.igstudio.users;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Finds or creates the local user behind a Facebook login. */
@Stateless
public class UserDirectory {

    @PersistenceContext
    EntityManager em;

    /**
     * Records a sign-in: the first one creates the user (and makes them an administrator when nobody
     * is yet), later ones refresh name and email.
     */
    public SignedInUser signIn(String facebookId, String name, String email) {
        Instant now = Clock.systemUTC().instant();
        User user = byFacebookId(facebookId).orElse(null);
        if (user == null) {
            user = new User(facebookId, name, email, now);
            if (em.createQuery("select count(u) from User u where u.admin = true", Long.class).getSingleResult() == 0) {
                user.grantAdmin();
            }
            em.persist(user);
        } else {
            user.signedIn(name, email, now);
        }
        return SignedInUser.of(user);
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
