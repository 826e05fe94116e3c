import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ops/bench's HTTP helper, run as a single source file ({@code java ops/BenchClient.java ...}), JDK only.
 *
 * <pre>
 * session BASE_URL         signs in as Ava Martin through the sandbox dialog, connects her Instagram
 *                          accounts, prints "COOKIE=name=value" and "PROFILE=/profiles/{id}" (@avasbakery)
 * load URL COOKIE CONNS S  the fallback when wrk is missing: CONNS threads request URL for S seconds,
 *                          prints "rps p50_ms p99_ms errors"
 * scheduler BASE_URL ACCOUNTS PER_ACCOUNT
 *                          ops/bench-scheduler's run: signs in as Dana Agency, gives her ACCOUNTS Instagram accounts
 *                          (sandbox control route), connects them, uploads one photo, schedules PER_ACCOUNT photo
 *                          posts per account for one minute a few minutes ahead (the compose form, all accounts
 *                          ticked, one caption per form), moves the sandbox clock to that minute and waits until
 *                          all are published (the admin console's counts, signed in as Ben Carter); prints
 *                          "RESULT posts accounts seconds failed duplicates" (duplicates as the sandbox counts them)
 * </pre>
 */
public class BenchClient {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern LABEL = Pattern.compile("<label[^>]*for=\"([^\"]+)\"[^>]*>([^<]*)</label>");

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("session")) {
            session(args[1]);
        } else if (args.length == 5 && args[0].equals("load")) {
            load(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else if (args.length == 4 && args[0].equals("scheduler")) {
            scheduler(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            System.err.println("usage: session BASE_URL | load URL COOKIE CONNECTIONS SECONDS"
                    + " | scheduler BASE_URL ACCOUNTS PER_ACCOUNT");
            System.exit(2);
        }
    }

    // ---- session: a signed-in person with a connected account ----

    private static HttpClient client;
    private static CookieManager cookies;

    private static void session(String base) throws Exception {
        cookies = new CookieManager();
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Page dialog = get(URI.create(base + "/signin"));
        submitDialog(dialog);
        Page connect = get(URI.create(base + "/accounts/connect"));
        Page connectDialog = submit(connect, "connect-form", List.of());
        submitDialog(connectDialog);
        Page accounts = get(URI.create(base + "/accounts"));
        Matcher profile = Pattern.compile("href=\"(/profiles/[^\"/]+)\"[^>]*>@avasbakery<").matcher(accounts.html);
        if (!profile.find()) {
            throw new IllegalStateException("no @avasbakery on /accounts after connecting:\n" + accounts.html);
        }
        var session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("IGSTUDIO_SESSION")).findFirst().orElseThrow();
        System.out.println("COOKIE=" + session.getName() + "=" + session.getValue());
        System.out.println("PROFILE=" + profile.group(1));
    }

    private static void submitDialog(Page dialog) throws Exception {
        submitDialog(dialog, "Ava Martin");
    }

    private static void submitDialog(Page dialog, String name) throws Exception {
        String person = null;
        Matcher label = LABEL.matcher(dialog.html);
        while (label.find()) {
            if (label.group(2).contains(name)) {
                person = label.group(1).replaceFirst("^user-", "");
            }
        }
        if (person == null) {
            throw new IllegalStateException("no " + name + " in the sandbox dialog:\n" + dialog.html);
        }
        submit(dialog, "sandbox-dialog", List.of(Map.entry("user_id", person), Map.entry("decision", "allow")));
    }

    // ---- scheduler: 1,000 posts due in one minute ----

    private static final String DANA = "10160000000000044";
    private static final Pattern ACCOUNT_BOX = Pattern.compile("<input\\b[^>]*name=\"account\"[^>]*>");
    private static final Pattern JOB_COUNT = Pattern.compile("data-state=\"(\\w+)\".*?job-count-value\">(\\d+)<",
            Pattern.DOTALL);

    private static void scheduler(String base, int accounts, int perAccount) throws Exception {
        cookies = new CookieManager();
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        submitDialog(get(URI.create(base + "/signin")), "Dana Agency");
        // Dana has 3 Instagram accounts of her own; the rest are generated Pages with accounts
        String pages = json("POST", base + "/sandbox/meta/_control/people/" + DANA + "/pages",
                "{\"count\":" + Math.max(0, accounts - 3) + ",\"instagram\":true}");
        log("sandbox pages: " + pages);
        Page connect = get(URI.create(base + "/accounts/connect"));
        submitDialog(submit(connect, "connect-form", List.of()), "Dana Agency");
        Page compose = get(URI.create(base + "/compose"));
        List<String> ids = new ArrayList<>();
        Matcher box = ACCOUNT_BOX.matcher(compose.html);
        while (box.find()) {
            ids.add(attr(box.group(), "value"));
        }
        if (ids.size() < accounts) {
            throw new IllegalStateException("only " + ids.size() + " accounts offered on /compose after connecting");
        }
        ids = ids.subList(0, accounts);
        log(ids.size() + " accounts connected");
        String fileId = upload(base, attr(between(compose.html, "id=\"upload-form\""), "data-csrf"));

        // the minute: a few minutes ahead on IG Studio's clock (the sandbox clock)
        Instant now = Instant.parse(field(json("GET", base + "/sandbox/meta/_control/clock", null), "now"));
        LocalDateTime at = LocalDateTime.ofInstant(now.plus(Duration.ofMinutes(5)), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        long began = System.nanoTime();
        for (int k = 1; k <= perAccount; k++) {
            Page form = get(URI.create(base + "/compose"));
            List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("type", "PHOTO"),
                    Map.entry("item", fileId), Map.entry("caption", "bench " + run + " #" + k),
                    Map.entry("action", "schedule"), Map.entry("zone", "UTC"), Map.entry("at", at.toString()),
                    Map.entry("_csrf", attr(between(form.html.substring(form.html.indexOf("id=\"compose-form\"")), "name=\"_csrf\""),
                            "value"))));
            ids.forEach(id -> fields.add(Map.entry("account", id)));
            var sent = client.send(HttpRequest.newBuilder(URI.create(base + "/schedule"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() != 303) {
                throw new IllegalStateException("scheduling answered " + sent.statusCode() + ":\n" + sent.body());
            }
        }
        log((accounts * perAccount) + " posts scheduled for " + at + " UTC in "
                + (System.nanoTime() - began) / 1_000_000 + " ms");

        // Ben Carter is the sandbox's administrator: the admin console counts posts by state
        CookieManager danaCookies = cookies;
        HttpClient dana = client;
        cookies = new CookieManager();
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        submitDialog(get(URI.create(base + "/signin")), "Ben Carter");
        HttpClient admin = client;
        client = dana;
        cookies = danaCookies;

        int total = accounts * perAccount;
        Instant clock = Instant.parse(field(json("GET", base + "/sandbox/meta/_control/clock", null), "now"));
        long seconds = Duration.between(clock, at.toInstant(ZoneOffset.UTC)).toSeconds() + 1;
        long start = System.nanoTime();
        json("POST", base + "/sandbox/meta/_control/clock/advance", "{\"seconds\":" + seconds + "}");
        Map<String, Long> counts = Map.of();
        long lastLog = 0;
        double elapsed;
        while (true) {
            Thread.sleep(500);
            elapsed = (System.nanoTime() - start) / 1e9;
            var page = admin.send(HttpRequest.newBuilder(URI.create(base + "/admin/jobs?state=MISSED")).build(),
                    HttpResponse.BodyHandlers.ofString());
            counts = new java.util.HashMap<>();
            Matcher m = JOB_COUNT.matcher(page.body());
            while (m.find()) {
                counts.put(m.group(1), Long.parseLong(m.group(2)));
            }
            long published = counts.getOrDefault("PUBLISHED", 0L);
            long ended = published + counts.getOrDefault("FAILED", 0L) + counts.getOrDefault("MISSED", 0L);
            if (elapsed - lastLog >= 5) {
                lastLog = (long) elapsed;
                log(String.format("%.0f s: %s", elapsed, counts));
            }
            if (ended >= total || elapsed > 900) {
                break;
            }
        }
        String published = json("GET", base + "/sandbox/meta/_control/publishing/published?caption="
                + URLEncoder.encode("bench " + run + " #", StandardCharsets.UTF_8), null);
        log("sandbox: " + published + ", IG Studio: " + counts);
        System.out.printf("RESULT %d %d %.1f %d %s%n", total, accounts, elapsed,
                counts.getOrDefault("FAILED", 0L) + counts.getOrDefault("MISSED", 0L)
                        + (total - counts.values().stream().mapToLong(Long::longValue).sum()),
                field(published, "duplicates"));
    }

    private static void log(String line) {
        System.err.println("[bench-scheduler] " + line);
    }

    /** A JSON control call as the signed-in person; the answer's body. */
    private static String json(String method, String url, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** A top-level string or number of a flat JSON object. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** The tag that contains {@code marker}. */
    private static String between(String html, String marker) {
        int at = html.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("no " + marker + " in the page");
        }
        return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    }

    private static String form(List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder();
        for (var f : fields) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** Uploads one 1080×1080 PNG to the library as the compose page does; its file id. */
    private static String upload(String base, String csrf) throws Exception {
        var image = new java.awt.image.BufferedImage(1080, 1080, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0xd9, 0x8c, 0x3f));
        g.fillRect(0, 0, 1080, 1080);
        g.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String boundary = "bench" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(png.toByteArray());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var answer = client.send(HttpRequest.newBuilder(URI.create(base + "/library/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", csrf)
                .header("Origin", base).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
        }
        return field(answer.body(), "id");
    }

    /** Submits the form with this id: hidden fields and ticked checkboxes, plus {@code extra}; follows redirects. */
    private static Page submit(Page page, String formId, List<Map.Entry<String, String>> extra) throws Exception {
        Matcher form = FORM.matcher(page.html);
        while (form.find()) {
            if (!form.group(1).contains("id=\"" + formId + "\"")) {
                continue;
            }
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                String attrs = input.group(1);
                String type = attr(attrs, "type");
                String name = attr(attrs, "name");
                if (name == null || !("hidden".equals(type) || "checkbox".equals(type) && attrs.contains("checked"))) {
                    continue;
                }
                fields.add(Map.entry(name, attr(attrs, "value") == null ? "" : attr(attrs, "value")));
            }
            fields.addAll(extra);
            StringBuilder body = new StringBuilder();
            for (var f : fields) {
                body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
            }
            URI action = page.uri.resolve(attr(form.group(1), "action"));
            var request = HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", action.getScheme() + "://" + action.getAuthority())
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            return follow(client.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        throw new IllegalStateException("no form#" + formId + " on " + page.uri + ":\n" + page.html);
    }

    private record Page(URI uri, String html) {
    }

    private static Page get(URI uri) throws Exception {
        return follow(client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Page follow(HttpResponse<String> response) throws Exception {
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            if (hops > 10) {
                throw new IllegalStateException("too many redirects at " + response.uri());
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = client.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " at " + response.uri() + ":\n" + response.body());
        }
        return new Page(response.uri(), response.body());
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    // ---- load: a small closed-loop load generator, like wrk -c CONNS ----

    private static void load(String url, String cookie, int connections, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run).build();
        var request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build();
        AtomicBoolean running = new AtomicBoolean(true);
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        int[] errors = new int[connections];
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            int me = t;
            latencies[me] = new long[1 << 16];
            threads[t] = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        var r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors[me]++;
                        }
                    } catch (Exception e) {
                        errors[me]++;
                    }
                    if (counts[me] == latencies[me].length) {
                        latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                    }
                    latencies[me][counts[me]++] = System.nanoTime() - start;
                }
            });
            threads[t].start();
        }
        long begin = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double p50 = total == 0 ? 0 : all[(int) (total * 0.50)] / 1e6;
        double p99 = total == 0 ? 0 : all[Math.min(total - 1, (int) (total * 0.99))] / 1e6;
        System.out.printf("%.0f %.1f %.1f %d%n", total / elapsed, p50, p99, Arrays.stream(errors).sum());
    }
}
