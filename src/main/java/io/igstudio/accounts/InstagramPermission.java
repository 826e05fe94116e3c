package io.igstudio.accounts;

import java.util.Arrays;
import java.util.List;

/**
 * The permissions the Connect page offers, from the specification's permissions table, plus the two
 * Meta needs to list a person's Pages ({@code pages_show_list}) and Pages owned by a business portfolio
 * ({@code business_management}). Reading an Instagram account needs {@code instagram_basic} and
 * {@code pages_read_engagement}.
 */
public enum InstagramPermission {
    INSTAGRAM_BASIC("instagram_basic", "Basic profile", "Read the account's profile and media. Always needed.", true, true),
    PAGES_SHOW_LIST("pages_show_list", "List your Pages", "Find the Instagram accounts linked to your Facebook Pages. Always needed.", true, true),
    // Meta's IG User, IG Media, media and stories references require it beside instagram_basic under Facebook
    // Login (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user)
    PAGES_READ_ENGAGEMENT("pages_read_engagement", "Read Page engagement", "Read the account's profile, posts and stories through its Facebook Page. Always needed.", true, true),
    INSTAGRAM_MANAGE_COMMENTS("instagram_manage_comments", "Manage comments", "Read, reply to and hide comments.", false, true),
    INSTAGRAM_CONTENT_PUBLISH("instagram_content_publish", "Publish content", "Create and publish photos, reels, carousels and stories.", false, true),
    INSTAGRAM_MANAGE_INSIGHTS("instagram_manage_insights", "View insights", "Read reach, views and audience metrics.", false, false),
    INSTAGRAM_MANAGE_CONTENTS("instagram_manage_contents", "Delete posts", "Delete posts published through IG Studio.", false, false),
    // private replies to comments (https://developers.facebook.com/docs/instagram-platform/private-replies)
    INSTAGRAM_MANAGE_MESSAGES("instagram_manage_messages", "Private replies", "Send one private message to someone who commented.", false, false),
    BUSINESS_MANAGEMENT("business_management", "Business portfolios", "Reach Pages that belong to a Meta business portfolio.", false, false);

    private final String scope;
    private final String label;
    private final String description;
    private final boolean required;
    private final boolean checkedByDefault;

    InstagramPermission(String scope, String label, String description, boolean required, boolean checkedByDefault) {
        this.scope = scope;
        this.label = label;
        this.description = description;
        this.required = required;
        this.checkedByDefault = checkedByDefault;
    }

    public String scope() {
        return scope;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean required() {
        return required;
    }

    public boolean checkedByDefault() {
        return checkedByDefault;
    }

    public static List<String> requiredScopes() {
        return Arrays.stream(values()).filter(InstagramPermission::required).map(InstagramPermission::scope).toList();
    }

    public static List<String> defaultScopes() {
        return Arrays.stream(values()).filter(InstagramPermission::checkedByDefault).map(InstagramPermission::scope).toList();
    }

    /** The chosen scopes that this page offers, in table order, always including the required ones. */
    public static List<String> sanitize(List<String> chosen) {
        return Arrays.stream(values())
                .filter(p -> p.required || (chosen != null && chosen.contains(p.scope)))
                .map(InstagramPermission::scope)
                .toList();
    }
}
