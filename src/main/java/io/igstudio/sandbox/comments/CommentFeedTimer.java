package io.igstudio.sandbox.comments;

import io.igstudio.graph.MetaPlatform;
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

/** The heartbeat of {@link CommentFeed}'s automatic comments (sandbox mode only; nothing runs otherwise). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommentFeedTimer {

    private static final Logger LOG = Logger.getLogger(CommentFeedTimer.class.getName());

    @Inject
    CommentFeed feed;

    @Inject
    MetaPlatform meta;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        if (!meta.isSandbox() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            feed.tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sandbox comment feed failed", e);
        } finally {
            running.set(false);
        }
    }
}
