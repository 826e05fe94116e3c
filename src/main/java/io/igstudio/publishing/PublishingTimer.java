package io.igstudio.publishing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pipeline's heartbeat: a non-persistent tick (Payara Micro keeps persistent timers in Hazelcast, not
 * in the database) that claims due posts and hands each to a worker of a bounded pool
 * ({@code igstudio.publishing.workers}, on the default managed executor). A worker steps its post, then claims
 * the next due post itself (the same one again when its step left it due), until nothing is due: a burst of
 * scheduled posts goes out at the pool's pace, not the tick's. The state lives in the database, so any number
 * of instances can tick at once: every claim is made under row locks ({@link PostStore#claimDue}) and moves
 * the post's due time past a lease, so one post is stepped by one worker of one instance at a time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishingTimer {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(PublishingTimer.class.getName());
    /** Longer than one step takes (a resumable upload included), so two workers never hold one post. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    PostStore store;

    @Inject
    Pipeline pipeline;

    @Resource
    ManagedExecutorService executor;

    /** Posts stepped at once by this instance; each worker holds one post at a time. */
    @Inject
    @ConfigProperty(name = "igstudio.publishing.workers", defaultValue = "16")
    int workers;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private Semaphore idle;
    /** Posts a worker of this instance is stepping: a second claim of one (it cannot happen while its lease holds) is not stepped. */
    private final Set<String> stepping = ConcurrentHashMap.newKeySet();

    // on the method too: the class-level attribute did not reach this (non-public) timeout method, which ran a whole
    // tick in one transaction, so a step's progress was committed only at the tick's end
    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (stopping || !running.compareAndSet(false, true)) {
            return; // the previous tick is still handing out work
        }
        try {
            Semaphore free = idle();
            int n = free.drainPermits();
            if (n == 0) {
                return; // every worker is busy, and each claims more when it is done
            }
            List<String> claimed;
            try {
                claimed = store.claimDue(clock.instant(), n, LEASE);
            } finally {
                // the workers not needed now, and all of them when the claim failed
                free.release(n);
            }
            for (String postId : claimed) {
                if (!free.tryAcquire()) {
                    // cannot happen (only this non-overlapping tick starts workers): the post waits for its lease
                    LOG.warning("No idle publishing worker for claimed post " + postId);
                    continue;
                }
                try {
                    executor.execute(() -> work(postId));
                } catch (RejectedExecutionException e) {
                    free.release();
                    LOG.log(Level.WARNING, "Publishing worker refused; post " + postId + " waits for its lease", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing tick failed", e);
        } finally {
            running.set(false);
        }
    }

    /** One worker: steps its claimed post, then claims the next due one, until nothing is due. */
    private void work(String first) {
        try {
            String postId = first;
            while (postId != null) {
                if (stepping.add(postId)) {
                    try {
                        pipeline.step(postId);
                    } finally {
                        stepping.remove(postId);
                    }
                } else {
                    LOG.warning("Post " + postId + " claimed again while a worker steps it; not stepped twice");
                }
                postId = stopping ? null : store.claimDue(clock.instant(), 1, LEASE).stream().findFirst().orElse(null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing worker failed", e);
        } finally {
            idle().release();
        }
    }

    private synchronized Semaphore idle() {
        if (idle == null) {
            idle = new Semaphore(Math.max(1, workers));
        }
        return idle;
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
