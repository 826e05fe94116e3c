package io.igstudio.scheduling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** The person's time zone: first taken from the browser, then as they set it. UTC until either happens. */
@Stateless
public class Zones {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public ZoneId of(String userId) {
        return stored(userId).orElse(ZoneId.of("UTC"));
    }

    public Optional<ZoneId> stored(String userId) {
        return Optional.ofNullable(em.find(PersonZone.class, userId)).map(PersonZone::zone);
    }

    /** The browser's zone, kept only when the person has none yet. */
    public void rememberFromBrowser(String userId, String browserZone) {
        parse(browserZone).ifPresent(zone -> {
            if (em.find(PersonZone.class, userId) == null) {
                em.persist(new PersonZone(userId, zone, clock.instant()));
            }
        });
    }

    /** @return false when the zone is not a known region id */
    public boolean set(String userId, String zoneId) {
        Optional<ZoneId> zone = parse(zoneId);
        if (zone.isEmpty()) {
            return false;
        }
        PersonZone stored = em.find(PersonZone.class, userId);
        if (stored == null) {
            em.persist(new PersonZone(userId, zone.get(), clock.instant()));
        } else {
            stored.change(zone.get(), clock.instant());
        }
        return true;
    }

    static Optional<ZoneId> parse(String zoneId) {
        if (zoneId == null || zoneId.isBlank() || zoneId.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zoneId.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
