package io.igstudio.research;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.igstudio.shared.infra.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The person's hashtag sets as JSON, {@code [{id, name, tags:["a","b"]}]}, for the compose page's "Insert hashtag
 * set" control (static/js/hashtag-sets.js). A plain resource: Krazo would take the JSON for a view name.
 */
@RequestScoped
@Path("research/sets.json")
public class HashtagSetsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    HashtagSets sets;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        JsonArrayBuilder out = Jsons.createArrayBuilder();
        for (HashtagSetView set : sets.list(currentUser.require().id())) {
            JsonArrayBuilder tags = Jsons.createArrayBuilder();
            set.tags().forEach(tags::add);
            out.add(Jsons.createObjectBuilder().add("id", set.id()).add("name", set.name()).add("tags", tags));
        }
        return Response.ok(out.build()).header("Cache-Control", "no-store").build();
    }
}
