package io.igstudio.insights;

import io.igstudio.accounts.AccountAccess;
import io.igstudio.accounts.InstagramAccounts;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The insights history's heartbeat: a non-persistent tick (Payara Micro keeps persistent timers in Hazelcast, not
 * in the database) that takes each account's daily snapshot once per day (the database's key decides, so a restart
 * or a second instance repeats nothing) and reads active stories every {@code igstudio.insights.story-minutes}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnapshotTimer {

    private static final Logger LOG = Logger.getLogger(SnapshotTimer.class.getName());

    @Inject
    InstagramAccounts accounts;

    @Inject
    Snapshots snapshots;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "igstudio.insights.story-minutes", defaultValue = "60")
    long storyMinutes;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, Instant> storiesReadAt = new ConcurrentHashMap<>();

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (AccountAccess access : accounts.backgroundAccesses()) {
                try {
                    boolean taken = snapshots.daily(access);
                    Instant last = storiesReadAt.get(access.accountId());
                    Instant now = clock.instant();
                    if (taken) {
                        storiesReadAt.put(access.accountId(), now);
                    } else if (last == null || last.plus(Duration.ofMinutes(storyMinutes)).isBefore(now)) {
                        snapshots.stories(access);
                        storiesReadAt.put(access.accountId(), now);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Insights snapshot of " + access + " failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Insights tick failed", e);
        } finally {
            running.set(false);
        }
    }

    /** Forgets when stories were last read, as at start (the sandbox's fresh start for tests). */
    public void forgetAll() {
        storiesReadAt.clear();
    }
}
