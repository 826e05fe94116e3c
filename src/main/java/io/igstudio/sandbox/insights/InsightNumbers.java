package io.igstudio.sandbox.insights;

import io.igstudio.sandbox.media.SandboxMedia;
import io.igstudio.sandbox.store.InstagramAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sandbox's numbers: deterministic (seeded by the account or media id, the metric and the day), plausible
 * (scaled by the account's followers, a weekly rhythm, interactions that add up to {@code total_interactions}),
 * and the same on every start. Nothing is stored: a day's value is computed from its date.
 */
final class InsightNumbers {

    private InsightNumbers() {
    }

    /** One account's figures for one UTC day. */
    static Map<String, Long> accountDay(InstagramAccount account, LocalDate day) {
        SplittableRandom r = random(account.id(), day.toEpochDay());
        long followers = Math.max(account.followersCount(), 1);
        double weekly = switch (day.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> 1.25;
            case WEDNESDAY -> 1.1;
            default -> 0.95;
        };
        long reach = Math.round(followers * 0.12 * weekly * (0.7 + 0.6 * r.nextDouble()));
        long likes = Math.round(reach * (0.05 + 0.04 * r.nextDouble()));
        long comments = Math.round(likes * (0.04 + 0.04 * r.nextDouble()));
        long saves = Math.round(likes * (0.05 + 0.06 * r.nextDouble()));
        long shares = Math.round(likes * (0.03 + 0.05 * r.nextDouble()));
        long replies = Math.round(reach * 0.002 * r.nextDouble());
        long reposts = Math.round(likes * 0.02 * r.nextDouble());
        long follows = Math.round(followers * (0.0015 + 0.002 * r.nextDouble()) * weekly);
        long unfollows = Math.round(followers * (0.0005 + 0.001 * r.nextDouble()));
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("reach", reach);
        figures.put("views", Math.round(reach * (1.8 + r.nextDouble())));
        figures.put("accounts_engaged", Math.round(reach * (0.04 + 0.03 * r.nextDouble())));
        figures.put("likes", likes);
        figures.put("comments", comments);
        figures.put("saves", saves);
        figures.put("shares", shares);
        figures.put("replies", replies);
        figures.put("reposts", reposts);
        figures.put("total_interactions", likes + comments + saves + shares + replies + reposts);
        figures.put("profile_links_taps", Math.round(reach * (0.004 + 0.006 * r.nextDouble())));
        figures.put("follows", follows);
        figures.put("unfollows", unfollows);
        figures.put("follows_and_unfollows", follows + unfollows);
        // follower_count's daily value is the day's new followers (the time series of an IG User)
        figures.put("follower_count", follows);
        return figures;
    }

    /** Lifetime figures of a post, reel or story at {@code now}: they grow over the first week. */
    static Map<String, Long> media(SandboxMedia media, long followers, Instant now) {
        SplittableRandom r = random(media.id(), 7);
        double ageDays = Math.max(0, Duration.between(media.takenAt(), now).toMinutes() / 1440.0);
        double grown = 1 - Math.exp(-(ageDays + 0.05) / 1.5);
        double reachShare = media.isStory() ? 0.06 : media.isReel() ? 0.35 : 0.18;
        long reach = Math.max(1, Math.round(followers * reachShare * grown * (0.6 + 0.8 * r.nextDouble())));
        long likes = media.isStory() ? 0 : Math.max(media.likeCount(), 0);
        long comments = media.isStory() ? 0 : Math.max(media.commentsCount(), 0);
        long saved = Math.round(likes * (0.04 + 0.08 * r.nextDouble()));
        long shares = Math.round((likes + reach * 0.02) * (0.03 + 0.05 * r.nextDouble()));
        long reposts = Math.round(shares * 0.2 * r.nextDouble());
        long replies = media.isStory() ? Math.round(reach * 0.01 * r.nextDouble()) : 0;
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("views", Math.round(reach * (media.isReel() ? 2.5 : 1.4) * (0.9 + 0.3 * r.nextDouble())));
        m.put("reach", reach);
        m.put("likes", likes);
        m.put("comments", comments);
        m.put("shares", shares);
        m.put("saved", saved);
        m.put("reposts", reposts);
        m.put("replies", replies);
        m.put("total_interactions", likes + comments + saved + shares + reposts + replies);
        m.put("follows", Math.round(reach * 0.004 * r.nextDouble()));
        m.put("profile_visits", Math.round(reach * (0.01 + 0.03 * r.nextDouble())));
        m.put("profile_activity", Math.round(reach * (0.005 + 0.01 * r.nextDouble())));
        // milliseconds, as Meta reports them
        long avgWatch = 3000 + r.nextLong(12000);
        m.put("ig_reels_avg_watch_time", avgWatch);
        m.put("ig_reels_video_view_total_time", avgWatch * m.get("views"));
        m.put("reels_skip_rate", 20 + r.nextLong(45));
        long forward = Math.round(reach * (0.5 + 0.4 * r.nextDouble()));
        long back = Math.round(reach * 0.08 * r.nextDouble());
        long exit = Math.round(reach * 0.15 * r.nextDouble());
        long swipe = Math.round(reach * 0.2 * r.nextDouble());
        m.put("navigation", forward + back + exit + swipe);
        m.put("navigation:tap_forward", forward);
        m.put("navigation:tap_back", back);
        m.put("navigation:tap_exit", exit);
        m.put("navigation:swipe_forward", swipe);
        return m;
    }

    static final List<String> AGES = List.of("13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    static final List<String> GENDERS = List.of("F", "M", "U");
    static final List<String> COUNTRIES = List.of("US", "CA", "GB", "DE", "FR", "MX", "AU", "BR");
    static final List<String> CITIES = List.of("Portland, Oregon", "Seattle, Washington", "San Francisco, California",
            "Vancouver, British Columbia", "New York, New York", "London, England", "Austin, Texas", "Chicago, Illinois");

    /** An audience split (age, gender, country or city) of {@code total} people. */
    static Map<String, Long> audience(String igUserId, String metric, String breakdown, long total) {
        List<String> keys = switch (breakdown) {
            case "age" -> AGES;
            case "gender" -> GENDERS;
            case "country" -> COUNTRIES;
            default -> CITIES;
        };
        SplittableRandom r = random(igUserId + metric + breakdown, 1);
        double[] weights = new double[keys.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (keys.size() - i) * (0.5 + r.nextDouble());
            sum += weights[i];
        }
        Map<String, Long> split = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            split.put(keys.get(i), Math.round(total * weights[i] / sum));
        }
        return split;
    }

    /** How long this account's data lags behind (Meta: "can be delayed up to 48 hours"): 6 to 47 hours. */
    static Duration delay(String igUserId) {
        return Duration.ofHours(6 + Math.floorMod(igUserId.hashCode(), 42));
    }

    private static SplittableRandom random(String id, long salt) {
        return new SplittableRandom(id.hashCode() * 0x9E3779B97F4A7C15L ^ salt * 0xBF58476D1CE4E5B9L);
    }
}
