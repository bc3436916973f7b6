package uk.dap.server.infrastructure.time;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import uk.dap.shared.text.UkDates;

/**
 * The next run of a nightly job at a UK hour (the backup, the retention schedule). Each run schedules the next, rather
 * than one fixed-rate schedule, so that the hour stays the same across summer time changes.
 */
public final class DailyAt {
    private DailyAt() {
    }

    /** Schedules {@code job} at the next {@code hour}:00 UK time after now. */
    public static ScheduledFuture<?> next(ManagedScheduledExecutorService scheduler, Clock clock, int hour, Runnable job) {
        ZonedDateTime now = clock.instant().atZone(UkDates.UK);
        ZonedDateTime at = now.toLocalDate().atTime(hour, 0).atZone(UkDates.UK);
        if (!at.isAfter(now)) {
            at = now.toLocalDate().plusDays(1).atTime(hour, 0).atZone(UkDates.UK);
        }
        return scheduler.schedule(job, Duration.between(now, at).toMillis(), TimeUnit.MILLISECONDS);
    }
}
