package io.igstudio.publishing;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Library files go when nothing needs them any more: once an hour, files uploaded more than
 * {@code igstudio.media.keep-unused-days} days ago (default 30) that no unsubmitted draft and no unpublished post
 * uses are deleted, row and bytes. People can delete an unused file at once from the library page. Two
 * instances sweeping at once is harmless: a row already gone is skipped at the next sweep.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LibraryCleanup {

    private static final Logger LOG = Logger.getLogger(LibraryCleanup.class.getName());
    static final int BATCH = 500;

    @Inject
    MediaFiles files;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "igstudio.media.keep-unused-days", defaultValue = "30")
    int keepDays;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void sweep() {
        try {
            int deleted = files.deleteUnusedBefore(clock.instant().minus(Duration.ofDays(Math.max(1, keepDays))), BATCH);
            if (deleted > 0) {
                LOG.info("Deleted " + deleted + " library files no draft or post needs");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Library sweep failed; the next one tries again", e);
        }
    }
}
