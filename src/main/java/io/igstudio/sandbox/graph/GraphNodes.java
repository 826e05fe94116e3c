package io.igstudio.sandbox.graph;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.store.FacebookPage;
import io.igstudio.sandbox.store.FacebookUser;
import io.igstudio.sandbox.store.InstagramAccount;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns sandbox records into Graph JSON, field by field as the request selected them. Unknown fields are
 * refused with Meta's error 100; fields that hold nothing (an email not granted, a Page without Instagram)
 * are left out, as Graph does.
 */
public final class GraphNodes {

    static final Set<String> USER_FIELDS = Set.of("id", "name", "email", "first_name", "last_name", "short_name");
    static final Set<String> PAGE_FIELDS = Set.of("id", "name", "access_token", "category", "category_list", "tasks",
            "instagram_business_account");
    /** IG User fields under Facebook Login (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user). */
    static final Set<String> IG_USER_FIELDS = Set.of("id", "ig_id", "username", "name", "biography", "website",
            "profile_picture_url", "followers_count", "follows_count", "media_count");
    static final String PAGE_DEFAULTS = "access_token,category,category_list,name,id,tasks";
    private static final String[] TASKS = {"ANALYZE", "ADVERTISE", "MESSAGING", "MODERATE", "CREATE_CONTENT", "MANAGE"};

    private GraphNodes() {
    }

    public static JsonObject user(FacebookUser user, FieldSelection requested, boolean emailGranted) {
        FieldSelection fields = requested.orDefaults("id,name");
        fields.requireKnown(USER_FIELDS, "User");
        JsonObjectBuilder json = Json.createObjectBuilder();
        String[] parts = user.name().split(" ", 2);
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add("id", user.id());
                case "name" -> json.add("name", user.name());
                case "first_name", "short_name" -> json.add(f, parts[0]);
                case "last_name" -> json.add(f, parts.length > 1 ? parts[1] : "");
                case "email" -> {
                    if (emailGranted && user.email() != null) {
                        json.add("email", user.email());
                    }
                }
                default -> { }
            }
        }
        return json.build();
    }

    /**
     * @param pageToken gives the Page token, called only when {@code access_token} was selected
     * @param instagram finds the linked Instagram account
     */
    public static JsonObject page(FacebookPage page, FieldSelection requested, Function<FacebookPage, String> pageToken,
            Function<String, InstagramAccount> instagram, String baseUrl) {
        FieldSelection fields = requested.orDefaults(PAGE_DEFAULTS);
        fields.requireKnown(PAGE_FIELDS, "Page");
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add("id", page.id());
                case "name" -> json.add("name", page.name());
                case "access_token" -> json.add("access_token", pageToken.apply(page));
                case "category" -> json.add("category", page.category());
                case "category_list" -> json.add("category_list", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", page.categoryId()).add("name", page.category())));
                case "tasks" -> {
                    JsonArrayBuilder tasks = Json.createArrayBuilder();
                    for (String t : TASKS) {
                        tasks.add(t);
                    }
                    json.add("tasks", tasks);
                }
                case "instagram_business_account" -> {
                    if (page.igUserId() != null) {
                        json.add(f, instagram(instagram.apply(page.igUserId()), fields.sub(f).orDefaults("id"), baseUrl));
                    }
                }
                default -> { }
            }
        }
        return json.build();
    }

    public static JsonObject instagram(InstagramAccount ig, FieldSelection requested, String baseUrl) {
        FieldSelection fields = requested.orDefaults("id");
        fields.requireKnown(IG_USER_FIELDS, "IGUser");
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add("id", ig.id());
                case "ig_id" -> json.add("ig_id", Long.parseLong(ig.id().substring(5)));
                case "username" -> json.add(f, ig.username());
                case "name" -> json.add(f, ig.name());
                case "biography" -> json.add(f, nullToEmpty(ig.biography()));
                case "website" -> json.add(f, nullToEmpty(ig.website()));
                case "profile_picture_url" -> json.add(f, avatarUrl(baseUrl, ig.username()));
                case "followers_count" -> json.add(f, ig.followersCount());
                case "follows_count" -> json.add(f, ig.followsCount());
                case "media_count" -> json.add(f, ig.mediaCount());
                default -> { }
            }
        }
        return json.build();
    }

    static String avatarUrl(String baseUrl, String username) {
        return baseUrl + MetaPlatform.SANDBOX_PATH + "/assets/avatar/" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + ".svg";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
