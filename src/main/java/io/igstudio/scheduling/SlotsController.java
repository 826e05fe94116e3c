package io.igstudio.scheduling;

import io.igstudio.accounts.AccountNotFoundException;
import io.igstudio.accounts.InstagramAccounts;
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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An account's posting slots: weekdays × times, in the person's zone ("Add to queue" fills them in order). */
@Controller
@RequestScoped
@Path("slots")
public class SlotsController {

    @Inject
    CurrentUser currentUser;

    @Inject
    Slots slots;

    @Inject
    InstagramAccounts accounts;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @GET
    @Path("{account}")
    public String show(@PathParam("account") String account) {
        String userId = currentUser.require().id();
        var view = accounts.find(userId, account).orElseThrow(AccountNotFoundException::new);
        List<WallClock.Slot> current = slots.of(userId, account);
        Set<DayOfWeek> days = new TreeSet<>();
        Set<LocalTime> times = new TreeSet<>();
        current.forEach(s -> {
            days.add(s.day());
            times.add(s.time());
        });
        models.put("account", view);
        models.put("days", List.of(DayOfWeek.values()));
        models.put("chosenDays", days.stream().map(DayOfWeek::name).toList());
        models.put("times", String.join(", ", times.stream().map(LocalTime::toString).toList()));
        models.put("slots", current);
        return "scheduling/slots.html";
    }

    @POST
    @Path("{account}")
    public String save(@PathParam("account") String account, @FormParam("day") List<String> day,
                       @FormParam("times") String times) {
        List<LocalTime> parsed = Slots.parseTimes(times);
        if (parsed == null) {
            flash.error("Write times as 09:00, 18:30 (at most 24).");
            return "redirect:slots/" + account;
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (String d : day == null ? List.<String>of() : day) {
            try {
                days.add(DayOfWeek.valueOf(d));
            } catch (IllegalArgumentException e) {
                // not a weekday: ignored
            }
        }
        slots.replace(currentUser.require().id(), account, days, parsed);
        flash.success(days.isEmpty() || parsed.isEmpty() ? "This account has no posting slots now."
                : "Posting slots saved: " + days.size() * parsed.size() + " a week.");
        return "redirect:slots/" + account;
    }
}
