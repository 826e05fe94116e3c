package io.igstudio.sandbox.research;

import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.oauth.ResolvedToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /{ig-hashtag-id}?fields=id,name} (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag):
 * a hashtag somebody searched before; its edges are {@link ResearchEdgeResource}'s.
 */
@ApplicationScoped
public class HashtagNodes {

    @Inject
    SandboxHashtags hashtags;

    @Inject
    GraphCalls calls;

    public Optional<JsonObject> node(String id, FieldSelection requested, ResolvedToken token) {
        return hashtags.find(id).map(h -> {
            calls.requireScope(token, "instagram_basic");
            FieldSelection fields = requested.orDefaults("id");
            fields.requireKnown(Set.of("id", "name"), "IGHashtag");
            JsonObjectBuilder json = Jsons.createObjectBuilder();
            if (fields.has("name")) {
                json.add("name", h.name());
            }
            return json.add("id", h.id()).build();
        });
    }
}
