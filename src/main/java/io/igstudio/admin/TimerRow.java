package io.igstudio.admin;

import java.time.Instant;

/** One EJB timer of the application as the TimerService reports it. */
public record TimerRow(String schedule, String info, Instant nextRun, boolean persistent) {
}
