package io.igstudio.graph;

import io.igstudio.shared.web.JaxRsStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds the typed MicroProfile Rest Client interfaces the Graph clients call, all with the same base URL, timeouts
 * and error handling, and none before IG Studio's JAX-RS application is up ({@link JaxRsStart} says why).
 */
@ApplicationScoped
class GraphApis {

    @Inject
    MetaPlatform meta;

    <T> T build(Class<T> api, int readTimeoutSeconds) {
        JaxRsStart.awaitStart();
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(meta.graphBase()))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
                // errors are read in one place, GraphClient.call(), together with the usage headers
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(api);
    }
}
