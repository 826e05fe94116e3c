package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The publishing controls' entry bean, behind the control page and {@code /sandbox/meta/_control/publishing}:
 * each account's quota, video processing time and video outcome, with its usage; failing one container.
 */
@ApplicationScoped
public class PublishingBoard {

    /** One account on the control page. */
    public record AccountPublishing(String igUserId, String username, int quotaTotal, int quotaUsage,
            int containersToday, int processingSeconds, boolean failVideos) {

        public JsonObject toJson() {
            return Jsons.createObjectBuilder().add("igUserId", igUserId).add("username", username)
                    .add("quotaTotal", quotaTotal).add("quotaUsage", quotaUsage).add("containersToday", containersToday)
                    .add("processingSeconds", processingSeconds).add("failVideos", failVideos).build();
        }
    }

    @Inject
    SandboxPeople people;

    @Inject
    PublishingControls controls;

    @Inject
    ContainerStore containers;

    @Inject
    SandboxClock clock;

    public List<AccountPublishing> accounts() {
        Instant now = clock.now();
        return people.instagramAccounts().stream().map(a -> state(a, now)).toList();
    }

    public Optional<AccountPublishing> account(String igUserId) {
        return people.instagram(igUserId).map(a -> state(a, clock.now()));
    }

    /** Null values keep the current setting; empty when there is no such account. */
    public Optional<AccountPublishing> set(String igUserId, Integer quotaTotal, Integer processingSeconds,
            Boolean failVideos) {
        return people.instagram(igUserId).map(a -> {
            controls.set(a.id(), quotaTotal, processingSeconds, failVideos);
            return state(a, clock.now());
        });
    }

    /** Ends an IN_PROGRESS container in ERROR; false when there is no such container in progress. */
    public boolean failContainer(String containerId) {
        Optional<Container> c = containers.find(containerId);
        if (c.isEmpty() || !Container.IN_PROGRESS.equals(c.get().statusAt(clock.now()))) {
            return false;
        }
        containers.failed(containerId, "Media processing failed (set through the sandbox controls).");
        return true;
    }

    private AccountPublishing state(InstagramAccount a, Instant now) {
        PublishingSettings s = controls.of(a.id());
        Instant dayAgo = now.minus(Publisher.QUOTA_DURATION);
        return new AccountPublishing(a.id(), a.username(), s.quotaTotal(), containers.publishedSince(a.id(), dayAgo),
                containers.createdSince(a.id(), dayAgo), s.processingSeconds(), s.failVideos());
    }
}
