package io.igstudio.sandbox.media;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Gives every sandbox Instagram account its feed once, at the first start in sandbox mode: as many posts as
 * its {@code media_count} says, so that the profile's number and the grid agree. Later starts find the
 * rows and leave them alone, so ids, captions and timestamps stay put across restarts.
 */
@Startup
@Singleton
@DependsOn("SandboxMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class MediaSeeder {

    private static final Logger LOG = Logger.getLogger(MediaSeeder.class.getName());

    @Inject
    MetaPlatform meta;

    @Inject
    SandboxPeople people;

    @Inject
    MediaStore store;

    @PostConstruct
    void seedWhenSandbox() {
        if (!meta.isSandbox()) {
            return;
        }
        Instant now = Instant.now();
        for (InstagramAccount account : people.instagramAccounts()) {
            if (store.feedSize(account.id()) == 0) {
                var posts = MediaGenerator.feed(account.id(), account.username(), account.followersCount(),
                        (int) account.mediaCount(), now);
                store.insert(posts);
                LOG.info(() -> "Sandbox: generated " + posts.size() + " media for @" + account.username());
            }
        }
    }
}
