package io.igstudio.admin;

import io.igstudio.graph.GraphUsage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples the rate-limit books ({@link GraphUsage}) into {@code usage_sample}: a reading is stored when it
 * changed, and at least every 10 minutes, so that a flat day costs 150 rows per account, not 1,440. Kept
 * for 7 days. The chart reads the last 24 hours.
 */
@Stateless
public class UsageHistory {

    static final Duration HEARTBEAT = Duration.ofMinutes(10);
    static final Duration KEPT = Duration.ofDays(7);
    static final Duration WINDOW = Duration.ofHours(24);

    private record Last(int percent, int calls, Instant at) {
    }

    /** The last stored reading per series (key "" is the app), shared by the pool's instances. */
    private static final Map<String, Last> LAST = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GraphUsage usage;

    public void sample() {
        Instant now = clock.instant();
        store(null, usage.appPercent(), usage.appCallsLastHour(), now);
        List<String> igUserIds = em.createQuery("select distinct a.igUserId from InstagramAccount a", String.class)
                .setMaxResults(1000).getResultList();
        for (String ig : igUserIds) {
            GraphUsage.Usage u = usage.of(ig);
            store(ig, u.accountPercent(), u.callsLastHour(), now);
        }
        em.createQuery("delete from UsageSample s where s.sampledAt < :before")
                .setParameter("before", now.minus(KEPT)).executeUpdate();
    }

    private void store(String igUserId, int percent, int calls, Instant now) {
        String key = Objects.requireNonNullElse(igUserId, "");
        Last last = LAST.get(key);
        if (last != null && last.percent() == percent && last.calls() == calls
                && last.at().plus(HEARTBEAT).isAfter(now)) {
            return;
        }
        em.persist(new UsageSample(now, igUserId, percent, calls));
        LAST.put(key, new Last(percent, calls, now));
    }

    /** The last 24 hours per series ("" is the app), oldest first. */
    public Map<String, List<UsageSample>> lastDay() {
        Map<String, List<UsageSample>> series = new LinkedHashMap<>();
        series.put("", new ArrayList<>());
        em.createQuery("select s from UsageSample s where s.sampledAt >= :since order by s.sampledAt", UsageSample.class)
                .setParameter("since", clock.instant().minus(WINDOW)).setMaxResults(20_000).getResultStream()
                .forEach(s -> series.computeIfAbsent(Objects.requireNonNullElse(s.getIgUserId(), ""),
                        k -> new ArrayList<>()).add(s));
        return series;
    }
}
