package io.igstudio.accounts;

import io.igstudio.graph.InstagramProfile;

/**
 * Instagram professional account kinds that can connect; personal accounts cannot.
 *
 * <p>Through Facebook Login the IG User node has no field for the kind ({@code account_type} exists only
 * in the Instagram API with Instagram Login, graph.instagram.com; asking graph.facebook.com for it is
 * error #100: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user,
 * getopenpost/openpost#218). So the kind is taken from Meta when a response carries it, and otherwise
 * declared by the person on the Accounts page.
 */
public enum AccountType {
    BUSINESS, CREATOR;

    /** The kind Meta reported, or {@code null} when it did not say. */
    static AccountType reportedBy(InstagramProfile profile) {
        String type = profile.accountType();
        if (type == null) {
            return null;
        }
        return type.equalsIgnoreCase("CREATOR") || type.equalsIgnoreCase("MEDIA_CREATOR") ? CREATOR : BUSINESS;
    }

    static AccountType parse(String value) {
        try {
            return value == null ? null : valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
