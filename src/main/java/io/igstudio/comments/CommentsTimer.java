package io.igstudio.comments;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The comments feature's heartbeat (non-persistent, like PublishingTimer): webhook deliveries left unprocessed
 * (a crash or a failure between storing and processing) are processed, comments the rules have not looked at are
 * screened, and, when no webhooks are configured, recent posts are polled every {@code igstudio.comments.poll-interval}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommentsTimer {

    private static final Logger LOG = Logger.getLogger(CommentsTimer.class.getName());
    /** A delivery younger than this is still being processed by the request that stored it. */
    static final Duration GRACE = Duration.ofSeconds(15);
    static final int BATCH = 20;

    @Inject
    Clock clock;

    @Inject
    CommentBook book;

    @Inject
    Webhooks webhooks;

    @Inject
    Moderation moderation;

    @Inject
    CommentPoller poller;

    @Inject
    @ConfigProperty(name = "igstudio.comments.poll-interval", defaultValue = "PT5M")
    Duration pollInterval;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastPoll = Instant.EPOCH;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            for (String id : book.pendingDeliveries(now.minus(GRACE), BATCH)) {
                webhooks.process(id);
            }
            for (StoredComment c : book.unscreened(now.minus(GRACE), BATCH)) {
                moderation.screen(new CommentBook.AccountRef(c.getAccountId(), c.getUserId(), igUserOf(c)),
                        java.util.List.of(c.getId()));
            }
            if (!webhooks.configured() && !lastPoll.plus(pollInterval).isAfter(now)) {
                lastPoll = now;
                poller.pollAll();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Comments tick failed", e);
        } finally {
            running.set(false);
        }
    }

    private String igUserOf(StoredComment c) {
        return book.allAccounts().stream().filter(a -> a.accountId().equals(c.getAccountId()))
                .map(CommentBook.AccountRef::igUserId).findFirst().orElse("");
    }
}
