package io.igstudio.sandbox.graph;

import io.igstudio.graph.MetaPlatform;
import io.igstudio.sandbox.oauth.AccessTokens;
import io.igstudio.sandbox.oauth.ResolvedToken;
import io.igstudio.sandbox.store.Grants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every Graph endpoint does first: gather the parameters, then authenticate the caller. */
@ApplicationScoped
public class GraphCalls {

    @Inject
    AccessTokens tokens;

    @Inject
    Grants grants;

    @Inject
    MetaPlatform meta;

    @Inject
    io.igstudio.sandbox.control.InstagramGate gate;

    public GraphParameters parameters(UriInfo uri, HttpHeaders headers, String body, HttpServletRequest servlet) {
        Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if ((body == null || body.isEmpty()) && contentType != null
                && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            // a servlet filter may have read the form already; the container then only has it as parameters
            servlet.getParameterMap().forEach((name, values) -> query.putIfAbsent(name, new ArrayList<>(List.of(values))));
        }
        return GraphParameters.of(query, contentType, body, headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    /**
     * The caller's valid token, or Meta's error: {@code whenMissing} without one, 190 for a bad one (also
     * when the control page expired it, changed the password or removed the app: Meta refuses such a token
     * on every node, https://developers.facebook.com/docs/graph-api/guides/error-handling), 100 without
     * {@code appsecret_proof} or with a wrong one. The sandbox app has "Require App Secret" on
     * (https://developers.facebook.com/docs/graph-api/securing-requests): user and Page tokens need a proof;
     * an app token carries the secret itself.
     */
    public ResolvedToken authenticate(GraphParameters params, GraphError whenMissing, Instant now) {
        String raw = params.accessToken().orElseThrow(whenMissing::exception);
        ResolvedToken token = tokens.resolve(raw, now);
        if (token.kind() != ResolvedToken.Kind.APP) {
            gate.tokenFault(token, now).ifPresent(error -> {
                throw error.exception();
            });
            List<String> proofs = params.all("appsecret_proof");
            if (proofs.isEmpty()) {
                throw GraphError.appSecretProofRequired().exception();
            }
            if (!AppSecretProof.accepts(proofs, raw, meta.sandboxAppSecret())) {
                throw GraphError.invalidAppSecretProof().exception();
            }
        }
        return token;
    }

    /** A user (or Page) token whose person granted {@code scope}, or Meta's permission error. */
    public void requireScope(ResolvedToken token, String scope) {
        if (token.userId() == null || !grants.has(token.userId(), token.appId(), scope)) {
            throw GraphError.permissionMissing(scope).exception();
        }
    }

    public boolean hasScope(ResolvedToken token, String scope) {
        return token.userId() != null && grants.has(token.userId(), token.appId(), scope);
    }
}
