package io.igstudio.sandbox.media;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.control.InstagramGate;
import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphNodes;
import io.igstudio.sandbox.graph.PageListing;
import io.igstudio.sandbox.graph.Paging;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Instagram side of the Graph API: the IG User node with its {@code media} and {@code stories} edges
 * (also as field expansion, {@code media.limit(24){...}}), IG Media nodes and their {@code children}. Every
 * call needs {@code instagram_basic} and an account reachable through one of the token person's Pages
 * (for a Page token, that Page); otherwise Meta's 100/33 "Unsupported get request". Then the account's
 * fault mode and hourly budget apply ({@link InstagramGate}).
 */
@ApplicationScoped
public class InstagramGraph {

    static final Set<String> USER_EDGES = Set.of("media", "stories");

    /** One request: its caller, API version, query string and time. */
    public record Call(ResolvedToken token, String version, Map<String, List<String>> query, HttpServletRequest servlet,
            Instant now) {
    }

    @Inject
    SandboxPeople people;

    @Inject
    MediaStore store;

    @Inject
    GraphCalls calls;

    @Inject
    InstagramGate gate;

    @Inject
    MetaPlatform meta;

    /** The IG User or IG Media node {@code id}; empty when it is neither, so that the caller answers 100/33. */
    public Optional<JsonObject> node(String id, FieldSelection fields, Call call) {
        Optional<InstagramAccount> user = people.instagram(id);
        if (user.isPresent()) {
            return Optional.of(user(admit(user.get(), id, call), fields, call));
        }
        return locate(id, call.now()).map(found -> {
            InstagramAccount owner = admit(found.owner(), id, call);
            return MediaJson.of(found.media(), fields, owner.username(), meta.baseUrl(), m2 -> store.children(m2.id()));
        });
    }

    /** {@code /{ig-user-id}/media}, {@code /{ig-user-id}/stories} or {@code /{ig-media-id}/children}. */
    public JsonObject edge(String nodeId, String edge, FieldSelection fields, Map<String, String> paging, Call call) {
        if (edge.equals("children")) {
            Located found = locate(nodeId, call.now()).orElseThrow(() -> unknown(nodeId));
            InstagramAccount owner = admit(found.owner(), nodeId, call);
            List<SandboxMedia> children = found.media().isCarousel() ? store.children(nodeId) : List.of();
            return MediaJson.children(children, fields, owner.username(), meta.baseUrl());
        }
        InstagramAccount account = people.instagram(nodeId).orElse(null);
        if (account == null) {
            Located media = locate(nodeId, call.now()).orElseThrow(() -> unknown(nodeId));
            admit(media.owner(), nodeId, call);
            throw GraphError.nonexistingField(edge, MediaJson.NODE_TYPE).exception();
        }
        admit(account, nodeId, call);
        return edgePage(account, edge, fields, paging.get("limit"), paging.get("after"), paging.get("before"),
                call.query(), call);
    }

    private JsonObject user(InstagramAccount ig, FieldSelection fields, Call call) {
        int feedSize = store.feedSize(ig.id());
        InstagramAccount shown = new InstagramAccount(ig.id(), ig.username(), ig.name(), ig.accountType(),
                ig.biography(), ig.website(), ig.followersCount(), ig.followsCount(), feedSize);
        JsonObject plain = GraphNodes.instagram(shown, fields.without(USER_EDGES), meta.baseUrl());
        if (fields.names().stream().noneMatch(USER_EDGES::contains)) {
            return plain;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String f : fields.names()) {
            if (USER_EDGES.contains(f)) {
                JsonObject edge = edgePage(ig, f, fields.sub(f), fields.limit(f), null, null, nestedQuery(call, fields.sub(f)), call);
                // Graph leaves an expanded edge out when it has nothing in it
                if (!edge.getJsonArray("data").isEmpty()) {
                    json.add(f, edge);
                }
            } else if (plain.containsKey(f)) {
                json.add(f, plain.get(f));
            }
        }
        return json.build();
    }

    private JsonObject edgePage(InstagramAccount ig, String edge, FieldSelection fields, String limit, String after,
            String before, Map<String, List<String>> linkQuery, Call call) {
        String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + call.version() + "/" + ig.id() + "/" + edge;
        if (edge.equals("stories")) {
            List<SandboxMedia> stories = StoryClock.active(ig.id(), call.now());
            Paging window = Paging.window(stories.size(), limit, after, before);
            return PageListing.of(stories, window, s -> MediaJson.of(s, fields, ig.username(), meta.baseUrl(),
                    x -> List.of()), edgeUrl, linkQuery);
        }
        Paging window = Paging.window(store.feedSize(ig.id()), limit, after, before);
        return PageListing.ofWindow(store.feed(ig.id(), window.from(), window.to()), window,
                m -> MediaJson.of(m, fields, ig.username(), meta.baseUrl(), m2 -> store.children(m2.id())), edgeUrl, linkQuery);
    }

    /** What Meta puts in the paging links of an expanded edge: the caller's token and proof, and the edge's fields. */
    private static Map<String, List<String>> nestedQuery(Call call, FieldSelection fields) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String kept : List.of("access_token", "appsecret_proof")) {
            if (call.query().containsKey(kept)) {
                query.put(kept, call.query().get(kept));
            }
        }
        if (!fields.isEmpty()) {
            query.put("fields", List.of(fields.toString()));
        }
        return query;
    }

    private InstagramAccount admit(InstagramAccount ig, String requestedId, Call call) {
        ResolvedToken token = call.token();
        calls.requireScope(token, "instagram_basic");
        boolean reachable = token.userId() != null && people.pageLinking(token.userId(), ig.id())
                .filter(p -> token.kind() != ResolvedToken.Kind.PAGE || p.id().equals(token.pageId())).isPresent();
        if (!reachable) {
            throw unknown(requestedId);
        }
        gate.admit(ig.id(), token, call.servlet(), call.now());
        return ig;
    }

    private record Located(SandboxMedia media, InstagramAccount owner) {
    }

    private Optional<Located> locate(String mediaId, Instant now) {
        if (StoryClock.isStoryId(mediaId)) {
            for (InstagramAccount account : people.instagramAccounts()) {
                Optional<SandboxMedia> story = StoryClock.find(mediaId, account.id(), now);
                if (story.isPresent()) {
                    return Optional.of(new Located(story.get(), account));
                }
            }
            return Optional.empty();
        }
        return store.find(mediaId).flatMap(m -> people.instagram(m.igUserId()).map(owner -> new Located(m, owner)));
    }

    private static RuntimeException unknown(String id) {
        return GraphError.unsupportedGet(id).exception();
    }
}
