package io.igstudio.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public URLs Meta fetches images from ({@code image_url}): {@code {public-base}/public-media/{file}/{expires}/{signature}.jpg},
 * signed with the file's own random secret (HMAC-SHA256), valid until {@code expires}. Meta has no session,
 * so the URL itself is the permission: unguessable, bound to one file, expiring.
 */
@ApplicationScoped
public class PublicMediaUrls {

    static final String PATH = "/public-media/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "igstudio.media.public-url")
    Optional<String> publicBase;

    @Inject
    @ConfigProperty(name = "igstudio.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** How long a URL handed to Meta stays valid (a container expires after 24 h anyway). */
    @Inject
    @ConfigProperty(name = "igstudio.media.url-hours", defaultValue = "26")
    int urlHours;

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String url(MediaFile file, Instant now) {
        long expires = now.plus(Duration.ofHours(urlHours)).getEpochSecond();
        return base() + PATH + file.getId() + "/" + expires + "/" + sign(file.getId(), expires, file.getUrlSecret())
                + (file.getKind() == MediaFile.Kind.IMAGE ? ".jpg" : ".mp4");
    }

    /** The parts of a public path, or empty when it is not one of ours. */
    record Signed(String fileId, long expires, String signature) {
        static Optional<Signed> parse(String pathInfo) {
            if (pathInfo == null) {
                return Optional.empty();
            }
            String[] parts = pathInfo.replaceFirst("^/", "").split("/");
            if (parts.length != 3 || !parts[0].matches("[0-9a-f-]{36}") || !parts[1].matches("\\d{1,12}")) {
                return Optional.empty();
            }
            String signature = parts[2].replaceFirst("\\.(jpg|mp4)$", "");
            return Optional.of(new Signed(parts[0], Long.parseLong(parts[1]), signature));
        }

        boolean valid(String secret, Instant now) {
            return expires >= now.getEpochSecond() && MessageDigest.isEqual(
                    sign(fileId, expires, secret).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        }
    }

    static String sign(String fileId, long expires, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((fileId + ":" + expires).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when Meta could not fetch images from the public base URL: localhost, a private (RFC 1918) or
     * link-local address, or a {@code .local} name. The compose page warns in live mode.
     */
    public boolean unreachableFromInternet() {
        String host = java.net.URI.create(base()).getHost();
        if (host == null) {
            return true;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT).replaceAll("^\\[|\\]$", "");
        return h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.equals("::1")
                || h.startsWith("127.") || h.startsWith("10.") || h.startsWith("192.168.") || h.startsWith("169.254.")
                || h.matches("172\\.(1[6-9]|2\\d|3[01])\\..*") || h.startsWith("fc") || h.startsWith("fd")
                || h.startsWith("fe80:") || h.equals("0.0.0.0");
    }

    private String base() {
        String base = publicBase.filter(s -> !s.isBlank()).orElse(baseUrl);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
