package io.igstudio.sandbox.media;

import io.igstudio.sandbox.SandboxOnly;
import io.igstudio.sandbox.store.InstagramAccount;
import io.igstudio.sandbox.store.SandboxPeople;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The pictures and videos behind the sandbox's {@code media_url} and {@code thumbnail_url}: an SVG with the
 * media's colour, label and kind (square for the feed, 9:16 for reels and stories), and one tiny MP4 for
 * every video. Drawn here so that the sandbox never points at an external URL.
 */
@Path("sandbox/meta/assets/media")
@SandboxOnly
public class MediaAssetResource {

    @Inject
    MediaStore store;

    @Inject
    SandboxPeople people;

    @GET
    @Path("{id: \\d{17}}.svg")
    @Produces("image/svg+xml")
    public Response picture(@PathParam("id") String id) {
        return find(id).map(m -> cached(Response.ok(svg(m, username(m))))).orElseGet(MediaAssetResource::notFound);
    }

    @GET
    @Path("{id: \\d{17}}.mp4")
    @Produces("video/mp4")
    public Response video(@PathParam("id") String id) {
        return find(id).filter(SandboxMedia::isVideo).map(m -> cached(Response.ok(PlaceholderVideo.MP4)))
                .orElseGet(MediaAssetResource::notFound);
    }

    static String svg(SandboxMedia m, String username) {
        boolean tall = m.isReel() || m.isStory();
        int w = 1080;
        int h = tall ? 1920 : 1080;
        String kind = m.isStory() ? "STORY" : m.isReel() ? "REEL" : m.isCarousel() ? "CAROUSEL" : m.isVideo() ? "VIDEO" : "PHOTO";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " "
                + h + "\"><rect width=\"100%\" height=\"100%\" fill=\"" + m.colour() + "\"/>"
                + "<text x=\"50%\" y=\"46%\" text-anchor=\"middle\" font-family=\"Helvetica, Arial, sans-serif\""
                + " font-size=\"84\" font-weight=\"bold\" fill=\"#fff\">" + escape(m.label()) + "</text>"
                + "<text x=\"50%\" y=\"54%\" text-anchor=\"middle\" font-family=\"Helvetica, Arial, sans-serif\""
                + " font-size=\"44\" fill=\"#fff\" fill-opacity=\"0.85\">" + kind + (m.isVideo() ? " \u25B6" : "") + "</text>"
                + "<text x=\"40\" y=\"" + (h - 40) + "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"36\""
                + " fill=\"#fff\" fill-opacity=\"0.75\">@" + escape(username) + " \u00B7 " + m.id() + "</text></svg>";
    }

    private Optional<SandboxMedia> find(String id) {
        if (StoryClock.isStoryId(id)) {
            return people.instagramAccounts().stream().map(a -> StoryClock.anyTime(id, a.id()))
                    .flatMap(Optional::stream).findFirst();
        }
        return store.find(id);
    }

    private String username(SandboxMedia m) {
        return people.instagram(m.igUserId()).map(InstagramAccount::username).orElse("");
    }

    private static Response cached(Response.ResponseBuilder response) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return response.cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
