package io.igstudio.research;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily snapshot of compared accounts: an hourly, non-persistent tick that takes the day's numbers of every
 * account without them (so a restart or a missed hour catches up, and the day is never taken twice).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CompareSnapshotTimer {

    private static final Logger LOG = Logger.getLogger(CompareSnapshotTimer.class.getName());

    @Inject
    Comparisons comparisons;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "17", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            comparisons.snapshotAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Snapshot of compared accounts failed", e);
        } finally {
            running.set(false);
        }
    }
}
