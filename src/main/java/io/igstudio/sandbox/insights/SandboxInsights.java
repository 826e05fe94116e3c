package io.igstudio.sandbox.insights;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.sandbox.graph.TimeRange;
import io.igstudio.sandbox.media.MediaStore;
import io.igstudio.sandbox.media.SandboxMedia;
import io.igstudio.sandbox.media.StoryClock;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.publishing.PublishingAccess;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The insights edges of IG Users and IG Media: checks a request as Meta does (permissions, metric names, metric_type,
 * period, breakdown, timeframe, since/until), then answers {@code {"data":[{name, period, values | total_value,
 * title, description, id}]}}. Rules and refusals are in {@link InsightRules}, numbers in {@link InsightNumbers}.
 */
@ApplicationScoped
public class SandboxInsights {

    /**
     * "instagram_basic, instagram_manage_insights, pages_read_engagement" under Facebook Login (IG User insights and
     * IG Media insights, "Requirements").
     */
    static final List<String> SCOPES = List.of("instagram_basic", "instagram_manage_insights", "pages_read_engagement");
    private static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);
    /** Media younger than this has too few viewers for Meta to show insights. */
    static final Duration YOUNG = Duration.ofHours(1);

    @Inject
    SandboxPeople people;

    @Inject
    MediaStore store;

    @Inject
    PublishingAccess access;

    @Inject
    SandboxClock clock;

    @Inject
    MetaPlatform meta;

    public JsonObject answer(String node, String version, GraphParameters params, ResolvedToken token, UriInfo uri,
            HttpServletRequest servlet) {
        Instant now = clock.now();
        Optional<InstagramAccount> user = people.instagram(node);
        if (user.isPresent()) {
            access.admit(node, node, "get", SCOPES, token, servlet);
            return account(user.get(), version, params, uri, now);
        }
        if ("me".equals(node)) {
            // a Facebook User has no insights edge: Graph answers the edge as an unknown path component
            throw GraphError.unknownPath("/insights").exception();
        }
        SandboxMedia media = locate(node, now).orElseThrow(() -> GraphError.unsupportedGet(node).exception());
        InstagramAccount owner = access.admit(media.igUserId(), node, "get", SCOPES, token, servlet);
        return media(media, owner, version, params, now);
    }

    // --- IG User ------------------------------------------------------------------------------------

    private JsonObject account(InstagramAccount account, String version, GraphParameters params, UriInfo uri,
            Instant now) {
        List<String> metrics = metrics(params);
        Set<String> known = new HashSet<>(InsightRules.ACCOUNT_TOTAL);
        known.addAll(InsightRules.ACCOUNT_SERIES);
        known.addAll(InsightRules.DEMOGRAPHICS);
        for (int i = 0; i < metrics.size(); i++) {
            String m = metrics.get(i);
            if (InsightRules.RETIRED.contains(m)) {
                throw InsightRules.retired(m, version);
            }
            if (!known.contains(m)) {
                throw InsightRules.unknownMetric(i, known);
            }
        }
        String period = params.get("period");
        if (period == null || period.isBlank()) {
            throw InsightRules.invalid("The parameter period is required");
        }
        String metricType = Optional.ofNullable(params.get("metric_type")).orElse("time_series");
        if (!metricType.equals("time_series") && !metricType.equals("total_value")) {
            throw InsightRules.invalid("Param metric_type must be one of {time_series, total_value}");
        }
        List<String> breakdowns = list(params.get("breakdown"));
        String timeframe = params.get("timeframe");
        boolean demographics = metrics.stream().anyMatch(InsightRules.DEMOGRAPHICS::contains);
        if (demographics) {
            return demographics(account, metrics, metricType, period, breakdowns, timeframe);
        }
        if (timeframe != null) {
            throw InsightRules.invalid("timeframe is only supported for demographic metrics");
        }
        if (!period.equals("day")) {
            throw InsightRules.invalid("Param period must be day for the metrics " + String.join(",", metrics));
        }
        for (String m : metrics) {
            if (metricType.equals("time_series") && !InsightRules.ACCOUNT_SERIES.contains(m)) {
                throw InsightRules.needsTotalValue(m);
            }
            if (metricType.equals("total_value") && !InsightRules.ACCOUNT_TOTAL.contains(m)) {
                throw InsightRules.invalid("metric_type=total_value is not supported for " + m);
            }
            for (String b : breakdowns) {
                if (!metricType.equals("total_value")
                        || !InsightRules.ACCOUNT_BREAKDOWNS.getOrDefault(m, Set.of()).contains(b)) {
                    throw InsightRules.invalid("The breakdown " + b + " is not supported for the metric " + m);
                }
            }
        }
        Instant until = Optional.ofNullable(TimeRange.parse(null, params.get("until")).until()).orElse(now);
        Instant since = Optional.ofNullable(TimeRange.parse(params.get("since"), null).since())
                .orElse(until.minus(Duration.ofDays(2)));
        if (!since.isBefore(until)) {
            throw InsightRules.invalid("The since parameter must be before until");
        }
        if (Duration.between(since, until).getSeconds() > InsightRules.MAX_RANGE_SECONDS) {
            throw InsightRules.rangeTooLong();
        }
        if (metrics.contains("follower_count") && since.isBefore(now.minus(Duration.ofDays(30)))) {
            // IG User insights: follower_count "only the last 30 days" of data
            throw InsightRules.invalid("The since parameter for follower_count must be within the last 30 days");
        }
        if (since.isBefore(now.minus(Duration.ofDays(730)))) {
            throw InsightRules.invalid("Insights are only kept for 2 years");
        }
        List<LocalDate> days = availableDays(account.id(), since, until, now);
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (String m : metrics) {
            JsonObjectBuilder entry = Jsons.createObjectBuilder().add("name", m).add("period", "day");
            boolean enoughFollowers = account.followersCount() >= 100;
            if (metricType.equals("time_series")) {
                JsonArrayBuilder values = Jsons.createArrayBuilder();
                if (!m.equals("follower_count") || enoughFollowers) {
                    for (LocalDate d : days) {
                        values.add(Jsons.createObjectBuilder().add("value", value(account, m, d))
                                .add("end_time", END_TIME.format(d.plusDays(1).atStartOfDay(ZoneOffset.UTC))));
                    }
                }
                entry.add("values", values);
            } else {
                long total = 0;
                for (LocalDate d : days) {
                    total += value(account, m, d);
                }
                // no day of the range has arrived yet: Meta has no figure, which is not 0
                JsonObjectBuilder tv = Jsons.createObjectBuilder();
                if (!days.isEmpty()) {
                    tv.add("value", total);
                }
                if (!breakdowns.isEmpty() && !days.isEmpty()) {
                    tv.add("breakdowns", Jsons.createArrayBuilder().add(breakdown(account, m, breakdowns.get(0), days)));
                }
                entry.add("total_value", tv);
            }
            data.add(entry.add("title", title(m)).add("description", description(m))
                    .add("id", account.id() + "/insights/" + m + "/day"));
        }
        JsonObjectBuilder body = Jsons.createObjectBuilder().add("data", data);
        if (metricType.equals("time_series")) {
            long span = Duration.between(since, until).getSeconds();
            body.add("paging", Jsons.createObjectBuilder()
                    .add("previous", link(uri, since.getEpochSecond() - span, since.getEpochSecond()))
                    .add("next", link(uri, until.getEpochSecond(), until.getEpochSecond() + span)));
        }
        return body.build();
    }

    private static long value(InstagramAccount account, String metric, LocalDate day) {
        return InsightNumbers.accountDay(account, day).getOrDefault(metric, 0L);
    }

    private static JsonObjectBuilder breakdown(InstagramAccount account, String metric, String breakdown,
            List<LocalDate> days) {
        JsonArrayBuilder results = Jsons.createArrayBuilder();
        if (breakdown.equals("follow_type") && metric.equals("follows_and_unfollows")) {
            long follows = 0;
            long unfollows = 0;
            for (LocalDate d : days) {
                follows += value(account, "follows", d);
                unfollows += value(account, "unfollows", d);
            }
            results.add(result("FOLLOWER", follows)).add(result("NON_FOLLOWER", unfollows));
        } else {
            long total = days.stream().mapToLong(d -> value(account, metric, d)).sum();
            List<String> keys = switch (breakdown) {
                case "media_product_type" -> List.of("POST", "REEL", "STORY", "CAROUSEL_CONTAINER");
                case "follow_type" -> List.of("FOLLOWER", "NON_FOLLOWER");
                default -> List.of("BOOK_NOW", "CALL", "DIRECTION", "EMAIL", "TEXT");
            };
            long left = total;
            for (int i = 0; i < keys.size(); i++) {
                long share = i == keys.size() - 1 ? left : total / (i + 2);
                left -= share;
                results.add(result(keys.get(i), share));
            }
        }
        return Jsons.createObjectBuilder().add("dimension_keys", Jsons.createArrayBuilder().add(breakdown))
                .add("results", results);
    }

    private static JsonObjectBuilder result(String key, long value) {
        return Jsons.createObjectBuilder().add("dimension_values", Jsons.createArrayBuilder().add(key)).add("value", value);
    }

    /** Demographics: total_value, one breakdown of age/city/country/gender, a timeframe; lifetime period. */
    private static JsonObject demographics(InstagramAccount account, List<String> metrics, String metricType,
            String period, List<String> breakdowns, String timeframe) {
        if (!metrics.stream().allMatch(InsightRules.DEMOGRAPHICS::contains)) {
            throw InsightRules.invalid("Demographic metrics cannot be requested together with other metrics");
        }
        if (!metricType.equals("total_value")) {
            throw InsightRules.needsTotalValue(String.join(",", metrics));
        }
        if (!period.equals("lifetime")) {
            throw InsightRules.invalid("Param period must be lifetime for demographic metrics");
        }
        if (timeframe == null || !InsightRules.TIMEFRAMES.contains(timeframe)) {
            throw InsightRules.invalid("Param timeframe must be one of {this_week, this_month} for demographic metrics");
        }
        if (breakdowns.isEmpty() || !InsightRules.DEMOGRAPHIC_BREAKDOWNS.containsAll(breakdowns)) {
            throw InsightRules.invalid("Param breakdown must be one of {age, city, country, gender} for demographic metrics");
        }
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (String m : metrics) {
            JsonArrayBuilder split = Jsons.createArrayBuilder();
            long people = m.equals("follower_demographics") ? account.followersCount() : account.followersCount() / 8;
            for (String b : breakdowns) {
                JsonArrayBuilder results = Jsons.createArrayBuilder();
                // demographics are for accounts with at least 100 followers (IG User insights, "Limitations");
                // below that the list is empty, never zeros
                if (account.followersCount() >= 100) {
                    InsightNumbers.audience(account.id(), m, b, people).forEach((k, v) -> results.add(result(k, v)));
                }
                split.add(Jsons.createObjectBuilder().add("dimension_keys", Jsons.createArrayBuilder().add(b))
                        .add("results", results));
            }
            data.add(Jsons.createObjectBuilder().add("name", m).add("period", "lifetime")
                    .add("title", title(m)).add("description", description(m))
                    .add("total_value", Jsons.createObjectBuilder().add("breakdowns", split))
                    .add("id", account.id() + "/insights/" + m + "/lifetime"));
        }
        return Jsons.createObjectBuilder().add("data", data).build();
    }

    /** Whole UTC days inside [since, until) whose data has arrived (Meta's data lags up to 48 hours). */
    static List<LocalDate> availableDays(String igUserId, Instant since, Instant until, Instant now) {
        List<LocalDate> days = new ArrayList<>();
        Instant arrived = now.minus(InsightNumbers.delay(igUserId));
        LocalDate d = since.atZone(ZoneOffset.UTC).toLocalDate();
        if (d.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(since)) {
            d = d.plusDays(1);
        }
        for (; ; d = d.plusDays(1)) {
            Instant end = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (end.isAfter(until) || end.isAfter(arrived)) {
                break;
            }
            days.add(d);
        }
        return days;
    }

    private String link(UriInfo uri, long since, long until) {
        return UriBuilder.fromUri(uri.getRequestUri()).replaceQueryParam("since", since)
                .replaceQueryParam("until", until).build().toString();
    }

    // --- IG Media -----------------------------------------------------------------------------------

    private JsonObject media(SandboxMedia media, InstagramAccount owner, String version, GraphParameters params,
            Instant now) {
        List<String> metrics = metrics(params);
        if (media.isChild()) {
            // "Insights data is not available for any media within an Instagram Media album" (IG Media insights)
            throw InsightRules.invalid("Insights are not available for media inside an album");
        }
        List<String> allowed = InsightRules.MEDIA.get(media.productType());
        for (int i = 0; i < metrics.size(); i++) {
            String m = metrics.get(i);
            if (InsightRules.RETIRED.contains(m)) {
                throw InsightRules.retired(m, version);
            }
            if (InsightRules.MEDIA.values().stream().noneMatch(l -> l.contains(m))) {
                Set<String> known = new HashSet<>();
                InsightRules.MEDIA.values().forEach(known::addAll);
                throw InsightRules.unknownMetric(i, known);
            }
            if (!allowed.contains(m)) {
                throw InsightRules.notForProductType(m);
            }
        }
        List<String> breakdowns = list(params.get("breakdown"));
        for (String b : breakdowns) {
            if (!b.equals("story_navigation_action_type") || !metrics.equals(List.of("navigation"))) {
                throw InsightRules.invalid("The breakdown " + b + " is not supported for the metrics "
                        + String.join(",", metrics));
            }
        }
        if (Duration.between(media.takenAt(), now).compareTo(YOUNG) < 0) {
            throw InsightRules.notEnoughViewers();
        }
        Map<String, Long> values = InsightNumbers.media(media, owner.followersCount(), now);
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (String m : metrics) {
            long v = values.getOrDefault(m, 0L);
            JsonObjectBuilder total = Jsons.createObjectBuilder().add("value", v);
            if (m.equals("navigation") && !breakdowns.isEmpty()) {
                JsonArrayBuilder results = Jsons.createArrayBuilder();
                for (String action : List.of("tap_forward", "tap_back", "tap_exit", "swipe_forward")) {
                    results.add(result(action, values.getOrDefault("navigation:" + action, 0L)));
                }
                total.add("breakdowns", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                        .add("dimension_keys", Jsons.createArrayBuilder().add("story_navigation_action_type"))
                        .add("results", results)));
            }
            data.add(Jsons.createObjectBuilder().add("name", m).add("period", "lifetime")
                    .add("values", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("value", v)))
                    .add("title", title(m)).add("description", description(m))
                    .add("total_value", total)
                    .add("id", media.id() + "/insights/" + m + "/lifetime"));
        }
        return Jsons.createObjectBuilder().add("data", data).build();
    }

    private Optional<SandboxMedia> locate(String mediaId, Instant now) {
        if (StoryClock.isStoryId(mediaId)) {
            // the stories edge lists them by the real time; a moved sandbox clock must not hide a listed one
            for (InstagramAccount account : people.instagramAccounts()) {
                Optional<SandboxMedia> story = StoryClock.find(mediaId, account.id(), now)
                        .or(() -> StoryClock.find(mediaId, account.id(), Instant.now()));
                if (story.isPresent()) {
                    return story;
                }
            }
        }
        // a published story's numbers are gone after 24 hours (IG Media insights, "Story media metrics")
        return store.find(mediaId).filter(m -> !m.isStory() || m.takenAt().plus(Duration.ofHours(24)).isAfter(now));
    }

    // --- shared -------------------------------------------------------------------------------------

    private static List<String> metrics(GraphParameters params) {
        List<String> metrics = list(params.get("metric"));
        if (metrics.isEmpty()) {
            throw InsightRules.invalid("The parameter metric is required");
        }
        return metrics;
    }

    /** Lists as {@code a,b} or {@code ["a","b"]}, as Graph takes them. */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String v = value.trim();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1).replace("\"", "");
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String title(String metric) {
        String words = metric.replace("ig_reels_", "reels ").replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static String description(String metric) {
        return switch (metric) {
            case "reach" -> "The number of unique accounts that have seen your content, at least once.";
            case "views" -> "The number of times your content was played or displayed.";
            case "follower_count" -> "The number of accounts that followed you each day.";
            case "accounts_engaged" -> "The number of accounts that have interacted with your content.";
            case "total_interactions" -> "The total number of post interactions, story interactions, reels"
                    + " interactions, video interactions and live video interactions.";
            default -> "The number of " + metric.replace('_', ' ') + ".";
        };
    }
}
