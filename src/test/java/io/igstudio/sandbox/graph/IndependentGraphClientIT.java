package io.igstudio.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restfb.Connection;
import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.DefaultWebRequestor;
import com.restfb.FacebookEndpoints;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookGraphException;
import com.restfb.types.DebugTokenInfo;
import com.restfb.types.Page;
import com.restfb.types.User;
import com.restfb.types.instagram.IgMedia;
import com.restfb.types.instagram.IgMediaChild;
import com.restfb.types.instagram.IgUser;
import io.igstudio.graph.MetaPlatform;
import io.igstudio.testing.Deployments;
import io.igstudio.testing.ItEnvironment;
import io.igstudio.testing.SandboxTokens;
import io.igstudio.testing.SandboxControl;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * RestFB, a Graph API client written without any knowledge of the sandbox, pointed at the sandbox and used
 * unchanged: if it reads what it reads from graph.facebook.com, the sandbox answers in Meta's shapes; its
 * errors must be the ones Meta sends (issue 16).
 */
@ExtendWith(ArquillianExtension.class)
class IndependentGraphClientIT {

    private static final String DANA = "Dana Agency";
    private static final String AVA = "Ava Martin";
    private static final String READ_SCOPES = "public_profile,email,pages_show_list,pages_read_engagement,instagram_basic";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    private static DefaultFacebookClient restFb(String token, boolean withSecret) {
        DefaultFacebookClient client = withSecret
                ? new DefaultFacebookClient(token, ItEnvironment.sandboxAppSecret(), new PlainHttp(), new DefaultJsonMapper(),
                        Version.VERSION_24_0)
                : new DefaultFacebookClient(token, new PlainHttp(), new DefaultJsonMapper(), Version.VERSION_24_0);
        String sandbox = ItEnvironment.baseUrl() + MetaPlatform.SANDBOX_PATH;
        client.setFacebookEndpointUrls(new FacebookEndpoints() {
            @Override
            public String getFacebookEndpoint() {
                return sandbox;
            }

            @Override
            public String getGraphEndpoint() {
                return sandbox;
            }
        });
        return client;
    }

    /**
     * RestFB turns every paging link into https (graph.facebook.com speaks nothing else); the sandbox under test
     * speaks plain http, so the transport, and only the transport, turns it back.
     */
    static final class PlainHttp extends DefaultWebRequestor {
        @Override
        protected HttpURLConnection openConnection(URL url) throws IOException {
            String sandbox = URI.create(ItEnvironment.baseUrl()).getAuthority();
            if ("https".equals(url.getProtocol()) && sandbox.equals(url.getAuthority())) {
                return super.openConnection(URI.create("http" + url.toString().substring("https".length())).toURL());
            }
            return super.openConnection(url);
        }
    }

    @Test
    void readsProfilePagesInstagramMediaChildrenStoriesAndTokenFacts() {
        String token = SandboxTokens.userToken(DANA, READ_SCOPES);
        DefaultFacebookClient fb = restFb(token, true);

        User me = fb.fetchObject("me", User.class, Parameter.with("fields", "name"));
        assertEquals(DANA, me.getName());
        assertNotNull(me.getId(), "Meta always answers the id");

        List<Page> pages = new ArrayList<>();
        int pageCalls = 0;
        for (List<Page> page : fb.fetchConnection("me/accounts", Page.class,
                Parameter.with("fields", "name,instagram_business_account{username}"), Parameter.with("limit", 10))) {
            pages.addAll(page);
            pageCalls++;
        }
        assertEquals(27, pages.size());
        assertEquals(27, pages.stream().map(Page::getId).distinct().count(), "no Page twice across pages");
        assertTrue(pageCalls >= 3, "followed paging.next: " + pageCalls);
        IgUser linked = pages.stream().map(Page::getInstagramBusinessAccount).filter(ig -> ig != null)
                .findFirst().orElseThrow();
        String igId = linked.getId();

        IgUser ig = fb.fetchObject(igId, IgUser.class, Parameter.with("fields", "username,media_count"));
        assertEquals(igId, ig.getId());
        assertEquals(linked.getUsername(), ig.getUsername());

        Set<String> mediaIds = new HashSet<>();
        String carousel = null;
        for (List<IgMedia> page : fb.fetchConnection(igId + "/media", IgMedia.class,
                Parameter.with("fields", "media_type,timestamp"), Parameter.with("limit", 100))) {
            for (IgMedia m : page) {
                assertNotNull(m.getTimestamp());
                mediaIds.add(m.getId());
                if (carousel == null && "CAROUSEL_ALBUM".equals(m.getMediaType())) {
                    carousel = m.getId();
                }
            }
        }
        assertEquals(ig.getMediaCount().intValue(), mediaIds.size(), "every post once, across all pages");

        assertNotNull(carousel, "the feed has carousels");
        Connection<IgMediaChild> children = fb.fetchConnection(carousel + "/children", IgMediaChild.class,
                Parameter.with("fields", "media_type,media_url"));
        assertFalse(children.getData().isEmpty());
        children.getData().forEach(c -> assertNotNull(c.getId()));

        Connection<IgMedia> stories = fb.fetchConnection(igId + "/stories", IgMedia.class,
                Parameter.with("fields", "media_type,permalink"));
        assertFalse(stories.getData().isEmpty(), "the sandbox accounts have active stories");

        DebugTokenInfo info = fb.debugToken(token);
        assertTrue(info.isValid());
        assertEquals(me.getId(), info.getUserId());
        assertTrue(info.getScopes().contains("pages_read_engagement"));
    }

    @Test
    void errorsAreMetas() {
        String token = SandboxTokens.userToken(DANA, READ_SCOPES);
        DefaultFacebookClient fb = restFb(token, true);
        String igId = firstInstagramId(fb);

        FacebookGraphException noProof = assertThrows(FacebookGraphException.class,
                () -> restFb(token, false).fetchObject("me", User.class));
        assertEquals(100, noProof.getErrorCode());
        assertEquals("API calls from the server require an appsecret_proof argument", noProof.getErrorMessage());

        FacebookGraphException unknownEdge = assertThrows(FacebookGraphException.class,
                () -> fb.fetchConnection("me/no_such_edge", User.class));
        assertEquals(2500, unknownEdge.getErrorCode());

        FacebookGraphException unknownField = assertThrows(FacebookGraphException.class,
                () -> fb.fetchObject("me", User.class, Parameter.with("fields", "no_such_field")));
        assertEquals(100, unknownField.getErrorCode());

        DefaultFacebookClient withoutEngagement = restFb(
                SandboxTokens.userToken(DANA, READ_SCOPES, "pages_read_engagement"), true);
        FacebookGraphException missing = assertThrows(FacebookGraphException.class,
                () -> withoutEngagement.fetchObject(igId, IgUser.class, Parameter.with("fields", "username")));
        assertEquals(10, missing.getErrorCode(), "Meta needs pages_read_engagement to read an IG user");
        assertThrows(FacebookGraphException.class,
                () -> withoutEngagement.fetchConnection(igId + "/media", IgMedia.class));
    }

    @Test
    void aTokenExpiredThroughOneAccountIsRefusedEverywhereAndDebugTokenSaysSo() {
        String token = SandboxTokens.userToken(AVA, READ_SCOPES);
        DefaultFacebookClient fb = restFb(token, true);
        List<String> igIds = instagramIds(fb);
        assertEquals(2, igIds.size());
        try {
            sandboxMode(igIds.get(0), "expired_token");
            for (Runnable call : List.<Runnable>of(
                    () -> fb.fetchObject("me", User.class),
                    () -> fb.fetchConnection("me/accounts", Page.class),
                    () -> fb.fetchObject(igIds.get(1), IgUser.class, Parameter.with("fields", "username")),
                    () -> fb.fetchConnection(igIds.get(1) + "/media", IgMedia.class))) {
                FacebookGraphException e = assertThrows(FacebookGraphException.class, call::run);
                assertAll(() -> assertEquals(190, e.getErrorCode()), () -> assertEquals(463, e.getErrorSubcode()));
            }
            DefaultFacebookClient app = restFb(MetaPlatform.SANDBOX_APP_ID + "|" + ItEnvironment.sandboxAppSecret(), false);
            assertFalse(app.debugToken(token).isValid());

            sandboxMode(igIds.get(0), "password_changed");
            String fresh = SandboxTokens.userToken(AVA, READ_SCOPES);
            sandboxMode(igIds.get(0), "password_changed");
            FacebookGraphException changed = assertThrows(FacebookGraphException.class,
                    () -> restFb(fresh, true).fetchObject("me", User.class));
            assertEquals(List.of(190, 460), List.of(changed.getErrorCode(), changed.getErrorSubcode()));
        } finally {
            sandboxMode(igIds.get(0), "normal");
        }
        String after = SandboxTokens.userToken(AVA, READ_SCOPES);
        assertEquals(AVA, restFb(after, true).fetchObject("me", User.class).getName(), "a new login works again");
    }

    @Test
    void bodiesOnGetAndDeleteVersionsAndUnknownPathsAsGraphAnswersThem() {
        String token = SandboxTokens.userToken(AVA, READ_SCOPES);
        String auth = "access_token=" + token + "&appsecret_proof="
                + restFb(token, true).obtainAppSecretProof(token, ItEnvironment.sandboxAppSecret());
        WebClient client = new WebClient();
        Map<String, String> json = Map.of("Content-Type", "application/json");

        // Meta's Node Business SDK sends {} with every GET; Grizzly used to answer those with a bare 400
        assertEquals(200, client.send("GET", "/", "{}", json).status());
        assertEquals(200, client.send("GET", "/health/ready", "{}", json).status());
        Reply me = client.send("GET", "/sandbox/meta/v26.0/me?" + auth, "{}", json);
        assertEquals(200, me.status(), me.body());
        assertEquals("application/json; charset=UTF-8", me.header("Content-Type").orElse(""));

        Reply unversioned = client.get("/sandbox/meta/me?" + auth);
        assertEquals(200, unversioned.status(), unversioned.body());
        assertEquals("v26.0", unversioned.header("facebook-api-version").orElse(""));
        Reply past = client.get("/sandbox/meta/v12.0/me?" + auth);
        assertEquals(200, past.status(), past.body());
        assertEquals("v" + GraphVersions.OLDEST + ".0", past.header("facebook-api-version").orElse(""));

        assertGraphError(client.get("/sandbox/meta/v99.0/me?" + auth), 2500);
        assertGraphError(client.get("/sandbox/meta/v26.0/me/insights?" + auth), 2500);
        assertGraphError(client.get("/sandbox/meta/v26.0/?ids=1&" + auth), 2500);
        assertGraphError(client.send("PUT", "/sandbox/meta/v26.0/me?" + auth, "{}", json), 100);
    }

    private static void assertGraphError(Reply reply, int code) {
        assertEquals(400, reply.status(), reply.describe() + " " + reply.body());
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/json"), reply.body());
        JsonObject error = Json.createReader(new StringReader(reply.body())).readObject().getJsonObject("error");
        assertEquals(code, error.getInt("code"), reply.body());
    }

    private static String firstInstagramId(DefaultFacebookClient fb) {
        return instagramIds(fb).get(0);
    }

    private static List<String> instagramIds(DefaultFacebookClient fb) {
        List<String> ids = new ArrayList<>();
        for (List<Page> page : fb.fetchConnection("me/accounts", Page.class,
                Parameter.with("fields", "instagram_business_account"))) {
            page.stream().map(Page::getInstagramBusinessAccount).filter(ig -> ig != null).map(IgUser::getId)
                    .forEach(ids::add);
        }
        return ids;
    }

    private static void sandboxMode(String igUserId, String mode) {
        Reply reply = SandboxControl.send("PUT", "/sandbox/meta/_control/accounts/" + igUserId,
                "{\"mode\":\"" + mode + "\"}");
        assertEquals(200, reply.status(), reply.describe() + " " + reply.body());
    }
}
