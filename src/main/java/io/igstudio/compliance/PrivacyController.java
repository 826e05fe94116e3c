package io.igstudio.compliance;

import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * {@code /privacy}: what IG Studio keeps about the person, and "Delete my data" (a CSRF-protected POST with a
 * confirmation box): everything goes, the person is signed out and sees the deletion's status page.
 */
@Controller
@RequestScoped
@Path("privacy")
public class PrivacyController {

    @Inject
    CurrentUser currentUser;

    @Inject
    DataDeletion deletion;

    @Inject
    Models models;

    @GET
    public String show() {
        models.put("user", currentUser.require());
        return "compliance/privacy.html";
    }

    @POST
    @Path("delete")
    public String delete(@FormParam("confirm") String confirm) {
        var user = currentUser.require();
        if (!"yes".equals(confirm)) {
            models.put("user", user);
            models.put("problem", "Tick the box to confirm: the deletion cannot be undone.");
            return "compliance/privacy.html";
        }
        DataDeletion.Receipt receipt = deletion.delete(user.facebookId(), DataDeletion.Origin.PERSON);
        currentUser.signOut();
        return "redirect:meta/data-deletion/" + receipt.confirmationCode();
    }
}
