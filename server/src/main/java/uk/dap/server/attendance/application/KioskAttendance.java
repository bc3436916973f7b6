package uk.dap.server.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.attendance.domain.Attendance;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.KioskPins;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.text.UkDates;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.KioskSession;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.RosterPerson;
import uk.dap.shared.api.attendance.SessionOpening;
import uk.dap.shared.api.attendance.SignInAck;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.security.Role;

/**
 * What a kiosk may do, and nothing more (domain safety rule 5): list today's sessions at its own venue, open one with
 * a facilitator's PIN, read that session's roster (first name and initial only) and post sign-ins for people on it.
 * Sign-ins are stored once per kiosk-made id, so a kiosk may resend as often as it likes.
 */
@ApplicationScoped
public class KioskAttendance {
    /** How long after a session a kiosk that was offline may still deliver its sign-ins. */
    static final int LATE_DELIVERY_DAYS = 7;
    public static final int MAX_BATCH = 500;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    KioskPins pins;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public List<KioskSession> sessionsToday() {
        Caller kiosk = currentCaller.require();
        return em.createQuery("SELECT s FROM CohortSession s WHERE s.venueId = :venue AND s.date = :today AND s.status = :scheduled"
                        + " ORDER BY s.startTime", CohortSession.class)
                .setParameter("venue", kiosk.venueId()).setParameter("today", today())
                .setParameter("scheduled", SessionStatus.SCHEDULED).getResultStream()
                .map(s -> {
                    Cohort cohort = em.find(Cohort.class, s.cohortId());
                    return new KioskSession(s.id(), em.find(Programme.class, cohort.programmeCode()).name(), cohort.room(), s.date(),
                            s.startTime(), s.durationMinutes(), s.isOpened());
                }).toList();
    }

    /** A facilitator of the cohort (or a lead of its programme) opens today's session with their PIN. */
    @Transactional
    public KioskRoster open(Long sessionId, SessionOpening opening) {
        Caller kiosk = currentCaller.require();
        CohortSession session = todaysSessionHere(kiosk, sessionId);
        Cohort cohort = em.find(Cohort.class, session.cohortId());
        KioskPins.PinHolder holder = pins.verify(opening.username(), opening.pin(), kiosk.username()).orElse(null);
        boolean entitled = holder != null && switch (holder.role()) {
            case FACILITATOR -> cohort.facilitatorIds().contains(holder.accountId());
            case PROGRAMME_LEAD -> staff.programmesLedBy(holder.accountId()).contains(cohort.programmeCode());
            default -> false;
        };
        if (!entitled) {
            throw new DomainException(ProblemType.FORBIDDEN,
                    "That username and PIN do not open this session. Only its facilitators and programme lead can open it.");
        }
        session.open(holder.displayName(), clock.instant());
        audit.record("OPEN_SESSION", "Session", session.id(), AuditOutcome.SUCCESS, "opened by " + holder.username());
        return roster(session, cohort);
    }

    @Transactional
    public KioskRoster roster(Long sessionId) {
        Caller kiosk = currentCaller.require();
        CohortSession session = todaysSessionHere(kiosk, sessionId);
        if (!session.isOpened()) {
            throw new DomainException(ProblemType.FORBIDDEN, "A facilitator must open this session on the kiosk first.");
        }
        return roster(session, em.find(Cohort.class, session.cohortId()));
    }

    /** Checks a facilitator's or lead's PIN, for unlocking kiosk mode. */
    @Transactional
    public void staffCheck(String username, String pin) {
        Caller kiosk = currentCaller.require();
        if (pins.verify(username, pin, kiosk.username()).isEmpty()) {
            throw new DomainException(ProblemType.FORBIDDEN, "That username and PIN are not right.");
        }
    }

    /**
     * Stores sign-ins, each once: a repeated id is acknowledged as a duplicate, a person already on the register as
     * well. Sessions are locked while their sign-ins are written, so a resend racing the original cannot store twice.
     */
    @Transactional
    public SignInAck signIn(KioskSignIn signIn) {
        Caller kiosk = currentCaller.require();
        // A single sign-in for a session this kiosk may not use is refused outright (403).
        CohortSession session = usableSession(kiosk, signIn.sessionId()).orElseThrow(() -> new DomainException(ProblemType.FORBIDDEN,
                "This kiosk can only sign people in to sessions opened at its own venue."));
        Map<Long, java.util.Optional<CohortSession>> sessions = new HashMap<>();
        sessions.put(session.id(), java.util.Optional.of(session));
        return storeAll(kiosk, List.of(signIn), sessions).get(0);
    }

    /**
     * Stores a batch; a sign-in for a session the kiosk may not (or may no longer) use is acknowledged as REJECTED,
     * so one stale sign-in never holds up the rest of the queue.
     */
    @Transactional
    public List<SignInAck> signIn(List<KioskSignIn> signIns) {
        Caller kiosk = currentCaller.require();
        if (signIns.size() > MAX_BATCH) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Send at most " + MAX_BATCH + " sign-ins at once.");
        }
        return storeAll(kiosk, signIns, new HashMap<>());
    }

    private List<SignInAck> storeAll(Caller kiosk, List<KioskSignIn> signIns, Map<Long, java.util.Optional<CohortSession>> sessions) {
        Map<Long, Instant> lateFrom = new HashMap<>();
        List<SignInAck> acks = new ArrayList<>();
        int stored = 0;
        for (KioskSignIn signIn : signIns) {
            CohortSession session = sessions.computeIfAbsent(signIn.sessionId(), id -> usableSession(kiosk, id)).orElse(null);
            if (session == null) {
                acks.add(new SignInAck(signIn.id().toLowerCase(), SignInAck.Outcome.REJECTED, null,
                        "This kiosk cannot sign people in to that session."));
                continue;
            }
            Instant late = lateFrom.computeIfAbsent(session.id(), id -> lateFrom(session));
            SignInAck ack = store(kiosk, session, signIn, signIn.signedInAt().isAfter(late) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT);
            acks.add(ack);
            stored += ack.outcome() == SignInAck.Outcome.STORED ? 1 : 0;
        }
        audit.record("KIOSK_SIGN_IN", "Session", sessions.size() == 1 ? sessions.keySet().iterator().next() : null, AuditOutcome.SUCCESS,
                signIns.size() + " received, " + stored + " stored");
        return acks;
    }

    private SignInAck store(Caller kiosk, CohortSession session, KioskSignIn signIn, AttendanceStatus status) {
        String id = signIn.id().toLowerCase();
        // One lookup, on the enrolment's key and the (session, person) unique index. The session row is locked, so a
        // resend racing the original waits and then finds it; the unique indexes are the last line of defence.
        List<Object[]> rows = em.createQuery("SELECT e, a FROM Enrolment e LEFT JOIN Attendance a"
                        + " ON a.enrolmentId = e.id AND a.sessionId = :s WHERE e.id = :e", Object[].class)
                .setParameter("s", session.id()).setParameter("e", signIn.enrolmentId()).getResultList();
        Enrolment enrolment = rows.isEmpty() ? null : (Enrolment) rows.get(0)[0];
        Attendance existing = rows.isEmpty() ? null : (Attendance) rows.get(0)[1];
        if (existing != null && id.equals(existing.signInId())) {
            return new SignInAck(id, SignInAck.Outcome.DUPLICATE, existing.status(), null);
        }
        if (enrolment == null || enrolment.state() != EnrolmentState.ENROLLED || !session.cohortId().equals(enrolment.cohortId())) {
            return new SignInAck(id, SignInAck.Outcome.REJECTED, null, "Not on this session's roster.");
        }
        Instant now = clock.instant();
        if (existing == null) {
            em.persist(Attendance.signedIn(session.id(), enrolment.id(), status, id, kiosk.kioskId(), signIn.signedInAt(), now, kiosk.username()));
            return new SignInAck(id, SignInAck.Outcome.STORED, status, null);
        }
        if (existing.status() == AttendanceStatus.ABSENT && !session.isRegisterClosed()) {
            existing.replaceAbsenceWithSignIn(status, id, kiosk.kioskId(), signIn.signedInAt(), now, kiosk.username());
            return new SignInAck(id, SignInAck.Outcome.STORED, status, null);
        }
        return new SignInAck(id, SignInAck.Outcome.DUPLICATE, existing.status(), "Already on the register.");
    }

    /** A sign-in is late when the kiosk's clock says they arrived after the start plus the programme's allowance. */
    private Instant lateFrom(CohortSession session) {
        Cohort cohort = em.find(Cohort.class, session.cohortId());
        int allowance = em.find(Programme.class, cohort.programmeCode()).rules().lateAfterMinutes();
        return session.date().atTime(session.startTime()).plusMinutes(allowance).atZone(UkDates.UK).toInstant();
    }

    private KioskRoster roster(CohortSession session, Cohort cohort) {
        List<RosterPerson> people = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT e, p FROM Enrolment e, Participant p WHERE e.cohortId = :c AND e.state = :enrolled"
                        + " AND p.id = e.participantId ORDER BY p.firstName, p.lastName", Object[].class)
                .setParameter("c", cohort.id()).setParameter("enrolled", EnrolmentState.ENROLLED).getResultList()) {
            Enrolment e = (Enrolment) row[0];
            Participant p = (Participant) row[1];
            boolean signedIn = em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.sessionId = :s AND a.enrolmentId = :e"
                    + " AND a.status IN :present", Long.class).setParameter("s", session.id()).setParameter("e", e.id())
                    .setParameter("present", List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ATTENDED_PAPER))
                    .getSingleResult() > 0;
            people.add(new RosterPerson(e.id(), shortName(p), p.preferredLanguage(), signedIn));
        }
        Programme programme = em.find(Programme.class, cohort.programmeCode());
        return new KioskRoster(session.id(), programme.name(), session.date(), session.startTime(), session.durationMinutes(),
                programme.rules().lateAfterMinutes(), session.openedBy(), people);
    }

    /** First name and the initial of the last name: all a shared screen in a group room may show. */
    static String shortName(Participant p) {
        return p.firstName() + " " + p.lastName().substring(0, 1).toUpperCase() + ".";
    }

    private CohortSession todaysSessionHere(Caller kiosk, Long sessionId) {
        CohortSession session = sessionId == null ? null : em.find(CohortSession.class, sessionId);
        if (session == null || !session.venueId().equals(kiosk.venueId()) || !session.date().equals(today()) || !session.isScheduled()) {
            throw new DomainException(ProblemType.FORBIDDEN, "This kiosk can only use today's sessions at its own venue.");
        }
        return session;
    }

    /**
     * The session, locked while its sign-ins are written, if this kiosk may sign people in to it: opened, at its
     * venue, and not more than a week old (a kiosk that was offline may deliver late).
     */
    private java.util.Optional<CohortSession> usableSession(Caller kiosk, Long sessionId) {
        CohortSession session = sessionId == null ? null : em.find(CohortSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = today();
        boolean usable = session != null && session.venueId().equals(kiosk.venueId()) && session.isOpened()
                && !session.date().isAfter(today) && !session.date().isBefore(today.minusDays(LATE_DELIVERY_DAYS));
        return usable ? java.util.Optional.of(session) : java.util.Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }
}
