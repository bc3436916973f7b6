package uk.dap.server.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dap.server.attendance.domain.Attendance;
import uk.dap.server.attendance.domain.AttendanceTally;
import uk.dap.server.attendance.domain.ChildAttendance;
import uk.dap.server.attendance.domain.ClosedRegisterMarked;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.cohort.domain.Venue;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.application.EnrolmentStays;
import uk.dap.server.enrolment.domain.CohortTransfer;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.referral.application.FamilyChildren;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.ChildMark;
import uk.dap.shared.api.attendance.CohortRegister;
import uk.dap.shared.api.attendance.RegisterEntry;
import uk.dap.shared.api.attendance.RegisterMark;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * The facilitator's register: who signed in, marks for the rest, closing, and corrections after closing (with a
 * reason, audited). Closing marks anyone still unmarked absent and then looks for non-engagement.
 */
@ApplicationScoped
public class Registers {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ParticipantAccess access;
    @Inject
    FamilyChildren families;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Cohorts cohorts;
    @Inject
    StaffDirectory staff;
    @Inject
    NonEngagement nonEngagement;
    @Inject
    AuditTrail audit;
    @Inject
    EnrolmentStays stays;
    @Inject
    Event<ClosedRegisterMarked> closedRegisterMarked;
    @Inject
    Clock clock;
    @Inject
    KioskAttendance kioskAttendance;

    @Transactional
    public SessionRegister register(Long sessionId) {
        CohortSession session = session(currentCaller.require(), sessionId);
        audit.record("READ_REGISTER", "Session", sessionId, AuditOutcome.SUCCESS, null);
        return view(session);
    }

    /**
     * The session's register on paper (BlankRegisterPdf): the kiosk's roster for it, as the kiosk names them, children
     * beneath their mother. Audited, since it is a list of who attends.
     */
    @Transactional
    public byte[] paper(Long sessionId) {
        CohortSession session = session(currentCaller.require(), sessionId);
        if (!session.isScheduled()) {
            throw new DomainException(ProblemType.CONFLICT, "Session " + session.number() + " was cancelled: it has no register.");
        }
        Cohort cohort = em.find(Cohort.class, session.cohortId());
        List<BlankRegisterPdf.Line> lines = kioskAttendance.roster(session, cohort).people().stream()
                .map(person -> new BlankRegisterPdf.Line(person.displayName(), person.childId() != null)).toList();
        Venue venue = em.find(Venue.class, session.venueId());
        String place = venue.name() + (cohort.room() == null || !session.venueId().equals(cohort.venueId()) ? "" : ", " + cohort.room());
        audit.record("PRINT_REGISTER", "Session", sessionId, AuditOutcome.SUCCESS, lines.size() + " lines");
        return new BlankRegisterPdf().render(new BlankRegisterPdf.Sheet(em.find(Programme.class, cohort.programmeCode()).name(), session.number(),
                session.date(), session.startTime(), session.durationMinutes(), place, lines));
    }

    @Transactional
    public SessionRegister mark(Long sessionId, Long enrolmentId, RegisterMark mark) {
        Caller caller = currentCaller.require();
        CohortSession session = lockedForMarking(caller, sessionId);
        Enrolment enrolment = onRegister(session, enrolmentId);
        String by = staff.displayName(caller.accountId());
        Attendance attendance = attendance(sessionId, enrolmentId);
        boolean closed = session.isRegisterClosed();
        if (attendance == null) {
            if (closed && (mark.reason() == null || mark.reason().isBlank())) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "The register is closed: give the reason for the correction.");
            }
            attendance = Attendance.marked(sessionId, enrolmentId, mark.status(), by, clock.instant(), mark.reason());
            em.persist(attendance);
            if (closed) {
                closedRegisterMarked.fire(new ClosedRegisterMarked(enrolmentId, null));
            }
        } else {
            attendance.mark(mark.status(), by, clock.instant(), closed, mark.reason());
        }
        em.flush();
        audit.record(closed ? "CORRECT_REGISTER" : "MARK_REGISTER", "Session", sessionId, AuditOutcome.SUCCESS,
                "enrolment " + enrolmentId + " -> " + mark.status());
        if (closed) {
            nonEngagement.review(enrolment);
        }
        return view(session);
    }

    /**
     * A mark from a service's history (docs/import.md), on the register of a session held before the import: none is
     * changed (a mark already there is left as it is, and false is answered), and the register is closed as it was
     * then, with nobody else marked absent (the report counts anyone unmarked at a closed register as not there). A
     * session from before the person's placement in the cohort was not theirs, and is refused. Part of the import's
     * one transaction; the import's own audit entry stands for its marks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean importMark(Long sessionId, Long enrolmentId, AttendanceStatus status, String note) {
        Caller caller = currentCaller.require();
        CohortSession session = lockedForMarking(caller, sessionId);
        Enrolment enrolment = onRegister(session, enrolmentId);
        if (enrolment.movedHereAfter(session.date())) {
            throw new DomainException(ProblemType.CONFLICT, "Session " + session.number() + " (" + UkDates.date(session.date())
                    + ") came before they joined the group on " + UkDates.date(enrolment.placedOn()) + ".");
        }
        if (attendance(sessionId, enrolmentId) != null) {
            return false;
        }
        String by = staff.displayName(caller.accountId()) + " (imported)";
        em.persist(Attendance.marked(sessionId, enrolmentId, status, by, clock.instant(), note));
        if (session.isRegisterClosed()) {
            closedRegisterMarked.fire(new ClosedRegisterMarked(enrolmentId, null));
        } else {
            session.closeRegister(by, clock.instant());
        }
        return true;
    }

    /**
     * The register marks of the enrolments the caller may see ({@link ParticipantAccess#peoplesEnrolmentScope}), for an
     * export: every mark of {@code size} enrolments at a time after the enrolment {@code afterId}, by enrolment then day.
     */
    @Transactional
    public List<ExportedMark> exportPage(long afterId, int size) {
        ParticipantAccess.Scope scope = access.peoplesEnrolmentScope(currentCaller.require());
        List<Long> enrolments = scope.apply(em.createQuery("SELECT e.id FROM Enrolment e WHERE e.id > :after AND " + scope.condition()
                        + " AND EXISTS (SELECT a FROM Attendance a WHERE a.enrolmentId = e.id) ORDER BY e.id", Long.class))
                .setParameter("after", afterId).setMaxResults(size).getResultList();
        if (enrolments.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e.id, e.referralId, s.cohortId, s.date, a.status, a.correctionReason FROM Attendance a, CohortSession s, Enrolment e"
                        + " WHERE s.id = a.sessionId AND e.id = a.enrolmentId AND e.id IN :ids ORDER BY e.id, s.date, s.number", Object[].class)
                .setParameter("ids", enrolments).getResultStream()
                .map(r -> new ExportedMark((Long) r[0], (Long) r[1], (Long) r[2], (LocalDate) r[3], (AttendanceStatus) r[4], (String) r[5]))
                .toList();
    }

    /** One person's mark at one session, as an export writes it: the remark is the row's remark or correction reason. */
    public record ExportedMark(Long enrolmentId, Long referralId, Long cohortId, LocalDate day, AttendanceStatus status, String remark) {
    }

    /**
     * Marks one of the children a DART mother came with (one of the children on her referral) at a session she is on
     * the register of. A child's mark is theirs alone: it changes no rate, count or rule of the mother's. After the
     * register is closed a change needs a reason, as hers does (audited).
     */
    @Transactional
    public SessionRegister markChild(Long sessionId, Long enrolmentId, Long childId, RegisterMark mark) {
        Caller caller = currentCaller.require();
        CohortSession session = lockedForMarking(caller, sessionId);
        Enrolment enrolment = onRegister(session, enrolmentId);
        if (!families.includes(enrolment.referralId(), childId)) {
            throw new DomainException(ProblemType.NOT_FOUND, "Child " + childId + " did not come to the programme with this person.");
        }
        boolean closed = session.isRegisterClosed();
        if (closed && (mark.reason() == null || mark.reason().isBlank())) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The register is closed: give the reason for the correction.");
        }
        String by = staff.displayName(caller.accountId());
        ChildAttendance attendance = em.createQuery("SELECT a FROM ChildAttendance a WHERE a.sessionId = :s AND a.childId = :c",
                ChildAttendance.class).setParameter("s", sessionId).setParameter("c", childId).getResultStream().findFirst().orElse(null);
        if (attendance == null) {
            em.persist(ChildAttendance.marked(sessionId, enrolmentId, childId, mark.status(), by, clock.instant()));
        } else {
            attendance.mark(mark.status(), by, clock.instant());
        }
        em.flush();
        audit.record(closed ? "CORRECT_REGISTER" : "MARK_REGISTER", "Session", sessionId, AuditOutcome.SUCCESS,
                "enrolment " + enrolmentId + ", child " + childId + " -> " + mark.status() + (closed ? " (" + mark.reason().strip() + ")" : ""));
        return view(session);
    }

    /** The session, locked while it is marked, if the caller may mark it and it has been held. */
    private CohortSession lockedForMarking(Caller caller, Long sessionId) {
        CohortSession session = session(caller, sessionId);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        requireHeld(session);
        return session;
    }

    /** The enrolment, if it is on the session's register (404 otherwise). */
    private Enrolment onRegister(CohortSession session, Long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || enrolment.enrolledAt() == null || !onRegister(enrolment, session)) {
            throw new DomainException(ProblemType.NOT_FOUND, "Enrolment " + enrolmentId + " is not on this session's register.");
        }
        return enrolment;
    }

    /** Closes the register: anyone unmarked is absent. Then each person's run of unexplained absences is reviewed. */
    @Transactional
    public SessionRegister close(Long sessionId) {
        Caller caller = currentCaller.require();
        CohortSession session = session(caller, sessionId);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        requireHeld(session);
        String by = staff.displayName(caller.accountId());
        int absent = 0;
        List<Enrolment> onRegister = new ArrayList<>(enrolled(session.cohortId()));
        for (Long moved : movedAway(session)) {
            Enrolment enrolment = em.find(Enrolment.class, moved);
            if (enrolment.state() == EnrolmentState.ENROLLED && !session.cohortId().equals(enrolment.cohortId())) {
                onRegister.add(enrolment);
            }
        }
        for (Enrolment enrolment : onRegister) {
            // Someone moved here from another cohort after this session's day was not here to miss it.
            if (attendance(sessionId, enrolment.id()) == null && !enrolment.movedHereAfter(session.date())) {
                em.persist(Attendance.marked(sessionId, enrolment.id(), AttendanceStatus.ABSENT, by + " (register closed)", clock.instant(), null));
                absent++;
            }
        }
        session.closeRegister(by, clock.instant());
        em.flush();
        audit.record("CLOSE_REGISTER", "Session", sessionId, AuditOutcome.SUCCESS, absent + " unmarked marked absent");
        for (Enrolment enrolment : onRegister) {
            nonEngagement.review(enrolment);
        }
        return view(session);
    }

    /** Participants by week with each status and their attendance rate; cancelled sessions do not count. */
    @Transactional
    public CohortRegister cohortRegister(Long cohortId) {
        Caller caller = currentCaller.require();
        Cohort cohort = cohorts.visible(caller, cohortId);
        List<CohortSession> sessions = em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId = :c ORDER BY s.date, s.number",
                CohortSession.class).setParameter("c", cohort.id()).getResultList();
        List<CohortRegister.Column> columns = sessions.stream().map(s -> new CohortRegister.Column(s.id(), s.number(), s.date(),
                s.status(), s.isRegisterClosed())).toList();
        Map<String, AttendanceStatus> marks = new HashMap<>();
        for (Attendance a : em.createQuery("SELECT a FROM Attendance a, CohortSession s WHERE a.sessionId = s.id AND s.cohortId = :c",
                Attendance.class).setParameter("c", cohort.id()).getResultList()) {
            marks.put(a.sessionId() + ":" + a.enrolmentId(), a.status());
        }
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        Map<Long, CohortTransfer> movedOut = stays.movedOutOf(cohort.id());
        List<Object[]> people = onRegister(cohort.id(), movedOut.keySet());
        Map<Long, List<Stay>> staysOf = stays.of(people.stream().map(row -> (Enrolment) row[0]).toList());
        List<CohortRegister.Row> rows = new ArrayList<>();
        for (Object[] row : people) {
            Enrolment e = (Enrolment) row[0];
            Participant p = (Participant) row[1];
            List<AttendanceStatus> statuses = new ArrayList<>();
            List<AttendanceTally.Mark> personal = new ArrayList<>();
            for (CohortSession s : sessions) {
                AttendanceStatus status = marks.get(s.id() + ":" + e.id());
                statuses.add(status);
                personal.add(new AttendanceTally.Mark(s, status));
            }
            // Their time in this cohort only: the register is the cohort's, the progress page counts every stay.
            List<Stay> here = staysOf.get(e.id()).stream().filter(stay -> cohort.id().equals(stay.cohortId())).toList();
            CohortTransfer moved = cohort.id().equals(e.cohortId()) ? null : movedOut.get(e.id());
            AttendanceTally tally = AttendanceTally.over(personal, today, here);
            rows.add(new CohortRegister.Row(e.id(), p.id(), p.reference(), p.firstName(), p.lastName(), statuses, tally.attended(),
                    tally.held(), tally.ratePercent(), moved == null ? null : moved.transferredOn()));
        }
        audit.record("READ_COHORT_REGISTER", "Cohort", cohortId, AuditOutcome.SUCCESS, rows.size() + " participants");
        return new CohortRegister(cohort.id(), columns, rows);
    }

    /**
     * Each enrolment on the cohort's register (placed in it now, or moved out of it to another: {@code moved}) with its
     * person, by last then first name. Asked as two statements: with the two conditions joined by OR, Derby read every
     * enrolment of ten years for each register (issue 19).
     */
    private List<Object[]> onRegister(Long cohortId, java.util.Collection<Long> moved) {
        List<Object[]> rows = new ArrayList<>(em.createQuery("SELECT e, p FROM Enrolment e, Participant p WHERE e.cohortId = :c"
                + " AND e.enrolledAt IS NOT NULL AND p.id = e.participantId", Object[].class).setParameter("c", cohortId).getResultList());
        if (!moved.isEmpty()) {
            Set<Long> placedHere = rows.stream().map(row -> ((Enrolment) row[0]).id()).collect(Collectors.toSet());
            em.createQuery("SELECT e, p FROM Enrolment e, Participant p WHERE e.id IN :moved AND e.enrolledAt IS NOT NULL"
                            + " AND p.id = e.participantId", Object[].class).setParameter("moved", moved).getResultStream()
                    .filter(row -> !placedHere.contains(((Enrolment) row[0]).id())).forEach(rows::add);
        }
        rows.sort(java.util.Comparator.comparing((Object[] row) -> ((Participant) row[1]).lastName(), java.util.Comparator.nullsLast(String::compareTo))
                .thenComparing(row -> ((Participant) row[1]).firstName(), java.util.Comparator.nullsLast(String::compareTo)));
        return rows;
    }

    private SessionRegister view(CohortSession session) {
        List<RegisterEntry> entries = new ArrayList<>();
        Set<Long> moved = movedAway(session);
        List<Object[]> rows = onRegister(session.cohortId(), moved);
        Map<Long, List<Child>> familyOf = families.of(rows.stream().map(r -> ((Enrolment) r[0]).referralId()).toList());
        Map<Long, AttendanceStatus> childMarks = new HashMap<>();
        em.createQuery("SELECT a FROM ChildAttendance a WHERE a.sessionId = :s", ChildAttendance.class).setParameter("s", session.id())
                .getResultList().forEach(a -> childMarks.put(a.childId(), a.status()));
        for (Object[] row : rows) {
            Enrolment e = (Enrolment) row[0];
            Participant p = (Participant) row[1];
            Attendance a = attendance(session.id(), e.id());
            if (a == null && e.state() != EnrolmentState.ENROLLED) {
                continue;
            }
            List<ChildMark> children = familyOf.getOrDefault(e.referralId(), List.of()).stream()
                    .map(c -> new ChildMark(c.id(), c.firstName(), childMarks.get(c.id()))).toList();
            entries.add(new RegisterEntry(e.id(), p.id(), p.reference(), p.firstName(), p.lastName(), a == null ? null : a.status(),
                    a == null ? null : a.kioskTime(), a == null ? null : a.serverTime(), a == null ? null : staff.shownAs(a.markedBy()),
                    a == null ? null : a.correctionReason(), children));
        }
        return new SessionRegister(session.id(), session.cohortId(), session.number(), session.date(), session.startTime(),
                session.status(), session.isRegisterClosed(), session.registerClosedAt(), staff.shownAs(session.registerClosedBy()), entries);
    }

    /** In the session's cohort now, or was on the session's day before moving to another cohort. */
    private boolean onRegister(Enrolment enrolment, CohortSession session) {
        return session.cohortId().equals(enrolment.cohortId()) || movedAway(session).contains(enrolment.id());
    }

    /**
     * The enrolments that have moved from the session's cohort to another and were in it on the session's day, or have
     * a mark at the session: it stays on their record and can be corrected here.
     */
    private Set<Long> movedAway(CohortSession session) {
        Set<Long> moved = new HashSet<>();
        stays.movedOutOf(session.cohortId()).forEach((enrolmentId, transfer) -> {
            if (Stay.within(List.of(transfer.earlierStay()), session.cohortId(), session.date()) || attendance(session.id(), enrolmentId) != null) {
                moved.add(enrolmentId);
            }
        });
        return moved;
    }

    private List<Enrolment> enrolled(Long cohortId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.cohortId = :c AND e.state = :enrolled", Enrolment.class)
                .setParameter("c", cohortId).setParameter("enrolled", EnrolmentState.ENROLLED).getResultList();
    }

    private Attendance attendance(Long sessionId, Long enrolmentId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s AND a.enrolmentId = :e", Attendance.class)
                .setParameter("s", sessionId).setParameter("e", enrolmentId).getResultStream().findFirst().orElse(null);
    }

    /** The session, if the caller facilitates its cohort or leads its programme. */
    private CohortSession session(Caller caller, Long sessionId) {
        CohortSession session = sessionId == null ? null : em.find(CohortSession.class, sessionId);
        if (session == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no session " + sessionId + " that you may see.");
        }
        cohorts.visible(caller, session.cohortId());
        return session;
    }

    private void requireHeld(CohortSession session) {
        if (!session.isScheduled()) {
            throw new DomainException(ProblemType.CONFLICT, "Session " + session.number() + " was cancelled: it has no register.");
        }
        if (session.date().isAfter(LocalDate.now(clock.withZone(UkDates.UK)))) {
            throw new DomainException(ProblemType.CONFLICT, "Session " + session.number() + " has not happened yet.");
        }
    }
}
