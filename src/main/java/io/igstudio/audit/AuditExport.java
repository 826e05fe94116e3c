package io.igstudio.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The filtered audit log as a CSV download (behind the admin guard like every /admin route). */
@RequestScoped
@Path("admin/audit/export")
public class AuditExport {

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("who") String who, @QueryParam("action") String action,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = AuditCsv.of(log.export(AuditQuery.of(who, action, from, to)));
        String name = "igstudio-audit-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv";
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
