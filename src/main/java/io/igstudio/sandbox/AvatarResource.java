package io.igstudio.sandbox;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * Profile pictures of the sandbox's Instagram accounts: a coloured disc with the account's initial, drawn
 * here so that the sandbox never points at an external URL.
 */
@Path("sandbox/meta/assets/avatar/{username}.svg")
@SandboxOnly
public class AvatarResource {

    private static final String[] COLOURS = {"#d62976", "#962fbf", "#4f5bd5", "#fa7e1e", "#2a9d8f", "#e76f51"};

    @GET
    @Produces("image/svg+xml")
    public Response avatar(@PathParam("username") String username) {
        if (!username.matches("[A-Za-z0-9._]{1,30}")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        String colour = COLOURS[Math.floorMod(username.hashCode(), COLOURS.length)];
        String initial = username.substring(0, 1).toUpperCase();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"150\" height=\"150\" viewBox=\"0 0 150 150\">"
                + "<circle cx=\"75\" cy=\"75\" r=\"75\" fill=\"" + colour + "\"/>"
                + "<text x=\"75\" y=\"75\" dy=\".35em\" text-anchor=\"middle\" font-family=\"Helvetica, Arial, sans-serif\""
                + " font-size=\"64\" fill=\"#fff\">" + initial + "</text></svg>";
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(svg).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }
}
