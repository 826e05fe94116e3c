package io.igstudio.users;

import io.igstudio.graph.MetaPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may use the admin console. An administrator is a person whose Facebook user id is listed in
 * {@code igstudio.admin.facebook-ids} (comma-separated; these cannot be revoked in the console), or who was
 * granted the role by another administrator (stored in {@code app_user.admin}). In sandbox mode the sandbox
 * person of {@code igstudio.admin.sandbox-facebook-id} (Ben Carter by default) is one too, so that the console
 * can be tried. A suspended person is never an administrator.
 *
 * <p>Asked on every admin request and every page (the nav link): answers are kept for a few seconds and
 * dropped at once when this instance changes a role.
 */
@ApplicationScoped
public class AdminRole {

    /** Ben Carter of the sandbox seed (db/sandbox/V2): he has a Page but no Instagram account. */
    public static final String SANDBOX_ADMIN = "10160000000000022";
    private static final Duration REMEMBERED = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "igstudio.admin.facebook-ids")
    Optional<String> configuredIds;

    @Inject
    @ConfigProperty(name = "igstudio.admin.sandbox-facebook-id", defaultValue = SANDBOX_ADMIN)
    String sandboxAdmin;

    @Inject
    MetaPlatform meta;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private record Answer(boolean admin, Instant until) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /** Why someone is an administrator, as the console shows it. */
    public enum Source { NONE, CONFIGURATION, SANDBOX, GRANTED }

    public boolean isAdmin(String userId) {
        if (userId == null) {
            return false;
        }
        Instant now = clock.instant();
        Answer known = answers.get(userId);
        if (known != null && known.until().isAfter(now)) {
            return known.admin();
        }
        User user = em.find(User.class, userId);
        boolean admin = user != null && source(user) != Source.NONE;
        answers.put(userId, new Answer(admin, now.plus(REMEMBERED)));
        return admin;
    }

    public Source source(User user) {
        if (user.isSuspended()) {
            return Source.NONE;
        }
        if (configured().contains(user.getFacebookId())) {
            return Source.CONFIGURATION;
        }
        if (meta.isSandbox() && user.getFacebookId().equals(sandboxAdmin.trim())) {
            return Source.SANDBOX;
        }
        return user.isAdmin() ? Source.GRANTED : Source.NONE;
    }

    public Set<String> configured() {
        return parse(configuredIds.orElse(null));
    }

    static Set<String> parse(String ids) {
        return ids == null ? Set.of() : Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Administrators who can act now (not suspended), from every source. */
    public long count() {
        java.util.List<String> ids = new java.util.ArrayList<>(configured());
        if (meta.isSandbox()) {
            ids.add(sandboxAdmin.trim());
        }
        ids.add("");
        return em.createQuery("select count(u) from User u where u.suspendedAt is null"
                        + " and (u.admin = true or u.facebookId in :ids)", Long.class)
                .setParameter("ids", ids).getSingleResult();
    }

    /** After a grant, revoke or suspension on this instance: nothing stale is answered here. */
    public void forget() {
        answers.clear();
    }
}
