package io.igstudio.accounts;

import io.igstudio.security.CurrentUser;
import io.igstudio.security.FacebookDialog;
import io.igstudio.shared.web.ErrorPage;
import io.igstudio.shared.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** The Accounts pages: list, connect (permission picker), refresh a token, disconnect with confirmation. */
@Controller
@RequestScoped
@Path("accounts")
public class AccountsController {

    @Inject
    CurrentUser currentUser;

    @Inject
    InstagramAccounts accounts;

    @Inject
    ConnectReport report;

    @Inject
    FacebookDialog dialog;

    @Inject
    Flash flash;

    @Inject
    Models models;

    @Inject
    ErrorPage errorPage;

    @GET
    public String list() {
        String userId = currentUser.require().id();
        models.put("accounts", accounts.list(userId));
        models.put("pagesWithoutInstagram", accounts.pagesWithoutInstagram(userId));
        models.put("outcome", report.take());
        return "accounts/list.html";
    }

    @GET
    @Path("connect")
    public String connectForm() {
        models.put("permissions", InstagramPermission.values());
        return "accounts/connect.html";
    }

    /** Public (see the security matcher): connecting while signed out signs in first. */
    @POST
    @Path("connect")
    public Response connect(@FormParam("scope") List<String> scopes, @Context HttpServletResponse response) {
        return Response.seeOther(dialog.connectInstagram(InstagramPermission.sanitize(scopes), "/accounts", response))
                .build();
    }

    @POST
    @Path("{id}/token")
    public String refresh(@PathParam("id") String id) {
        try {
            AccountView view = accounts.refreshToken(currentUser.require().id(), id);
            flash.success("The access token of @" + view.username() + " was renewed.");
        } catch (MetaRefusedException e) {
            flash.error(e.reconnectNeeded()
                    ? "Meta no longer accepts this account's access. Reconnect it to continue."
                    : "Meta did not renew the token just now (error " + e.graphError().code() + "). Try again later.");
        }
        return "redirect:accounts";
    }

    @POST
    @Path("{id}/type")
    public String declareType(@PathParam("id") String id, @FormParam("type") String type) {
        AccountType parsed = AccountType.parse(type);
        if (parsed == null) {
            flash.error("Choose Business or Creator.");
        } else {
            accounts.declareType(currentUser.require().id(), id, parsed);
            flash.success("Account type saved.");
        }
        return "redirect:accounts";
    }

    @GET
    @Path("{id}/disconnect")
    public Response confirmDisconnect(@PathParam("id") String id) {
        var account = accounts.find(currentUser.require().id(), id).orElse(null);
        if (account == null) {
            return errorPage.render(404, "There is no such Instagram account among yours.");
        }
        models.put("account", account);
        return Response.ok("accounts/disconnect.html").build();
    }

    @POST
    @Path("{id}/disconnect")
    public String disconnect(@PathParam("id") String id) {
        DisconnectResult result = accounts.disconnect(currentUser.require().id(), id);
        if (result.revokeProblem() != null) {
            flash.error("@" + result.username() + " was removed from IG Studio, but Meta could not be asked to"
                    + " revoke access (" + result.revokeProblem() + "). You can remove the app in your Facebook"
                    + " settings under Business Integrations.");
        } else if (result.revoked()) {
            flash.success("@" + result.username() + " was disconnected and IG Studio's access was revoked at Meta.");
        } else {
            flash.success("@" + result.username() + " was disconnected.");
        }
        return "redirect:accounts";
    }
}
