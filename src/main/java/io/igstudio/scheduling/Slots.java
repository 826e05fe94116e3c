package io.igstudio.scheduling;

import io.igstudio.accounts.AccountNotFoundException;
import io.igstudio.accounts.InstagramAccounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Posting slots per account (weekdays × times), edited on the account's slots page. */
@Stateless
public class Slots {

    @PersistenceContext
    EntityManager em;

    @Inject
    InstagramAccounts accounts;

    public List<WallClock.Slot> of(String userId, String accountId) {
        owned(userId, accountId);
        return slots(accountId);
    }

    /** An account's slots; the caller has checked the account is the person's (or only learns it has none). */
    public List<WallClock.Slot> slots(String accountId) {
        return em.createQuery("select s from PostingSlot s where s.accountId = :account", PostingSlot.class)
                .setParameter("account", accountId).getResultStream().map(PostingSlot::slot).sorted().toList();
    }

    /** Replaces the account's slots with every chosen weekday at every time. */
    public void replace(String userId, String accountId, Collection<DayOfWeek> days, Collection<LocalTime> times) {
        owned(userId, accountId);
        em.createQuery("delete from PostingSlot s where s.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
        for (DayOfWeek day : new TreeSet<>(days)) {
            for (LocalTime time : new TreeSet<>(times)) {
                em.persist(new PostingSlot(accountId, new WallClock.Slot(day, time)));
            }
        }
    }

    /** "09:00, 18:30" → times; null when one of them is not a time. */
    public static List<LocalTime> parseTimes(String text) {
        List<LocalTime> times = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return times;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String p = part.trim();
                times.add(LocalTime.parse(p.length() == 4 ? "0" + p : p).withSecond(0).withNano(0));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return times.size() > 24 ? null : times;
    }

    private void owned(String userId, String accountId) {
        if (accountId == null || accounts.find(userId, accountId).isEmpty()) {
            throw new AccountNotFoundException();
        }
    }
}
