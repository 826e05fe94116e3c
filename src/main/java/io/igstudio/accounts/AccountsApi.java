package io.igstudio.accounts;

import io.igstudio.graph.AccessToken;
import io.igstudio.graph.GraphException;
import io.igstudio.security.CurrentUser;
import io.igstudio.security.JsonApi;
import io.igstudio.security.JsonBodies;
import io.igstudio.security.TokenCallLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/**
 * The specification's JSON routes for its TypeScript client. Session-authenticated and guarded by
 * {@link JsonApi}. Stored tokens never leave: accounts show {@code "hidden"}, and the exchange/refresh
 * routes only return the token exchanged for the one the caller sent.
 */
@Path("api")
@JsonApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsApi {

    @Inject
    CurrentUser currentUser;

    @Inject
    InstagramAccounts accounts;

    @Inject
    TokenExchange tokens;

    @Inject
    TokenCallLimit tokenCalls;

    @Context
    HttpServletRequest request;

    @GET
    @Path("auth/instagram/accounts")
    public Response list() {
        String userId = currentUser.require().id();
        var array = Jsons.createArrayBuilder();
        accounts.list(userId).forEach(a -> array.add(json(userId, a)));
        return Response.ok(array.build()).build();
    }

    @DELETE
    @Path("auth/instagram/accounts")
    public Response disconnect(@QueryParam("accountId") String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return error(400, "account_id_required", "Pass the account to remove as ?accountId=");
        }
        DisconnectResult result = accounts.disconnect(currentUser.require().id(), accountId);
        var body = Jsons.createObjectBuilder().add("success", true).add("revoked", result.revoked());
        if (result.revokeProblem() != null) {
            body.add("warning", "Removed here, but Meta could not revoke access: " + result.revokeProblem());
        }
        return Response.ok(body.build()).build();
    }

    @POST
    @Path("instagram/exchange-token")
    @Consumes(MediaType.WILDCARD)
    public Response exchange(String body) {
        return withToken(body, tokens::exchange);
    }

    @POST
    @Path("instagram/refresh-token")
    @Consumes(MediaType.WILDCARD)
    public Response refresh(String body) {
        return withToken(body, tokens::refresh);
    }

    private Response withToken(String body, Function<String, AccessToken> action) {
        JsonValue value;
        try {
            value = JsonBodies.read(body);
        } catch (JsonBodies.InvalidJsonException e) {
            return error(400, "invalid_json", "The body must be a JSON object like {\"token\": \"...\"}");
        }
        JsonValue token = value instanceof JsonObject o ? o.get("token") : null;
        if (!(token instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > 4096) {
            return error(400, "token_required", "Send the token to exchange as {\"token\": \"...\"}");
        }
        // each exchange calls Meta's token endpoint with the app secret: bounded per person and address
        var wait = tokenCalls.admit(currentUser.require().id(), request.getRemoteAddr());
        if (wait.isPresent()) {
            return Response.status(429).header("Retry-After", wait.getAsLong())
                    .entity(errorBody("rate_limited", "Too many token exchanges; retry later")).build();
        }
        try {
            AccessToken exchanged = action.apply(s.getString());
            var out = Jsons.createObjectBuilder().add("access_token", exchanged.value());
            out.add("expires_in", exchanged.expiresIn() == null ? 0 : exchanged.expiresIn().toSeconds());
            return Response.ok(out.build()).build();
        } catch (GraphException.InvalidToken e) {
            return error(400, "invalid_token", "Meta does not accept this token (expired, revoked or malformed)");
        } catch (GraphException.RateLimited e) {
            return Response.status(429).header("Retry-After", e.retryAfterSeconds())
                    .entity(errorBody("rate_limited", "Meta asks to slow down; retry later")).build();
        } catch (GraphException.Transient e) {
            return error(502, "meta_unavailable", "Meta could not be reached; try again shortly");
        } catch (GraphException e) {
            return error(400, "meta_refused", "Meta refused the exchange (code " + e.code() + ")");
        }
    }

    private static JsonObject json(String userId, AccountView a) {
        JsonObjectBuilder o = Jsons.createObjectBuilder()
                .add("id", a.id())
                .add("userId", userId)
                .add("providerId", "facebook")
                .add("accountId", a.igUserId())
                .add("accessToken", "hidden")
                .add("refreshToken", JsonValue.NULL)
                .add("scope", String.join(",", a.permissions()))
                .add("username", a.username())
                .add("connectedPageId", a.pageId())
                .add("status", a.status().name());
        // null when Meta did not report the kind and the person has not said (see AccountType)
        orNull(o, "accountType", a.accountType());
        orNull(o, "accessTokenExpiresAt", a.tokenExpiresAt() == null ? null : a.tokenExpiresAt().toString());
        return o.build();
    }

    private static void orNull(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.add(key, JsonValue.NULL);
        } else {
            o.add(key, value);
        }
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).entity(errorBody(code, message)).build();
    }

    private static JsonObject errorBody(String code, String message) {
        return Jsons.createObjectBuilder().add("error", code).add("message", message).build();
    }
}
