package io.igstudio.accounts;

import io.igstudio.graph.InstagramProfile;

/** Instagram professional account kinds that can connect; personal accounts cannot. */
public enum AccountType {
    BUSINESS, CREATOR;

    static AccountType of(InstagramProfile profile) {
        String type = profile.accountType();
        return type != null && (type.equalsIgnoreCase("CREATOR") || type.equalsIgnoreCase("MEDIA_CREATOR"))
                ? CREATOR : BUSINESS;
    }
}
