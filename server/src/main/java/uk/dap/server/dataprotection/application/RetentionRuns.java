package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.common.RetentionClocks;
import uk.dap.server.dataprotection.domain.RetentionRule;
import uk.dap.server.dataprotection.domain.RetentionRun;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.api.dataprotection.RetentionDue;
import uk.dap.shared.api.dataprotection.RetentionOutlook;
import uk.dap.shared.api.dataprotection.RetentionRunView;
import uk.dap.shared.api.dataprotection.RetentionRunView.RetentionRunCount;
import uk.dap.shared.api.dataprotection.RetentionStart;
import uk.dap.shared.text.UkDates;

/**
 * Runs the retention schedule (nightly, and when an administrator asks): finds every person (or child) whose records of
 * a kind have passed their date, leaves out those under a legal hold, and anonymises the rest a few hundred at a time,
 * each batch in a transaction of its own with its note of what was done, so that a run cut short is carried on by the
 * next. What a run did is kept and audited as counts per kind, never who.
 */
@ApplicationScoped
public class RetentionRuns {
    static final String TYPE = "RetentionRun";
    static final String SCHEDULE_ACTOR = "retention-schedule";
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Anonymiser anonymiser;
    @Inject
    @Any
    Instance<RetentionClocks> clocks;
    @Inject
    LegalHolds holds;
    @Inject
    RetentionSchedule schedule;
    @Inject
    AuditTrail audit;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Access access;
    @Inject
    Clock clock;
    @Inject
    RetentionRuns self;

    private final ReentrantLock oneAtATime = new ReentrantLock();

    /** An administrator's run, now. */
    public RetentionRunView runNow() {
        access.require(currentCaller.require(), Permission.MANAGE_RETENTION);
        return run("ON_REQUEST", null);
    }

    /** The nightly run. */
    public RetentionRunView runNightly() {
        return run("NIGHTLY", SCHEDULE_ACTOR);
    }

    private RetentionRunView run(String cause, String actor) {
        if (!oneAtATime.tryLock()) {
            throw new DomainException(ProblemType.CONFLICT, "The retention schedule is being run already: look at the last run in a minute.");
        }
        try {
            Instant started = clock.instant();
            LocalDate today = LocalDate.ofInstant(started, UkDates.UK);
            Plan plan = plan(self.read(), today);
            List<RetentionRunCount> counts = new ArrayList<>();
            for (RecordKind kind : RecordKind.values()) {
                long records = 0;
                long subjects;
                if (kind.start() == RetentionStart.RECORD_DATE) {
                    records = self.anonymiseRecords(kind, plan.rules.get(kind).recordedBefore(today), plan.held);
                    subjects = records;
                } else {
                    List<Long> due = new ArrayList<>(plan.dueNow.get(kind));
                    for (int from = 0; from < due.size(); from += BATCH) {
                        records += self.anonymiseBatch(kind, due.subList(from, Math.min(due.size(), from + BATCH)), today);
                    }
                    subjects = due.size();
                }
                counts.add(new RetentionRunCount(kind, kind.label(), subjects, records));
            }
            return self.record(cause, actor, today, started, counts, plan.heldBack.size());
        } finally {
            oneAtATime.unlock();
        }
    }

    /** What falls due by {@code days} from today, kind by kind, and the last run: for an administrator. */
    @Transactional
    public RetentionOutlook outlook(int days) {
        access.require(currentCaller.require(), Permission.MANAGE_RETENTION);
        if (days < 0 || days > 366) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Give 'days' as a whole number from 0 to 366.");
        }
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        LocalDate until = today.plusDays(days);
        Clocks clocks = read();
        Plan now = plan(clocks, today);
        Plan later = plan(clocks, until);
        List<RetentionDue> kinds = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            long dueNow;
            long dueBy;
            long held;
            if (kind.start() == RetentionStart.RECORD_DATE) {
                RetentionRule rule = now.rules.get(kind);
                dueNow = anonymiser.countRecordedBefore(kind, rule.recordedBefore(today), now.held);
                dueBy = anonymiser.countRecordedBefore(kind, rule.recordedBefore(until), now.held);
                held = anonymiser.countRecordedBefore(kind, rule.recordedBefore(until), Set.of()) - dueBy;
            } else {
                dueNow = now.dueNow.get(kind).size();
                dueBy = later.dueNow.get(kind).size();
                held = later.heldByKind.get(kind);
            }
            kinds.add(new RetentionDue(kind, kind.label(), dueNow, dueBy - dueNow, held));
        }
        return new RetentionOutlook(today, until, kinds, last());
    }

    /** The runs kept, newest first. */
    @Transactional
    public List<RetentionRunView> runs(int limit) {
        access.require(currentCaller.require(), Permission.MANAGE_RETENTION);
        return em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.id DESC", RetentionRun.class).setMaxResults(limit)
                .getResultStream().map(RetentionRuns::view).toList();
    }

    private RetentionRunView last() {
        return em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.id DESC", RetentionRun.class).setMaxResults(1)
                .getResultStream().findFirst().map(RetentionRuns::view).orElse(null);
    }

    /** What the schedule needs to know, read once: the rules, the holds, every clock, and what was done before. */
    @Transactional
    public Clocks read() {
        Map<Long, LocalDate> closed = new HashMap<>();
        Map<Long, RetentionClocks.ChildClock> children = new HashMap<>();
        for (RetentionClocks source : clocks) {
            closed.putAll(source.casesClosed());
            children.putAll(source.childrensBirthdays());
        }
        Map<RecordKind, Set<Long>> done = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            if (kind.start() != RetentionStart.RECORD_DATE) {
                done.put(kind, anonymiser.done(kind));
            }
        }
        return new Clocks(schedule.rules(), holds.held(), closed, children, done);
    }

    /** Who is due on {@code day} for each kind counted on a clock, as the schedule stands; nothing is read or written. */
    static Plan plan(Clocks read, LocalDate day) {
        Map<RecordKind, RetentionRule> rules = read.rules();
        Set<Long> held = read.held();
        Map<Long, LocalDate> closed = read.closed();
        Map<Long, LocalDate> birthdays = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        read.children().forEach((child, clock) -> {
            birthdays.put(child, clock.twentyFifthBirthday());
            parents.put(child, clock.parentId());
        });
        Map<RecordKind, Set<Long>> due = new HashMap<>();
        Map<RecordKind, Long> heldByKind = new HashMap<>();
        Set<Long> heldBack = new HashSet<>();
        for (RecordKind kind : RecordKind.values()) {
            Set<Long> subjects = new HashSet<>();
            long keptBack = 0;
            if (kind.start() != RetentionStart.RECORD_DATE) {
                RetentionRule rule = rules.get(kind);
                Set<Long> done = read.done().get(kind);
                boolean ofChildren = kind.start() == RetentionStart.CHILD_25TH_BIRTHDAY;
                // A child's records are held by a hold on their parent; a person's by their own.
                for (Map.Entry<Long, LocalDate> entry : (ofChildren ? birthdays : closed).entrySet()) {
                    Long subject = entry.getKey();
                    if (done.contains(subject) || rule.dueOn(entry.getValue()).isAfter(day)) {
                        continue;
                    }
                    Long holder = ofChildren ? parents.get(subject) : subject;
                    if (held.contains(holder)) {
                        keptBack++;
                        heldBack.add(holder);
                    } else {
                        subjects.add(subject);
                    }
                }
            }
            due.put(kind, subjects);
            heldByKind.put(kind, keptBack);
        }
        return new Plan(rules, held, due, heldByKind, heldBack);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long anonymiseBatch(RecordKind kind, List<Long> subjects, LocalDate today) {
        // A hold placed on a person since the plan was made is honoured (children were checked against their parent's holds
        // when the plan was made, moments before).
        Set<Long> held = holds.held();
        List<Long> free = subjects.stream().filter(subject -> kind == RecordKind.CHILDREN || !held.contains(subject)).toList();
        return anonymiser.anonymise(kind, free, Anonymiser.Cause.SCHEDULE, today);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long anonymiseRecords(RecordKind kind, LocalDate before, Set<Long> held) {
        return anonymiser.anonymiseRecordedBefore(kind, before, held);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RetentionRunView record(String cause, String actor, LocalDate today, Instant started, List<RetentionRunCount> counts, long heldBack) {
        StringBuilder written = new StringBuilder();
        for (RetentionRunCount count : counts) {
            written.append(written.isEmpty() ? "" : ";").append(count.kind()).append('=').append(count.subjects()).append('/').append(count.records());
        }
        RetentionRun run = new RetentionRun(cause, today, started, clock.instant(), written.toString(), heldBack);
        em.persist(run);
        em.flush();
        String detail = written + "; held back " + heldBack;
        if (actor == null) {
            audit.record("RETENTION_RUN", TYPE, run.id(), AuditOutcome.SUCCESS, detail);
        } else {
            audit.recordAs(actor, null, "RETENTION_RUN", TYPE, run.id(), AuditOutcome.SUCCESS, detail);
        }
        return view(run);
    }

    static RetentionRunView view(RetentionRun run) {
        List<RetentionRunCount> counts = new ArrayList<>();
        for (String part : run.counts().split(";")) {
            String[] kindAndFigures = part.split("=");
            RecordKind kind = RecordKind.valueOf(kindAndFigures[0]);
            String[] figures = kindAndFigures[1].split("/");
            counts.add(new RetentionRunCount(kind, kind.label(), Long.parseLong(figures[0]), Long.parseLong(figures[1])));
        }
        return new RetentionRunView(run.id(), run.cause(), run.asOf(), run.startedAt(), run.finishedAt(), counts, run.heldBack());
    }

    /** The rules, who is held, when each person's and child's clock started, and who is done, kind by kind. */
    public record Clocks(Map<RecordKind, RetentionRule> rules, Set<Long> held, Map<Long, LocalDate> closed,
                         Map<Long, RetentionClocks.ChildClock> children, Map<RecordKind, Set<Long>> done) {
    }

    /** Who is due for each kind; {@code heldByKind} and {@code heldBack}: past their date but kept by a hold. */
    public record Plan(Map<RecordKind, RetentionRule> rules, Set<Long> held, Map<RecordKind, Set<Long>> dueNow,
                Map<RecordKind, Long> heldByKind, Set<Long> heldBack) {
    }
}
