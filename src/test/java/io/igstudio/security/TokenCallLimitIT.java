package io.igstudio.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.igstudio.testing.Deployments;
import io.igstudio.testing.SandboxLogin;
import io.igstudio.testing.WebClient;
import io.igstudio.testing.WebClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls to Meta's token endpoint are bounded per person and per address (issue 15). The integration
 * tests run with {@code igstudio.security.token-calls-per-minute=60} (arquillian.xml), because every
 * test signs in from the same address; the production default is 10. One test only: it uses up this
 * address's minute, which would refuse any other sign-in of this class.
 */
@ExtendWith(ArquillianExtension.class)
class TokenCallLimitIT {

    private static final int LIMIT = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.igStudio();
    }

    @Test
    void tokenExchangesAndSignInCallbacksAreLimitedWith429AndRetryAfter() {
        WebClient ben = new WebClient();
        SandboxLogin.signIn(ben, SandboxLogin.BEN); // one callback with a code: counted for this address

        Reply reply = null;
        int accepted = 0;
        for (int i = 0; i < LIMIT + 1; i++) {
            reply = ben.postJson(i % 2 == 0 ? "/api/instagram/exchange-token" : "/api/instagram/refresh-token",
                    "{\"token\": \"not-a-token-" + i + "\"}");
            if (reply.status() == 429) {
                break;
            }
            assertEquals(400, reply.status(), "the sandbox refuses the made-up token: " + reply.body());
            accepted++;
        }
        assertEquals(429, reply.status(), "after " + accepted + " exchanges: " + reply.body());
        assertTrue(reply.body().contains("\"rate_limited\""), reply.body());
        long retryAfter = Long.parseLong(reply.header("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(LIMIT - 1, accepted, "the sign-in's code exchange and the API calls share the address's minute");

        // a stranger forging codes at the callback from the same address is refused before Meta is asked
        Reply forged = new WebClient().get("/callback/facebook?code=forged&state=forged");
        assertEquals(429, forged.status(), forged.describe());
        assertTrue(forged.header("Retry-After").isPresent(), "Retry-After on the callback");
    }
}
