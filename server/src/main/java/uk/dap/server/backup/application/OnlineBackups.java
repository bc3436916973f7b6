package uk.dap.server.backup.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.infrastructure.SchemaReady;
import uk.dap.server.infrastructure.time.DailyAt;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.shared.api.backup.BackupView;
import uk.dap.shared.text.UkDates;

/**
 * Online backups (issue 18, item 19): Derby's own consistent backup of the running database
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}), taken while requests go on, into a folder of its own under
 * {@code dap.backup.dir} (by default {@code backups} beside the data folder); every day at {@code dap.backup.hour} (UK time) and whenever an administrator asks. The copy is
 * of the encrypted files, so it stays encrypted with the database's key. The newest {@code dap.backup.keep} are kept.
 * A backup is written under a ".partial" name and renamed when complete, so a backup cut short (a crash, a full disk)
 * never looks like one that can be restored. {@code RestoreCommand} brings one back into a new data folder.
 */
@ApplicationScoped
public class OnlineBackups {
    private static final Logger LOG = Logger.getLogger(OnlineBackups.class.getName());
    static final String PREFIX = "backup-";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    AuditTrail audit;
    @Inject
    OnlineBackups self;
    @Inject
    Clock clock;
    /** Where backups go; by default {@code backups} beside the data folder. Better on another disk (docs/operations.md). */
    @Inject
    @ConfigProperty(name = "dap.backup.dir")
    Optional<String> folder;
    @Inject
    @ConfigProperty(name = "dap.backup.keep", defaultValue = "7")
    int keep;
    /** The hour of the day (UK) of the daily backup; -1 for none. */
    @Inject
    @ConfigProperty(name = "dap.backup.hour", defaultValue = "2")
    int hour;

    private final ReentrantLock oneAtATime = new ReentrantLock();
    private volatile ScheduledFuture<?> next;

    void onSchemaReady(@Observes @Priority(SchemaReady.BACKGROUND) SchemaReady ready) {
        if (hour >= 0 && hour <= 23) {
            scheduleNext();
            LOG.info(() -> "Online backups: daily at " + String.format("%02d:00", hour) + " UK time into " + folder() + ", keeping the newest " + keep + ".");
        } else {
            LOG.warning("Online backups are not scheduled (dap.backup.hour is " + hour + "): take them on demand.");
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> scheduled = next;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    /** Takes a backup now, for an administrator; audited as who asked. */
    public BackupView takeNow() {
        BackupView taken = take();
        self.audited(null, "taken on request: " + taken.name() + ", " + taken.bytes() + " bytes, " + taken.milliseconds() + " ms");
        return taken;
    }

    /** The backups kept, newest first. */
    public List<BackupView> list() {
        try (Stream<Path> entries = Files.list(folder())) {
            return entries.filter(OnlineBackups::complete).sorted(Comparator.comparing(Path::toString).reversed()).map(this::view).toList();
        } catch (java.nio.file.NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One audit entry, in a transaction of its own; {@code actor} null for the caller. No personal data: a name and figures. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audited(String actor, String detail) {
        if (actor == null) {
            audit.record("BACKUP", "Database", null, AuditOutcome.SUCCESS, detail);
        } else {
            audit.recordAs(actor, null, "BACKUP", "Database", null, AuditOutcome.SUCCESS, detail);
        }
    }

    private void scheduleNext() {
        next = DailyAt.next(scheduler, clock, hour, this::scheduledRun);
    }

    private void scheduledRun() {
        try {
            BackupView taken = take();
            self.audited("scheduler", "daily: " + taken.name() + ", " + taken.bytes() + " bytes, " + taken.milliseconds() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The daily online backup failed; the previous backups are kept.", e);
        } finally {
            scheduleNext();
        }
    }

    private BackupView take() {
        oneAtATime.lock();
        try {
            Instant started = clock.instant();
            String name = PREFIX + NAME.format(started);
            Path partial = folder().resolve(name + PARTIAL);
            Files.createDirectories(partial);
            try (Connection connection = dataSource.getConnection();
                 CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, partial.toString());
                backup.execute();
            }
            Path done = Files.move(partial, folder().resolve(name));
            long millis = Duration.between(started, clock.instant()).toMillis();
            prune();
            BackupView view = new BackupView(name, started, bytes(done), millis);
            LOG.info(() -> "Online backup " + name + " taken in " + millis + " ms (" + view.bytes() + " bytes).");
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup under " + folder(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Derby could not take the backup: " + e.getMessage(), e);
        } finally {
            oneAtATime.unlock();
        }
    }

    private void prune() throws IOException {
        List<Path> complete;
        try (Stream<Path> entries = Files.list(folder())) {
            complete = entries.filter(OnlineBackups::complete).sorted(Comparator.comparing(Path::toString).reversed()).toList();
        }
        for (Path old : complete.subList(Math.min(Math.max(keep, 1), complete.size()), complete.size())) {
            deleteTree(old);
            LOG.info(() -> "Removed the old backup " + old.getFileName());
        }
    }

    private BackupView view(Path backup) {
        String name = backup.getFileName().toString();
        Instant takenAt = Instant.from(NAME.parse(name.substring(PREFIX.length())));
        return new BackupView(name, takenAt, bytes(backup), -1);
    }

    private Path folder() {
        return folder.map(Path::of).orElseGet(() -> BootSettings.dataDir().resolveSibling("backups")).toAbsolutePath().normalize();
    }

    private static boolean complete(Path entry) {
        String name = entry.getFileName().toString();
        return Files.isDirectory(entry) && name.startsWith(PREFIX) && !name.endsWith(PARTIAL);
    }

    private static long bytes(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
