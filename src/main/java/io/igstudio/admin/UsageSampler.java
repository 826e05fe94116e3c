package io.igstudio.admin;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, the rate-limit books are sampled for the admin console's 24-hour chart. */
@Singleton
public class UsageSampler {

    private static final Logger LOG = Logger.getLogger(UsageSampler.class.getName());

    @Inject
    UsageHistory history;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "Rate-limit usage sampler")
    void sample() {
        try {
            history.sample();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sampling Meta's usage failed: " + e.getClass().getSimpleName());
        }
    }
}
