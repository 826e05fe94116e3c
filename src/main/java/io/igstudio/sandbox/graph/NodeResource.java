package io.igstudio.sandbox.graph;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.media.InstagramGraph;
import io.igstudio.sandbox.oauth.AccessTokens;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.FacebookPage;
import io.igstudio.sandbox.store.Grants;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
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

/**
 * Graph nodes and the edges IG Studio reads: {@code /me} (or the user's own id), a Page, an IG User or IG
 * Media (answered by {@link InstagramGraph}), {@code /me/permissions} (GET and DELETE) and {@code /me/accounts}. POST with {@code method=get|delete}
 * is honoured like Graph's method override.
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NodeResource {

    @Inject
    GraphCalls calls;

    @Inject
    SandboxPeople people;

    @Inject
    Grants grants;

    @Inject
    AccessTokens tokens;

    @Inject
    MetaPlatform meta;

    @Inject
    InstagramGraph instagram;

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

    private final Instant now = Instant.now();

    @GET
    public String read() {
        return node(calls.parameters(uri, headers, null, servlet));
    }

    @POST
    public String post(String body) {
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if ("get".equalsIgnoreCase(params.get("method"))) {
            return node(params);
        }
        throw GraphError.unsupportedMethod("post", node).exception();
    }

    @GET
    @Path("permissions")
    public String permissions() {
        ResolvedToken token = userToken(calls.parameters(uri, headers, null, servlet), "permissions");
        JsonArrayBuilder data = Json.createArrayBuilder();
        grants.of(token.userId(), token.appId()).forEach((scope, granted) -> data.add(Json.createObjectBuilder()
                .add("permission", scope).add("status", granted ? "granted" : "declined")));
        return Json.createObjectBuilder().add("data", data).build().toString();
    }

    /** https://developers.facebook.com/docs/facebook-login/guides/permissions/request-revoke: removes the app. */
    @DELETE
    @Path("permissions")
    public String revoke(String body) {
        ResolvedToken token = userToken(calls.parameters(uri, headers, body, servlet), "permissions");
        grants.revokeAll(token.userId(), token.appId());
        tokens.revokeAll(token.userId(), token.appId(), now);
        return Json.createObjectBuilder().add("success", true).build().toString();
    }

    @POST
    @Path("permissions")
    public String postPermissions(String body) {
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if ("delete".equalsIgnoreCase(params.get("method"))) {
            return revoke(body);
        }
        if ("get".equalsIgnoreCase(params.get("method"))) {
            return permissions();
        }
        throw GraphError.unsupportedMethod("post", node + "/permissions").exception();
    }

    /**
     * The user's Pages. Without {@code pages_show_list} Meta returns no Page rather than an error: "In order for
     * a Page to be returned, the User must also grant the app ... the pages_show_list permission"
     * (https://developers.facebook.com/docs/graph-api/reference/user/accounts).
     */
    @GET
    @Path("accounts")
    public String accounts() {
        GraphParameters params = calls.parameters(uri, headers, null, servlet);
        ResolvedToken token = userToken(params, "accounts");
        FieldSelection fields = params.fields();
        var pages = calls.hasScope(token, "pages_show_list") ? people.pagesOf(token.userId()) : java.util.List.<FacebookPage>of();
        Paging window = Paging.window(pages.size(), params.get("limit"), params.get("after"), params.get("before"));
        String edgeUrl = meta.baseUrl() + MetaPlatform.SANDBOX_PATH + "/" + version + "/" + node + "/accounts";
        return PageListing.of(pages, window, page -> pageJson(page, fields, token), edgeUrl, uri.getQueryParameters())
                .toString();
    }

    private String node(GraphParameters params) {
        ResolvedToken token = calls.authenticate(params, isMe() ? GraphError.activeTokenRequired() : GraphError.tokenRequired(), now);
        FieldSelection fields = params.fields();
        if (isMe() && token.kind() == ResolvedToken.Kind.APP) {
            throw GraphError.activeTokenRequired().exception();
        }
        String id = isMe() ? (token.kind() == ResolvedToken.Kind.PAGE ? token.pageId() : token.userId()) : node;
        if (token.userId() != null && id.equals(token.userId())) {
            return GraphNodes.user(people.user(id).orElseThrow(), fields, calls.hasScope(token, "email")).toString();
        }
        var page = people.page(id).filter(p -> token.userId() != null && p.ownerId().equals(token.userId()));
        if (page.isPresent()) {
            return pageJson(page.get(), fields, token).toString();
        }
        var call = new InstagramGraph.Call(token, version, uri.getQueryParameters(), servlet, now);
        return instagram.node(id, fields, call).orElseThrow(() -> GraphError.unsupportedGet(id).exception()).toString();
    }

    /** A USER token for the edge of the user node; Page tokens have no such edge, app tokens no "me". */
    private ResolvedToken userToken(GraphParameters params, String edge) {
        ResolvedToken token = calls.authenticate(params, isMe() ? GraphError.activeTokenRequired() : GraphError.tokenRequired(), now);
        if (token.kind() == ResolvedToken.Kind.APP) {
            throw (isMe() ? GraphError.activeTokenRequired() : GraphError.unsupportedGet(node)).exception();
        }
        if (token.kind() == ResolvedToken.Kind.PAGE && (isMe() || node.equals(token.pageId()))) {
            throw GraphError.nonexistingField(edge, "Page").exception();
        }
        if (!isMe() && !node.equals(token.userId())) {
            throw GraphError.unsupportedGet(node).exception();
        }
        return token;
    }

    private jakarta.json.JsonObject pageJson(FacebookPage page, FieldSelection fields, ResolvedToken token) {
        return GraphNodes.page(page, fields,
                p -> token.kind() == ResolvedToken.Kind.PAGE ? token.raw() : tokens.pageToken(token, p.id(), now),
                igId -> people.instagram(igId).orElseThrow(), meta.baseUrl());
    }

    private boolean isMe() {
        return "me".equals(node);
    }
}
