package io.igstudio.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Sign-out is a CSRF-protected POST: a link on another site cannot sign anyone out. */
@Controller
@RequestScoped
@Path("signout")
public class SignOutController {

    @Inject
    CurrentUser currentUser;

    @POST
    public String signOut() {
        currentUser.signOut();
        return "redirect:?signedOut=true";
    }
}
