package io.igstudio.sandbox.publishing;

import io.igstudio.sandbox.store.KeptRows;
import io.igstudio.sandbox.store.SandboxDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The publishing controls per account ({@code sandbox_publishing_control}); an account without a row has the
 * configured defaults: {@code igstudio.sandbox.publishing-quota} posts per 24 hours (Meta's pages say 100 in one
 * place and 50 in another, graph-api-facts.md: apps must read it, so the sandbox makes it settable) and
 * {@code igstudio.sandbox.video-processing-seconds} of video processing.
 */
@ApplicationScoped
public class PublishingControls {

    @Inject
    SandboxDatabase db;

    @Inject
    @ConfigProperty(name = "igstudio.sandbox.publishing-quota", defaultValue = "50")
    int defaultQuota;

    @Inject
    @ConfigProperty(name = "igstudio.sandbox.video-processing-seconds", defaultValue = "10")
    int defaultProcessingSeconds;

    /** Test control, in memory only (gone at a restart): seconds media_publish waits after publishing, before answering. */
    private final java.util.Map<String, Integer> publishAnswerSeconds = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Makes {@code media_publish} answer late: the media is published (stored) at once, the answer comes after
     * {@code seconds}, as a slow answer from Meta would. A crash test kills IG Studio in between. 0 clears it.
     */
    public void publishAnswerDelay(String igUserId, int seconds) {
        if (seconds <= 0) {
            publishAnswerSeconds.remove(igUserId);
        } else {
            publishAnswerSeconds.put(igUserId, seconds);
        }
    }

    public int publishAnswerDelay(String igUserId) {
        return publishAnswerSeconds.getOrDefault(igUserId, 0);
    }

    /** Test control, in memory only: how many of the account's next image fetches fail (Meta's 9004/2207052). */
    private final java.util.Map<String, Integer> failingFetches = new java.util.concurrent.ConcurrentHashMap<>();

    /** The next {@code count} image fetches for the account's containers fail as an unreachable URL would. 0 clears it. */
    public void failFetches(String igUserId, int count) {
        if (count <= 0) {
            failingFetches.remove(igUserId);
        } else {
            failingFetches.put(igUserId, count);
        }
    }

    /** True (and one fewer left) when this fetch is to fail. */
    public boolean takeFetchFailure(String igUserId) {
        boolean[] fail = {false};
        failingFetches.computeIfPresent(igUserId, (id, left) -> {
            fail[0] = true;
            return left > 1 ? left - 1 : null;
        });
        return fail[0];
    }

    /** Every row of {@code sandbox_publishing_control}: each publishing call asks, only {@link #set} changes them. */
    private final KeptRows<PublishingSettings> stored = new KeptRows<>(this::read);

    public PublishingSettings of(String igUserId) {
        PublishingSettings settings = stored.all().get(igUserId);
        return settings != null ? settings
                : new PublishingSettings(igUserId, defaultQuota, defaultProcessingSeconds, false);
    }

    private java.util.Map<String, PublishingSettings> read() {
        java.util.Map<String, PublishingSettings> rows = new java.util.HashMap<>();
        db.list("SELECT ig_user_id, quota_total, processing_seconds, fail_videos FROM sandbox_publishing_control",
                row -> new PublishingSettings(row.getString("ig_user_id"), row.getInt("quota_total"),
                        row.getInt("processing_seconds"), row.getBoolean("fail_videos")))
                .forEach(p -> rows.put(p.igUserId(), p));
        return rows;
    }

    /** Null values keep the current setting. */
    public synchronized PublishingSettings set(String igUserId, Integer quotaTotal, Integer processingSeconds,
            Boolean failVideos) {
        PublishingSettings now = of(igUserId);
        PublishingSettings next = new PublishingSettings(igUserId,
                quotaTotal != null ? Math.max(0, quotaTotal) : now.quotaTotal(),
                processingSeconds != null ? Math.max(0, processingSeconds) : now.processingSeconds(),
                failVideos != null ? failVideos : now.failVideos());
        // delete + insert: portable across H2 and MySQL, unlike MERGE or ON DUPLICATE KEY
        db.update("DELETE FROM sandbox_publishing_control WHERE ig_user_id = ?", igUserId);
        db.update("INSERT INTO sandbox_publishing_control (ig_user_id, quota_total, processing_seconds, fail_videos)"
                + " VALUES (?, ?, ?, ?)", igUserId, next.quotaTotal(), next.processingSeconds(), next.failVideos());
        stored.reread();
        return next;
    }

    /** The in-memory test controls off, as at start, and the settings read again from the database. */
    public void forgetAll() {
        publishAnswerSeconds.clear();
        failingFetches.clear();
        stored.forget();
    }
}
