package io.igstudio.users;

/** What pages and features know about the person signed in: our own ids, never a pac4j type. */
public record SignedInUser(String id, String facebookId, String name, String email, boolean admin)
        implements java.io.Serializable {
    static SignedInUser of(User user) {
        return new SignedInUser(user.getId(), user.getFacebookId(), user.getName(), user.getEmail(), user.isAdmin());
    }
}
