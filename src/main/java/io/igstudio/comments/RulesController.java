package io.igstudio.comments;

import io.igstudio.security.CurrentUser;
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

/** The rules page: each account's rules, a form for a new one, "try" before switching it on. */
@Controller
@RequestScoped
@Path("inbox/rules")
public class RulesController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Rules rules;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    public String show() {
        models.put("accountRules", rules.all(currentUser.require().id()));
        models.put("kinds", CommentRules.Kind.values());
        return "comments/rules.html";
    }

    @POST
    public String add(@FormParam("account") String account, @FormParam("name") String name,
            @FormParam("kind") String kind, @FormParam("terms") String terms, @FormParam("maxMentions") String maxMentions) {
        CommentRules.Kind k;
        int max = 0;
        try {
            k = CommentRules.Kind.valueOf(kind == null ? "" : kind);
            if (k == CommentRules.Kind.MENTIONS) {
                max = Integer.parseInt(maxMentions == null ? "" : maxMentions.strip());
            }
        } catch (IllegalArgumentException e) {
            flash.error("Choose what the rule looks at; for mentions, give a whole number.");
            return "redirect:inbox/rules";
        }
        boolean needsTerms = k == CommentRules.Kind.KEYWORDS || k == CommentRules.Kind.USERNAMES;
        if (name == null || name.isBlank() || name.length() > 80 || (needsTerms && (terms == null || terms.isBlank()))
                || (terms != null && terms.length() > 5000) || max < 0) {
            flash.error("A rule needs a name (up to 80 characters) and, for words or usernames, at least one line.");
            return "redirect:inbox/rules";
        }
        ModerationRule rule = rules.add(currentUser.require().id(), account, name.strip(), k, terms, max);
        flash.success("Rule \"" + rule.getName() + "\" saved, not switched on yet: try it on the last 200 comments first.");
        return "redirect:inbox/rules/" + rule.getId() + "/try";
    }

    @GET
    @Path("{id}/try")
    public String trial(@PathParam("id") String id) {
        models.put("trial", rules.trial(currentUser.require().id(), id));
        return "comments/trial.html";
    }

    @POST
    @Path("{id}/enable")
    public String enable(@PathParam("id") String id) {
        rules.enable(currentUser.require().id(), id, true);
        flash.success("Rule switched on: it hides matching new comments as they arrive.");
        return "redirect:inbox/rules";
    }

    @POST
    @Path("{id}/disable")
    public String disable(@PathParam("id") String id) {
        rules.enable(currentUser.require().id(), id, false);
        flash.success("Rule switched off.");
        return "redirect:inbox/rules";
    }

    @POST
    @Path("{id}/delete")
    public String delete(@PathParam("id") String id) {
        rules.delete(currentUser.require().id(), id);
        flash.success("Rule deleted; what it hid stays hidden (undo it from the inbox).");
        return "redirect:inbox/rules";
    }
}
