package io.igstudio.security;

import com.github.scribejava.apis.FacebookApi;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.Token;
import io.igstudio.graph.MetaPlatform;
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

    private final MetaPlatform meta;

    MetaFacebookClient(MetaPlatform meta) {
        super(meta.appId(), meta.appSecret());
        this.meta = meta;
        setName(NAME);
        setCallbackUrl(meta.callbackUrl());
        setCallbackUrlResolver(new org.pac4j.core.http.callback.NoParameterCallbackUrlResolver());
        setFields("id,name,email");
        setScope("public_profile,email");
        // the long-lived token exchange is the Graph client's job, not pac4j's
        getConfiguration().setRequiresExtendedToken(false);
        getConfiguration().setUseAppsecretProof(true);
    }

    @Override
    protected void internalInit(boolean forceReinit) {
        super.internalInit(forceReinit);
        configuration.setApi(new ConfiguredFacebookApi(meta.dialogBase(), meta.graphBase()));
        configuration.setProfileDefinition(new ConfiguredProfileDefinition(meta.graphBase()));
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
