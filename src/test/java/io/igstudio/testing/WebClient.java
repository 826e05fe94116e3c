package io.igstudio.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One visitor without a browser: {@link HttpClient} with its own cookie jar, redirects followed by hand
 * so that every hop can be inspected. Paths are relative to {@link ItEnvironment#baseUrl()}.
 */
public final class WebClient {

    private static final int MAX_REDIRECTS = 10;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A new visitor, once IG Studio answers (see {@link ItEnvironment#requireDeployed()}). */
    public WebClient() {
        ItEnvironment.requireDeployed();
    }

    /** One HTTP exchange; {@code trail} lists the hops that led to it when redirects were followed. */
    public record Reply(URI uri, int status, Map<String, List<String>> headers, String body, List<String> trail) {

        public Optional<String> location() {
            return header("Location").map(uri::resolve).map(URI::toString);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public List<String> setCookies() {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        public boolean isRedirect() {
            return status >= 300 && status < 400 && location().isPresent();
        }

        /** Path and query, for example {@code /signin/problem?reason=state}. */
        public String pathAndQuery() {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        public Document document() {
            return org.jsoup.Jsoup.parse(body, uri.toString());
        }

        /** The visible text of the page, shortened, for assertion messages. */
        public String excerpt() {
            String text = document().text();
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }

        /** For assertion messages: how the visitor got here. */
        public String describe() {
            return String.join(" -> ", trail) + (trail.isEmpty() ? "" : " -> ") + status + " " + uri;
        }
    }

    public Reply get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET(), List.of());
    }

    public Reply postForm(String pathOrUrl, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), List.of());
    }

    /** Any method with an optional body and extra headers, as a script's {@code fetch} would send it. */
    public Reply send(String method, String pathOrUrl, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request, List.of());
    }

    /** A multipart upload of one file as a page's script sends it ({@code FormData}), with extra headers. */
    public Reply postFile(String path, String field, String fileName, byte[] content, Map<String, String> headers) {
        String boundary = "----igstudio" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request, List.of());
    }

    /** A JSON POST from one of IG Studio's own pages: same origin, session cookie, JSON body. */
    public Reply postJson(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json", "Origin", origin()));
    }

    /** A DELETE from one of IG Studio's own pages. */
    public Reply delete(String path) {
        return send("DELETE", path, null, Map.of("Origin", origin()));
    }

    public static String origin() {
        URI base = URI.create(ItEnvironment.baseUrl());
        return base.getScheme() + "://" + base.getAuthority();
    }

    /** GET, then follow redirects as a browser would. */
    public Reply open(String pathOrUrl) {
        return follow(get(pathOrUrl));
    }

    /** Follows redirects from this reply on, with GET, as a browser does after 302 and 303. */
    public Reply follow(Reply reply) {
        Reply current = reply;
        List<String> trail = new ArrayList<>(reply.trail());
        for (int hops = 0; current.isRedirect(); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new AssertionError("Redirect loop: " + current.describe());
            }
            trail.add(current.status() + " " + current.uri());
            current = send(HttpRequest.newBuilder(URI.create(current.location().orElseThrow())).GET(), trail);
        }
        return current;
    }

    /** The value of a cookie that the application set for its own address. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(resolve("/")).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Puts a cookie into the jar, as someone who copied it from another browser would. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(resolve("/"), cookie);
    }

    /**
     * Submits a form of a page as a browser would: its hidden fields, checked boxes and radios, the
     * given overrides, and the clicked button's name and value when it has one.
     */
    public Reply submit(Reply page, String formSelector, String buttonSelector, Map<String, String> overrides) {
        Document doc = page.document();
        Element found = doc.selectFirst(formSelector);
        if (!(found instanceof FormElement form)) {
            throw new AssertionError("No form " + formSelector + " on " + page.describe() + ": " + page.excerpt());
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        form.formData().stream()
                .filter(kv -> !overrides.containsKey(kv.key()))
                .forEach(kv -> fields.add(Map.entry(kv.key(), kv.value())));
        overrides.forEach((k, v) -> fields.add(Map.entry(k, v)));
        Element button = form.selectFirst(buttonSelector);
        if (button == null) {
            throw new AssertionError("No button " + buttonSelector + " in " + formSelector + " on " + page.describe());
        }
        if (button.hasAttr("name")) {
            fields.add(Map.entry(button.attr("name"), button.attr("value")));
        }
        String action = form.hasAttr("action") ? form.absUrl("action") : page.uri().toString();
        if (button.hasAttr("formaction")) {
            action = button.absUrl("formaction");
        }
        if (form.attr("method").equalsIgnoreCase("post")) {
            return postForm(action, fields);
        }
        String query = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return get(action + (action.contains("?") ? "&" : "?") + query);
    }

    private Reply send(HttpRequest.Builder request, List<String> trail) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Reply(built.uri(), response.statusCode(), response.headers().map(), response.body(),
                    List.copyOf(trail));
        } catch (IOException e) {
            throw new AssertionError("No answer from " + request.build().uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(ItEnvironment.baseUrl() + pathOrUrl);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
