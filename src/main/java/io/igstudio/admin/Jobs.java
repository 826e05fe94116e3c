package io.igstudio.admin;

import io.igstudio.publishing.JobControl;
import io.igstudio.publishing.Post;
import io.igstudio.users.User;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing jobs across people: every post not finished, failed ones, and those published in the last
 * 24 hours (or one state), with counts per state, and the application's EJB timers with their next run.
 */
@Stateless
public class Jobs {

    static final int LIMIT = 200;
    static final List<String> STATES = java.util.Arrays.stream(io.igstudio.publishing.PostState.values())
            .map(Enum::name).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    JobControl control;

    @Resource
    TimerService timers;

    public List<JobRow> list(String state) {
        var query = state != null && STATES.contains(state)
                ? em.createQuery("select p from Post p where p.state = :state order by p.updatedAt desc", Post.class)
                        .setParameter("state", state)
                : em.createQuery("select p from Post p where p.state not in ('PUBLISHED', 'DELETED')"
                        + " or p.publishedAt > :since order by p.updatedAt desc", Post.class)
                        .setParameter("since", clock.instant().minus(Duration.ofHours(24)));
        List<Post> posts = query.setMaxResults(LIMIT).getResultList();
        Map<String, User> owners = new HashMap<>();
        Map<String, String> usernames = new HashMap<>();
        List<String> userIds = posts.stream().map(Post::getUserId).distinct().toList();
        List<String> accountIds = posts.stream().map(Post::getAccountId).distinct().toList();
        if (!userIds.isEmpty()) {
            em.createQuery("select u from User u where u.id in :ids", User.class).setParameter("ids", userIds)
                    .getResultStream().forEach(u -> owners.put(u.getId(), u));
            for (Object[] row : em.createQuery("select a.id, a.username from InstagramAccount a where a.id in :ids",
                    Object[].class).setParameter("ids", accountIds).getResultList()) {
                usernames.put((String) row[0], (String) row[1]);
            }
        }
        return posts.stream().map(p -> {
            User owner = owners.get(p.getUserId());
            return new JobRow(p.getId(), owner == null ? "?" : owner.getName(), usernames.get(p.getAccountId()),
                    p.getSpec().type().name(), p.getState().name(), p.getState().label(), p.getAttempts(),
                    p.getState().finished() ? null : p.getDueAt(), p.getWaitingReason(), p.getFailure(),
                    p.getUpdatedAt(), owner != null && owner.isSuspended() && !p.getState().finished());
        }).toList();
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.forEach(s -> counts.put(s, 0L));
        for (Object[] row : em.createQuery("select p.state, count(p) from Post p group by p.state", Object[].class)
                .getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The timers of this application (the publishing tick, the token renewal, the usage sampler, …). */
    public List<TimerRow> timers() {
        List<TimerRow> rows = new ArrayList<>();
        java.util.Collection<Timer> all;
        try {
            all = timers.getAllTimers();
        } catch (RuntimeException e) {
            // the page still lists the jobs when the container cannot list its timers
            return rows;
        }
        for (Timer timer : all) {
            try {
                rows.add(new TimerRow(timer.isCalendarTimer() ? describe(timer.getSchedule()) : "single",
                        timer.getInfo() == null ? "" : String.valueOf(timer.getInfo()),
                        timer.getNextTimeout().toInstant(), timer.isPersistent()));
            } catch (RuntimeException expired) {
                // a timer that ended between the listing and the reading
            }
        }
        rows.sort(Comparator.comparing(TimerRow::nextRun));
        return rows;
    }

    private static String describe(ScheduleExpression s) {
        return "second " + s.getSecond() + ", minute " + s.getMinute() + ", hour " + s.getHour()
                + (s.getTimezone() == null ? "" : " (" + s.getTimezone() + ")");
    }

    public String retry(String postId) {
        return control.retry(postId) ? "The post is queued again." : refused("Only a failed post can be retried.");
    }

    public String cancel(String postId) {
        return control.cancel(postId) ? "The post was cancelled." : refused("Only a post on its way can be cancelled.");
    }

    public String publishNow(String postId) {
        return control.publishNow(postId) ? "The post is due now; the next tick takes it."
                : refused("Only a post on its way can be pushed.");
    }

    private static String refused(String message) {
        throw new AdminRefusal(message);
    }
}
