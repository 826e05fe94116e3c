package io.igstudio.sandbox.research;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.control.SandboxClock;
import io.igstudio.sandbox.graph.GraphApi;
import io.igstudio.sandbox.graph.GraphCalls;
import io.igstudio.sandbox.graph.GraphError;
import io.igstudio.sandbox.graph.GraphParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/**
 * {@code GET /ig_hashtag_search?user_id=&q=} (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag-search):
 * {@code {"data":[{"id":"..."}]}}, the search counted against the account's 30 unique hashtags per rolling 7 days
 * ({@link SandboxHashtags}). A root edge, so it has a resource of its own beside {@code NodeResource}.
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/ig_hashtag_search")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HashtagSearchResource {

    @Inject
    GraphCalls calls;

    @Inject
    ResearchAccess access;

    @Inject
    SandboxHashtags hashtags;

    @Inject
    SandboxClock clock;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servlet;

    @GET
    public String search() {
        return search(calls.parameters(uri, headers, null, servlet));
    }

    /** Graph's method override; a plain POST is not supported on this edge. */
    @POST
    public String post(String body) {
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if (!"get".equalsIgnoreCase(params.get("method"))) {
            throw GraphError.unsupportedMethod("post", "ig_hashtag_search").exception();
        }
        return search(params);
    }

    private String search(GraphParameters params) {
        var token = calls.authenticate(params, GraphError.tokenRequired(), Instant.now());
        String userId = params.get("user_id");
        if (userId == null || userId.isBlank()) {
            throw GraphError.invalidParameter("The parameter user_id is required").exception();
        }
        access.admit(userId, "get", ResearchAccess.HASHTAGS, token, servlet);
        var hashtag = hashtags.search(userId, params.get("q"), clock.now());
        return Jsons.createObjectBuilder().add("data", Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("id", hashtag.id()))).build().toString();
    }
}
