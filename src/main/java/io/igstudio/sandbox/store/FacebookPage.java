package io.igstudio.sandbox.store;

/** A Facebook Page one sandbox user manages, optionally linked to an Instagram professional account. */
public record FacebookPage(String id, String ownerId, String name, String category, String categoryId, String igUserId) {
}
