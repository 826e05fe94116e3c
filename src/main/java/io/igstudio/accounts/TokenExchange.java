package io.igstudio.accounts;

import io.igstudio.graph.AccessToken;
import io.igstudio.graph.GraphClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The specification's exchange and refresh routes: the caller hands in a token it holds and gets back a
 * long-lived one. Nothing is stored; stored tokens never leave IG Studio.
 */
@ApplicationScoped
public class TokenExchange {

    @Inject
    GraphClient graph;

    /** Short-lived (about an hour) to long-lived (about 60 days). */
    public AccessToken exchange(String shortLivedToken) {
        return graph.exchangeForLongLived(shortLivedToken);
    }

    /**
     * Facebook user tokens have no refresh grant: exchanging a still-valid long-lived token returns a fresh
     * one, and an expired one cannot be exchanged (the person must log in again).
     * https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived
     */
    public AccessToken refresh(String longLivedToken) {
        return graph.exchangeForLongLived(longLivedToken);
    }
}
