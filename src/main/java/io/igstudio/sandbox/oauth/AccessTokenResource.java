package io.igstudio.sandbox.oauth;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.control.InstagramGate;
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
 * {@code /oauth/access_token}: the code exchange of the manual login flow
 * (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow), the long-lived token
 * exchange (https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived) and
 * the app token (https://developers.facebook.com/docs/facebook-login/guides/access-tokens#apptokens).
 */
@Path("sandbox/meta/{version: v\\d+\\.\\d+}/oauth/access_token")
@SandboxOnly
@GraphApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessTokenResource {

    /** Token lifetimes run on the sandbox clock, which tests move forward (issue 23). */
    @Inject
    io.igstudio.sandbox.control.SandboxClock sandboxClock;

    @Inject
    GraphCalls calls;

    @Inject
    AuthorizationCodes codes;

    @Inject
    AccessTokens tokens;

    @Inject
    InstagramGate gate;

    @Inject
    MetaPlatform meta;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servlet;

    @GET
    public String get() {
        return exchange(calls.parameters(uri, headers, null, servlet));
    }

    @POST
    public String post(String body) {
        return exchange(calls.parameters(uri, headers, body, servlet));
    }

    private String exchange(GraphParameters p) {
        Instant now = sandboxClock.now();
        String clientId = required(p, "client_id");
        if (!SandboxApp.isKnownApp(clientId)) {
            throw GraphError.invalidApplicationId().exception();
        }
        String grantType = p.get("grant_type");
        if (grantType == null || grantType.isBlank() || grantType.equals("authorization_code")) {
            String redirectUri = required(p, "redirect_uri");
            checkSecret(p);
            AuthorizationCodes.Redeemed redeemed = codes.redeem(required(p, "code"), clientId, redirectUri, now);
            return answer(tokens.issueUserToken(clientId, redeemed.userId(), false, now), now);
        }
        checkSecret(p);
        return switch (grantType) {
            case "fb_exchange_token" -> {
                ResolvedToken old = tokens.resolve(required(p, "fb_exchange_token"), now);
                if (!old.isUser() || !old.appId().equals(clientId)) {
                    throw GraphError.invalidParameter("fb_exchange_token must be a user access token of this app").exception();
                }
                // an expired token cannot be exchanged: the person must log in again (graph-api-facts.md, "Tokens")
                gate.refuseExpired(old, now);
                yield answer(tokens.issueUserToken(clientId, old.userId(), true, now, old.dataAccessExpiresAt()), now);
            }
            case "client_credentials" -> Jsons.createObjectBuilder()
                    .add("access_token", tokens.appToken())
                    .add("token_type", "bearer").build().toString();
            default -> throw GraphError.unsupportedGrantType(grantType).exception();
        };
    }

    private static String answer(ResolvedToken token, Instant now) {
        return Jsons.createObjectBuilder()
                .add("access_token", token.raw())
                .add("token_type", "bearer")
                .add("expires_in", TokenRules.secondsLeft(token.expiresAt(), now))
                .build().toString();
    }

    private void checkSecret(GraphParameters p) {
        if (!java.security.MessageDigest.isEqual(meta.sandboxAppSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                required(p, "client_secret").getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw GraphError.invalidClientSecret().exception();
        }
    }

    private static String required(GraphParameters p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            throw GraphError.missingParameter(name).exception();
        }
        return value.trim();
    }
}
