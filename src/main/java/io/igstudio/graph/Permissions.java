package io.igstudio.graph;

import java.util.List;

/** What the person granted and declined in Meta's dialog ({@code GET /me/permissions}). */
public record Permissions(List<String> granted, List<String> declined) {

    public boolean grants(String permission) {
        return granted.contains(permission);
    }
}
