package io.igstudio.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The admin console's audit page: filter by who, action and days, newest first, 50 a page. */
@Controller
@RequestScoped
@Path("admin/audit")
public class AuditController {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    @Inject
    Models models;

    @GET
    public String list(@QueryParam("who") String who, @QueryParam("action") String action,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("page") @DefaultValue("0") int page) {
        AuditQuery query = AuditQuery.of(who, action, from, to);
        models.put("query", query);
        models.put("result", log.search(query, Math.max(0, page), PAGE_SIZE));
        return "admin/audit.html";
    }
}
