package io.igstudio.insights;

import io.igstudio.accounts.AccountView;
import io.igstudio.accounts.InstagramAccounts;
import io.igstudio.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The nav's "Insights": the first connected account's insights, or the Accounts page when there is none. */
@Controller
@RequestScoped
@Path("insights")
public class InsightsHome {

    @Inject
    CurrentUser currentUser;

    @Inject
    InstagramAccounts accounts;

    @GET
    public String home() {
        List<AccountView> list = accounts.list(currentUser.require().id());
        return list.isEmpty() ? "redirect:accounts" : "redirect:profiles/" + list.get(0).id() + "/insights";
    }
}
