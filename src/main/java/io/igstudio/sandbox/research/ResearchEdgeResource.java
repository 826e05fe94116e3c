package io.igstudio.sandbox.research;

import io.igstudio.shared.infra.Jsons;
import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.graph.FieldSelection;
import io.igstudio.sandbox.graph.GraphApi;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import io.igstudio.sandbox.graph.PageListing;
import io.igstudio.sandbox.graph.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /{ig-hashtag-id}/top_media} and {@code /recent_media} (both need {@code user_id}; at most 50 per page;
 * recent covers 24 hours: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag/top-media
 * and .../recent-media), {@code GET /{ig-user-id}/tags} (.../reference/ig-user/tags) and
 * {@code POST /{ig-user-id}/mentions} (.../reference/ig-user/mentions) and
 * {@code GET /{ig-user-id}/recently_searched_hashtags} (25 per page by default, at most 30:
 * .../reference/ig-user/recently_searched_hashtags).
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}/{edge: top_media|recent_media|tags|mentions|recently_searched_hashtags}")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResearchEdgeResource {

    /** "Responses are paginated with a maximum limit of 50 results per page" (IG Hashtag Top Media). */
    static final int HASHTAG_PAGE_MAX = 50;

    @Inject
    GraphCalls calls;

    @Inject
    ResearchAccess access;

    @Inject
    SandboxHashtags hashtags;

    @Inject
    Mentions mentions;

    @Inject
    SandboxClock clock;

    @Inject
    MetaPlatform meta;

    @Inject
    io.igstudio.sandbox.store.SandboxPeople people;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servlet;

    @PathParam("version")
    String version;

    @PathParam("node")
    String node;

    @PathParam("edge")
    String edge;

    @GET
    public String read() {
        return read(calls.parameters(uri, headers, null, servlet));
    }

    @POST
    public String post(String body) {
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if ("get".equalsIgnoreCase(params.get("method"))) {
            return read(params);
        }
        if (!edge.equals("mentions")) {
            throw GraphError.unsupportedMethod("post", node + "/" + edge).exception();
        }
        var token = calls.authenticate(params, GraphError.tokenRequired(), Instant.now());
        access.admit(node, "post", ResearchAccess.MENTIONS, token, servlet);
        return mentions.reply(node, params.get("media_id"), params.get("comment_id"), params.get("message"), clock.now())
                .toString();
    }

    private String read(GraphParameters params) {
        var token = calls.authenticate(params, GraphError.tokenRequired(), Instant.now());
        Instant now = clock.now();
        FieldSelection fields = params.fields();
        String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + version + "/" + node + "/" + edge;
        switch (edge) {
            case "top_media", "recent_media" -> {
                var hashtag = hashtags.find(node).orElseThrow(() -> GraphError.unsupportedGet(node).exception());
                String userId = params.get("user_id");
                if (userId == null || userId.isBlank()) {
                    throw GraphError.invalidParameter("The parameter user_id is required").exception();
                }
                access.admit(userId, "get", ResearchAccess.HASHTAGS, token, servlet);
                List<ResearchMedia> items = edge.equals("top_media") ? OtherMedia.top(hashtag.name(), now)
                        : OtherMedia.recent(hashtag.name(), now);
                return page(items, fields, ResearchMedia.HASHTAG_FIELDS, params, HASHTAG_PAGE_MAX, edgeUrl);
            }
            case "tags" -> {
                var account = access.admit(node, "get", ResearchAccess.MENTIONS, token, servlet);
                return page(OtherMedia.tagging(account.id(), account.username(), now), fields,
                        ResearchMedia.PUBLIC_FIELDS, params, Paging.MAX_LIMIT, edgeUrl);
            }
            case "recently_searched_hashtags" -> {
                access.admit(node, "get", ResearchAccess.HASHTAGS, token, servlet);
                var searched = hashtags.recentlySearched(node, now);
                String limit = params.get("limit");
                if (limit != null && limit.matches("\\d+") && Integer.parseInt(limit) > 30) {
                    limit = "30";
                }
                Paging window = Paging.window(searched.size(), limit, params.get("after"), params.get("before"));
                return PageListing.of(searched, window, h -> Jsons.createObjectBuilder().add("id", h.id()).build(),
                        edgeUrl, uri.getQueryParameters()).toString();
            }
            default -> {
                if (people.instagram(node).isPresent()) {
                    // the mentions edge only takes POST (a reply); mentions are read through mentioned_media/comment
                    throw GraphError.unsupportedGet(node + "/" + edge).exception();
                }
                throw GraphError.unsupportedGet(node).exception();
            }
        }
    }

    private String page(List<ResearchMedia> items, FieldSelection fields, Set<String> allowed, GraphParameters params,
            int maxLimit, String edgeUrl) {
        String limit = params.get("limit");
        if (limit != null && limit.matches("\\d+") && Integer.parseInt(limit) > maxLimit) {
            limit = Integer.toString(maxLimit);
        }
        Paging window = Paging.window(items.size(), limit, params.get("after"), params.get("before"));
        return PageListing.of(items, window, m -> m.json(fields, allowed, meta.baseUrl()), edgeUrl,
                uri.getQueryParameters()).toString();
    }
}
