package io.igstudio.sandbox.store;

/** A seeded Facebook user of the sandbox; {@code id} is the app-scoped user id the app sees. */
public record FacebookUser(String id, String name, String email) {
}
