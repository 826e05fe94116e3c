package io.igstudio.sandbox.graph;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.media.InstagramGraph;
import io.igstudio.sandbox.oauth.AccessTokens;
import io.igstudio.sandbox.publishing.PublishedMedia;
import io.igstudio.sandbox.publishing.Publisher;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.FacebookPage;
import io.igstudio.sandbox.store.Grants;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
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
 * Media (answered by {@link InstagramGraph}), an IG Container ({@link Publisher}), {@code /me/permissions} (GET and DELETE) and {@code /me/accounts}. POST with {@code method=get|delete}
 * is honoured like Graph's method override. Comment ids are read, hidden and deleted by
 * {@link io.igstudio.sandbox.comments.SandboxComments}.
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/{node}")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NodeResource {

    /** Token lifetimes run on the sandbox clock, which tests move forward (issue 23). */
    @Inject
    io.igstudio.sandbox.control.SandboxClock sandboxClock;

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

    @Inject
    Publisher publisher;

    @Inject
    PublishedMedia published;

    /** IG Hashtag nodes (issue 22). */
    @Inject
    io.igstudio.sandbox.research.HashtagNodes hashtags;
    @Inject
    io.igstudio.sandbox.comments.SandboxComments comments;

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

    /** Graph's method override, or {@code comment_enabled} on a published post ({@link PublishedMedia#update}). */
    @POST
    public String post(String body) {
        GraphParameters params = calls.parameters(uri, headers, body, servlet);
        if ("get".equalsIgnoreCase(params.get("method"))) {
            return node(params);
        }
        if ("delete".equalsIgnoreCase(params.get("method"))) {
            return delete(params);
        }
        ResolvedToken token = calls.authenticate(params, GraphError.tokenRequired(), sandboxClock.now());
        var comment = comments.update(node, params, token, servlet);
        if (comment.isPresent()) {
            return comment.get().toString();
        }
        return published.update(node, params, token, servlet)
                .orElseThrow(() -> GraphError.unsupportedMethod("post", node).exception()).toString();
    }

    /** {@code DELETE /{ig-media-id}} ({@link PublishedMedia#delete}). */
    @DELETE
    public String delete(String body) {
        return delete(calls.parameters(uri, headers, body, servlet));
    }

    private String delete(GraphParameters params) {
        ResolvedToken token = calls.authenticate(params, GraphError.tokenRequired(), sandboxClock.now());
        var comment = comments.delete(node, token, servlet);
        if (comment.isPresent()) {
            return comment.get().toString();
        }
        return published.delete(node, token, servlet)
                .orElseThrow(() -> GraphError.unsupportedMethod("delete", node).exception()).toString();
    }

    @GET
    @Path("permissions")
    public String permissions() {
        ResolvedToken token = userToken(calls.parameters(uri, headers, null, servlet), "permissions");
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        grants.of(token.userId(), token.appId()).forEach((scope, granted) -> data.add(Jsons.createObjectBuilder()
                .add("permission", scope).add("status", granted ? "granted" : "declined")));
        return Jsons.createObjectBuilder().add("data", data).build().toString();
    }

    /** https://developers.facebook.com/docs/facebook-login/guides/permissions/request-revoke: removes the app. */
    @DELETE
    @Path("permissions")
    public String revoke(String body) {
        ResolvedToken token = userToken(calls.parameters(uri, headers, body, servlet), "permissions");
        grants.revokeAll(token.userId(), token.appId());
        tokens.revokeAll(token.userId(), token.appId(), sandboxClock.now());
        return Jsons.createObjectBuilder().add("success", true).build().toString();
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
     * {@code DELETE /{user-id}/permissions/{permission}}: revokes one permission and answers {@code {"success":true}}
     * (https://developers.facebook.com/docs/facebook-login/guides/permissions/request-revoke); public_profile cannot
     * be revoked on its own.
     */
    @DELETE
    @Path("permissions/{permission}")
    public String revokeOne(@PathParam("permission") String permission, String body) {
        ResolvedToken token = userToken(calls.parameters(uri, headers, body, servlet), "permissions");
        if (io.igstudio.sandbox.store.Grants.PUBLIC_PROFILE.equals(permission)) {
            throw GraphError.invalidParameter("public_profile cannot be revoked on its own").exception();
        }
        grants.revoke(token.userId(), token.appId(), permission, sandboxClock.now());
        return Jsons.createObjectBuilder().add("success", true).build().toString();
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
        ResolvedToken token = calls.authenticate(params, isMe() ? GraphError.activeTokenRequired() : GraphError.tokenRequired(), sandboxClock.now());
        FieldSelection fields = params.fields();
        if (isMe() && token.kind() == ResolvedToken.Kind.APP) {
            throw GraphError.activeTokenRequired().exception();
        }
        String id = isMe() ? (token.kind() == ResolvedToken.Kind.PAGE ? token.pageId() : token.userId()) : node;
        if (token.userId() != null && id.equals(token.userId())) {
            return GraphNodes.user(people.user(id).orElseThrow(), fields, calls.hasScope(token, "email"), meta.baseUrl()).toString();
        }
        var page = people.page(id).filter(p -> token.userId() != null && p.ownerId().equals(token.userId()));
        if (page.isPresent()) {
            return pageJson(page.get(), fields, token).toString();
        }
        var container = publisher.containerNode(id, fields, token, servlet);
        if (container.isPresent()) {
            return container.get().toString();
        }
        var hashtag = hashtags.node(id, fields, token);
        if (hashtag.isPresent()) {
            return hashtag.get().toString();
        }
        var comment = comments.node(id, fields, token, servlet);
        if (comment.isPresent()) {
            return comment.get().toString();
        }
        var call = new InstagramGraph.Call(token, version, uri.getQueryParameters(), servlet, now);
        return instagram.node(id, fields, call).orElseThrow(() -> GraphError.unsupportedGet(id).exception()).toString();
    }

    /** A USER token for the edge of the user node; Page tokens have no such edge, app tokens no "me". */
    private ResolvedToken userToken(GraphParameters params, String edge) {
        ResolvedToken token = calls.authenticate(params, isMe() ? GraphError.activeTokenRequired() : GraphError.tokenRequired(), sandboxClock.now());
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
                p -> token.kind() == ResolvedToken.Kind.PAGE ? token.raw() : tokens.pageToken(token, p.id(), sandboxClock.now()),
                igId -> people.instagram(igId).orElseThrow(), meta.baseUrl());
    }

    private boolean isMe() {
        return "me".equals(node);
    }
}
