package io.igstudio.sandbox.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads media the way Meta does before it builds a container: "We cURL media used in publishing attempts,
 * so the media must be hosted on a publicly accessible server at the time of the attempt"
 * (https://developers.facebook.com/docs/instagram-platform/content-publishing). Anything but a 200 with a body
 * within the time limit is Meta's 9004/2207052. Redirects are followed, as curl -L would.
 */
@ApplicationScoped
public class MediaFetcher {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The file's first {@code limit + 1} bytes at most, so that "too large" can be told without reading it all. */
    public byte[] fetch(String url, long limit) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.trim())).timeout(TIMEOUT)
                    .header("User-Agent", "facebookexternalhit/1.1 (IG Studio Meta sandbox)").GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw PublishingError.fetchFailed(url).exception();
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (bytes.length == 0) {
                    throw PublishingError.fetchFailed(url).exception();
                }
                return bytes;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw PublishingError.fetchFailed(url).exception();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PublishingError.fetchFailed(url).exception();
        }
    }
}
