package io.igstudio.scheduling;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;

/** The signed-in person's time zone for templates ({@code personZone.id}), read once per page. */
@Named("personZone")
@RequestScoped
public class PersonZoneView {

    @Inject
    CurrentUser currentUser;

    @Inject
    Zones zones;

    private ZoneId zone;
    private Boolean known;

    public String getId() {
        load();
        return zone.getId();
    }

    /** False until the browser told us (or the person chose): then forms send the browser's zone along. */
    public boolean isKnown() {
        load();
        return known;
    }

    private void load() {
        if (zone == null) {
            var stored = currentUser.get().flatMap(u -> zones.stored(u.id()));
            known = stored.isPresent();
            zone = stored.orElse(ZoneId.of("UTC"));
        }
    }
}
