package io.igstudio.security;

import io.igstudio.graph.MetaPlatform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import org.pac4j.core.config.Config;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.exception.http.WithLocationAction;
import org.pac4j.core.util.Pac4jConstants;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStore;

/**
 * Starts a Facebook dialog round trip with the permissions chosen on the Connect page. pac4j builds the
 * authorization URL (and keeps the OAuth state); the scope is passed per request through
 * {@link MetaFacebookClient#SCOPE_ATTRIBUTE}. Works whether the person is signed in (the accounts are
 * linked to them) or not (the round trip signs them in first).
 */
@RequestScoped
public class FacebookDialog {

    @Inject
    Config config;

    @Inject
    CurrentUser currentUser;

    @Inject
    MetaPlatform meta;

    @Inject
    HttpServletRequest request;

    public URI connectInstagram(List<String> scopes, String returnPath, HttpServletResponse response) {
        LinkedHashSet<String> all = new LinkedHashSet<>(List.of("public_profile"));
        all.addAll(scopes);
        var context = new JEEContext(request, response);
        var sessionStore = new JEESessionStore();
        String owner = currentUser.get().map(u -> u.id()).orElse(null);
        sessionStore.set(context, ConnectIntent.SESSION_KEY, new ConnectIntent(List.copyOf(scopes), owner));
        sessionStore.set(context, Pac4jConstants.REQUESTED_URL, meta.baseUrl() + returnPath);
        request.setAttribute(MetaFacebookClient.SCOPE_ATTRIBUTE, String.join(",", all));

        var client = config.getClients().findClient(MetaFacebookClient.NAME).orElseThrow();
        var action = ((org.pac4j.core.client.IndirectClient) client)
                .getRedirectionAction(new CallContext(context, sessionStore)).orElseThrow();
        return URI.create(((WithLocationAction) action).getLocation());
    }
}
