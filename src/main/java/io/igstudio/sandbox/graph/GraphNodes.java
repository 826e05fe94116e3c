package io.igstudio.sandbox.graph;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.store.FacebookPage;
import io.igstudio.sandbox.store.FacebookUser;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.shared.infra.Jsons;
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

    /**
     * User fields (https://developers.facebook.com/docs/graph-api/reference/user). Those that need a permission the
     * sandbox app cannot ask for ({@code link}: user_link, {@code birthday}: user_birthday, {@code gender},
     * {@code hometown}, {@code location}, {@code age_range}: user_gender, ..., user_age_range) are known but always
     * left out, as Graph leaves out a User field whose permission is missing instead of refusing the request;
     * {@code middle_name} is left out because sandbox people have none.
     */
    static final Set<String> USER_FIELDS = Set.of("id", "name", "email", "first_name", "last_name", "short_name",
            "picture", "link", "name_format", "middle_name", "birthday", "gender", "hometown", "location", "age_range");
    /** Page fields (https://developers.facebook.com/docs/graph-api/reference/page). */
    static final Set<String> PAGE_FIELDS = Set.of("id", "name", "access_token", "category", "category_list", "tasks",
            "instagram_business_account", "about", "fan_count", "followers_count", "link", "picture", "username",
            "connected_instagram_account", "description", "is_published", "talking_about_count", "verification_status",
            "website");
    /** IG User fields under Facebook Login (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user). */
    static final Set<String> IG_USER_FIELDS = Set.of("id", "ig_id", "username", "name", "biography", "website",
            "profile_picture_url", "followers_count", "follows_count", "media_count", "has_profile_pic", "is_published",
            "legacy_instagram_user_id", "shopping_product_tag_eligibility");
    static final String PAGE_DEFAULTS = "access_token,category,category_list,name,id,tasks";
    private static final String[] TASKS = {"ANALYZE", "ADVERTISE", "MESSAGING", "MODERATE", "CREATE_CONTENT", "MANAGE"};

    private GraphNodes() {
    }

    public static JsonObject user(FacebookUser user, FieldSelection requested, boolean emailGranted, String baseUrl) {
        FieldSelection fields = requested.orDefaults("id,name");
        fields.requireKnown(USER_FIELDS, "User");
        JsonObjectBuilder json = Jsons.createObjectBuilder();
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
                case "name_format" -> json.add(f, "{first} {last}");
                case "picture" -> json.add(f, picture(avatarUrl(baseUrl, user.name()), false));
                default -> { }
            }
        }
        return withId(json, fields, user.id());
    }

    /**
     * Meta answers a node's {@code id} whether or not {@code fields} asks for it (Graph API overview,
     * https://developers.facebook.com/docs/graph-api/overview: "id ... returned by default"); SDKs such as
     * Meta's Java Business SDK read it from every node.
     */
    public static JsonObject withId(JsonObjectBuilder json, FieldSelection fields, String id) {
        if (!fields.names().contains("id")) {
            json.add("id", id);
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
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        for (String f : fields.names()) {
            switch (f) {
                case "id" -> json.add("id", page.id());
                case "name" -> json.add("name", page.name());
                case "access_token" -> json.add("access_token", pageToken.apply(page));
                case "category" -> json.add("category", page.category());
                case "category_list" -> json.add("category_list", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("id", page.categoryId()).add("name", page.category())));
                case "tasks" -> {
                    JsonArrayBuilder tasks = Jsons.createArrayBuilder();
                    for (String t : TASKS) {
                        tasks.add(t);
                    }
                    json.add("tasks", tasks);
                }
                case "about" -> json.add(f, page.name() + " — " + page.category() + ".");
                case "fan_count" -> json.add(f, audience(page.id()));
                case "followers_count" -> json.add(f, audience(page.id()) + audience(page.id()) / 20);
                case "link" -> json.add(f, "https://www.facebook.com/" + page.id());
                case "username" -> json.add(f, page.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT)
                        + page.id().substring(page.id().length() - 3));
                case "picture" -> json.add(f, picture(avatarUrl(baseUrl, page.name()), false));
                case "description" -> json.add(f, "Welcome to " + page.name() + ", a " + page.category().toLowerCase(
                        java.util.Locale.ROOT) + ".");
                case "is_published" -> json.add(f, true);
                case "talking_about_count" -> json.add(f, audience(page.id()) / 40);
                case "verification_status" -> json.add(f, "not_verified");
                // "website" stays out: sandbox Pages have none, and Graph leaves empty fields out
                case "instagram_business_account", "connected_instagram_account" -> {
                    if (page.igUserId() != null) {
                        json.add(f, instagram(instagram.apply(page.igUserId()), fields.sub(f).orDefaults("id"), baseUrl));
                    }
                }
                default -> { }
            }
        }
        return withId(json, fields, page.id());
    }

    public static JsonObject instagram(InstagramAccount ig, FieldSelection requested, String baseUrl) {
        FieldSelection fields = requested.orDefaults("id");
        fields.requireKnown(IG_USER_FIELDS, "IGUser");
        JsonObjectBuilder json = Jsons.createObjectBuilder();
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
                // fields of the IG User reference under Facebook Login (also in Meta's Java Business SDK, IGUser)
                case "has_profile_pic" -> json.add(f, true);
                case "is_published" -> json.add(f, true);
                // the account's id for Marketing API endpoints of v21.0 and older
                case "legacy_instagram_user_id" -> json.add(f, "2" + ig.id().substring(ig.id().length() - 15));
                // needs catalog_management and instagram_shopping_tag_products (IG User reference, "Requirements"),
                // which the sandbox app cannot be granted: Meta answers (#10)
                case "shopping_product_tag_eligibility" ->
                    throw GraphError.permissionMissing("instagram_shopping_tag_products").exception();
                default -> { }
            }
        }
        return withId(json, fields, ig.id());
    }

    /** Meta's picture field: {@code {"data":{"height","is_silhouette","url","width"}}}. */
    static JsonObject picture(String url, boolean silhouette) {
        return Jsons.createObjectBuilder().add("data", Jsons.createObjectBuilder().add("height", 50)
                .add("is_silhouette", silhouette).add("url", url).add("width", 50)).build();
    }

    /** A stable, plausible audience size for a Page. */
    static int audience(String pageId) {
        return 200 + Math.floorMod(pageId.hashCode(), 9800);
    }

    static String avatarUrl(String baseUrl, String username) {
        return baseUrl + MetaPlatform.SANDBOX_PATH + "/assets/avatar/" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + ".svg";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
