package uk.dap.server.dataprotection.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.infrastructure.SchemaReady;
import uk.dap.server.infrastructure.time.DailyAt;

/**
 * Runs the retention schedule every night at {@code dap.retention.hour} (UK time; 3 by default, an hour after the
 * nightly backup), or never with -1 (the test servers, whose data other tests share).
 */
@ApplicationScoped
public class NightlyRetention {
    private static final Logger LOG = Logger.getLogger(NightlyRetention.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    RetentionRuns runs;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dap.retention.hour", defaultValue = "3")
    int hour;

    private volatile ScheduledFuture<?> next;

    void onSchemaReady(@Observes @Priority(SchemaReady.BACKGROUND) SchemaReady ready) {
        if (hour >= 0 && hour <= 23) {
            scheduleNext();
            LOG.info(() -> "The retention schedule runs nightly at " + String.format("%02d:00", hour) + " UK time.");
        } else {
            LOG.warning("The retention schedule is not run nightly (dap.retention.hour is " + hour + "): an administrator runs it.");
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> scheduled = next;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private void scheduleNext() {
        next = DailyAt.next(scheduler, clock, hour, this::scheduledRun);
    }

    private void scheduledRun() {
        try {
            runs.runNightly();
        } catch (RuntimeException e) {
            // Never the rows: the run's failure only, and the next night tries again where this one stopped.
            LOG.log(Level.SEVERE, "The nightly retention run failed: " + e.getClass().getName());
        } finally {
            scheduleNext();
        }
    }
}
