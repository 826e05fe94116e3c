package io.igstudio.security;

import com.github.scribejava.apis.FacebookApi;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Token;
import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.oauth.OAuthService;
import io.igstudio.graph.MetaPlatform;
import java.util.Optional;
import org.pac4j.core.client.IndirectClient;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.credentials.extractor.CredentialsExtractor;
import org.pac4j.core.exception.CredentialsException;
import org.pac4j.core.context.WebContext;
import org.pac4j.oauth.client.FacebookClient;
import org.pac4j.oauth.config.OAuthConfiguration;
import org.pac4j.oauth.profile.facebook.FacebookConfiguration;
import org.pac4j.oauth.profile.facebook.FacebookProfileDefinition;

/**
 * pac4j's Facebook client pointed at whichever Meta is configured. pac4j hard-codes
 * {@code www.facebook.com/v3.2} and {@code graph.facebook.com/v2.8/me} and resets its API in
 * {@code internalInit}, so the endpoints are replaced after {@code super.internalInit}.
 */
class MetaFacebookClient extends FacebookClient {

    static final String NAME = "facebook";
    /** Request attribute with the scopes of this round trip; plain sign-in asks for the default scope. */
    static final String SCOPE_ATTRIBUTE = "igstudio.oauthScope";

    private final MetaPlatform meta;

    MetaFacebookClient(MetaPlatform meta) {
        this.meta = meta;
        configuration = new PerRequestScopeConfiguration();
        setKey(meta.appId());
        setSecret(meta.appSecret());
        setName(NAME);
        setCallbackUrl(meta.callbackUrl());
        setCallbackUrlResolver(new org.pac4j.core.http.callback.NoParameterCallbackUrlResolver());
        setFields("id,name,email");
        setScope("public_profile,email");
        // the long-lived token exchange is the Graph client's job, not pac4j's
        getConfiguration().setRequiresExtendedToken(false);
        getConfiguration().setUseAppsecretProof(true);
        // pac4j answers 401 to the next sign-in after a callback without credentials ("already tried");
        // SignInProblemFilter explains every failed callback and offers "Try again", which must work
        setCheckAuthenticationAttempt(false);
    }

    @Override
    protected void internalInit(boolean forceReinit) {
        super.internalInit(forceReinit);
        configuration.setApi(new ConfiguredFacebookApi(meta.dialogBase(), meta.graphBase()));
        configuration.setProfileDefinition(new ConfiguredProfileDefinition(meta.graphBase()));
        // pac4j's default state has 10 hex characters (40 bits); 256 random bits cannot be guessed
        configuration.setStateGenerator(ctx -> OAuthState.next());
        if (!(getCredentialsExtractor() instanceof FailLoudly)) {
            setCredentialsExtractor(new FailLoudly(getCredentialsExtractor()));
        }
    }

    /**
     * pac4j logs a refused callback (a state mismatch, for one) at INFO and carries on as if nobody had
     * signed in, which sends the person back to the dialog. Rethrown, it reaches
     * {@link SignInProblemFilter}, which explains it.
     */
    private record FailLoudly(CredentialsExtractor delegate) implements CredentialsExtractor {
        @Override
        public Optional<Credentials> extract(CallContext ctx) {
            Optional<Credentials> credentials;
            try {
                credentials = delegate.extract(ctx);
            } catch (CredentialsException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            if (credentials.isEmpty()) {
                // a callback with neither a code nor an error was not sent by Meta's dialog
                throw new IllegalStateException("No authorization code in the callback");
            }
            return credentials;
        }
    }

    /** pac4j's scope is fixed per client; the Connect page chooses it per round trip. */
    private static final class PerRequestScopeConfiguration extends FacebookConfiguration {
        @Override
        public OAuthService buildService(WebContext context, IndirectClient client) {
            Object requested = context.getRequestAttribute(SCOPE_ATTRIBUTE).orElse(null);
            if (requested instanceof String scopes) {
                init();
                return ((DefaultApi20) getApi()).createService(getKey(), getSecret(),
                        client.computeFinalCallbackUrl(context), scopes, getResponseType(), null, null,
                        getHttpClientConfig(), null);
            }
            return super.buildService(context, client);
        }
    }

    private static final class ConfiguredFacebookApi extends FacebookApi {
        private final String dialogBase;
        private final String graphBase;

        ConfiguredFacebookApi(String dialogBase, String graphBase) {
            super(dialogBase.substring(dialogBase.lastIndexOf('/') + 2));
            this.dialogBase = dialogBase;
            this.graphBase = graphBase;
        }

        @Override
        public String getAccessTokenEndpoint() {
            return graphBase + "/oauth/access_token";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return dialogBase + "/dialog/oauth";
        }
    }

    private static final class ConfiguredProfileDefinition extends FacebookProfileDefinition {
        private final String graphBase;

        ConfiguredProfileDefinition(String graphBase) {
            this.graphBase = graphBase;
        }

        @Override
        public String getProfileUrl(Token accessToken, OAuthConfiguration configuration) {
            FacebookConfiguration fb = (FacebookConfiguration) configuration;
            String url = graphBase + "/me?fields=" + fb.getFields();
            if (fb.isUseAppsecretProof()) {
                url = computeAppSecretProof(url, (OAuth2AccessToken) accessToken, fb);
            }
            return url;
        }
    }
}
