package io.igstudio.sandbox.control;

import io.igstudio.comments.CommentPoller;
import io.igstudio.graph.GraphCache;
import io.igstudio.graph.GraphUsage;
import io.igstudio.insights.SnapshotTimer;
import io.igstudio.sandbox.comments.CommentFeed;
import io.igstudio.sandbox.graph.AppUsage;
import io.igstudio.sandbox.publishing.PublishingControls;
import io.igstudio.sandbox.store.Grants;
import io.igstudio.security.SignedInSessions;
import io.igstudio.security.TokenCallLimit;
import io.igstudio.users.AdminRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a restart of IG Studio forgets, forgotten without one: every in-memory cache, rate-limit book, usage window,
 * test control and session. The integration tests share one Payara Micro process between test classes and call
 * this between them ({@code POST /sandbox/meta/_control/fresh-start}), so each class starts as it did on a process
 * of its own; what lives in the database stays, as it did. Sandbox mode only.
 */
@ApplicationScoped
public class FreshStart {

    @Inject
    GraphCache cache;
    @Inject
    GraphUsage usage;
    @Inject
    GraphStats stats;
    @Inject
    InstagramUsage instagramUsage;
    @Inject
    AppUsage appUsage;
    @Inject
    CommentFeed commentFeed;
    @Inject
    CommentPoller commentPoller;
    @Inject
    SnapshotTimer snapshots;
    @Inject
    TokenCallLimit tokenCalls;
    @Inject
    SignedInSessions sessions;
    @Inject
    PublishingControls publishing;
    @Inject
    AdminRole admins;
    @Inject
    AccountControls controls;
    @Inject
    Grants grants;

    /** Forgets it all; answers how many sessions were ended. */
    public int forgetAll() {
        cache.forgetAll();
        usage.forgetAll();
        stats.forgetAll();
        instagramUsage.reset();
        appUsage.forgetAll();
        commentFeed.forgetAll();
        commentPoller.forgetAll();
        snapshots.forgetAll();
        tokenCalls.forgetAll();
        publishing.forgetAll();
        controls.forgetAll();
        grants.forgetAll();
        admins.forget();
        return sessions.signOutEveryone();
    }
}
