package io.igstudio.sandbox.graph;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.oauth.AccessTokens;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.oauth.SandboxApp;
import io.igstudio.sandbox.oauth.TokenRules;
import io.igstudio.sandbox.store.Grants;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import java.util.List;

/**
 * {@code /debug_token} (https://developers.facebook.com/docs/graph-api/reference/debug_token): the facts
 * of {@code input_token}, called with an app token or a user token of the app. An invalid input token is
 * not an error of the call: Meta answers 200 with {@code is_valid:false} and an {@code error} inside data.
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/debug_token")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DebugTokenResource {

    /** Token lifetimes run on the sandbox clock, which tests move forward (issue 23). */
    @Inject
    io.igstudio.sandbox.control.SandboxClock sandboxClock;

    @Inject
    GraphCalls calls;

    @Inject
    AccessTokens tokens;

    @Inject
    Grants grants;

    @Inject
    SandboxPeople people;

    @Inject
    io.igstudio.sandbox.control.InstagramGate gate;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servlet;

    @GET
    public String get() {
        return debug(calls.parameters(uri, headers, null, servlet));
    }

    @POST
    public String post(String body) {
        return debug(calls.parameters(uri, headers, body, servlet));
    }

    private String debug(GraphParameters p) {
        Instant now = sandboxClock.now();
        calls.authenticate(p, GraphError.tokenRequired(), now);
        String input = p.get("input_token");
        if (input == null || input.isBlank()) {
            throw GraphError.invalidParameter("The parameter input_token is required").exception();
        }
        JsonObjectBuilder data = Jsons.createObjectBuilder();
        if (input.contains("|")) {
            boolean valid = input.equals(tokens.appToken());
            data.add("app_id", input.substring(0, input.indexOf('|'))).add("type", "APP")
                    .add("application", SandboxApp.NAME).add("is_valid", valid);
            return wrap(valid ? data : data.add("error", error(190, "Invalid OAuth access token signature.", null)));
        }
        var stored = tokens.inspect(input);
        if (stored.isEmpty()) {
            data.add("error", error(190, "Invalid OAuth access token.", null)).add("is_valid", false)
                    .add("scopes", Jsons.createArrayBuilder());
            return wrap(data);
        }
        AccessTokens.Stored t = stored.get();
        List<String> scopes = grants.of(t.userId(), t.appId()).entrySet().stream()
                .filter(e -> e.getValue()).map(e -> e.getKey()).toList();
        data.add("app_id", t.appId()).add("type", t.kind().name()).add("application", SandboxApp.NAME)
                .add("data_access_expires_at", t.dataAccessExpiresAt().getEpochSecond())
                .add("expires_at", t.expiresAt() == null ? 0 : t.expiresAt().getEpochSecond());
        boolean valid = false;
        switch (TokenRules.status(t.expiresAt(), t.revokedAt(), now)) {
            case REVOKED -> data.add("error", error(190, GraphError.appNotAuthorized(t.userId(), t.appId()).message(), 458));
            case EXPIRED -> data.add("error", error(190, GraphError.tokenExpired(t.expiresAt(), now).message(), 463));
            default -> {
                // a token the control page invalidated is as invalid here as on every node
                var fault = gate.tokenFault(t.resolved(input), now);
                fault.ifPresent(e -> data.add("error", error(e.code(), e.message(), e.subcode())));
                valid = fault.isEmpty();
            }
        }
        data.add("is_valid", valid).add("issued_at", t.issuedAt().getEpochSecond());
        if (t.kind() == ResolvedToken.Kind.PAGE) {
            data.add("profile_id", t.pageId());
        }
        JsonArrayBuilder scopeList = Jsons.createArrayBuilder();
        JsonArrayBuilder granular = Jsons.createArrayBuilder();
        for (String scope : valid ? scopes : List.<String>of()) {
            scopeList.add(scope);
            granular.add(granular(scope, t.userId()));
        }
        return wrap(data.add("scopes", scopeList).add("granular_scopes", granular).add("user_id", t.userId()));
    }

    /** Page and Instagram permissions name the objects they cover, as Meta's granular_scopes do. */
    private JsonObjectBuilder granular(String scope, String userId) {
        JsonObjectBuilder g = Jsons.createObjectBuilder().add("scope", scope);
        if (scope.startsWith("pages_") || scope.startsWith("instagram_")) {
            JsonArrayBuilder ids = Jsons.createArrayBuilder();
            people.pagesOf(userId).stream()
                    .map(page -> scope.startsWith("pages_") ? page.id() : page.igUserId())
                    .filter(id -> id != null).forEach(ids::add);
            g.add("target_ids", ids);
        }
        return g;
    }

    private static JsonObjectBuilder error(int code, String message, Integer subcode) {
        JsonObjectBuilder e = Jsons.createObjectBuilder().add("code", code).add("message", message);
        return subcode == null ? e : e.add("subcode", subcode);
    }

    private static String wrap(JsonObjectBuilder data) {
        return Jsons.createObjectBuilder().add("data", data).build().toString();
    }

}
