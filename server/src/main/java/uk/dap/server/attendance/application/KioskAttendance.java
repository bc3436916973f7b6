package uk.dap.server.attendance.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import uk.dap.server.attendance.domain.ChildAttendance;
import uk.dap.server.attendance.domain.ClosedRegisterMarked;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.attendance.application.KioskScope;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.KioskName;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.referral.application.FamilyChildren;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.KioskPins;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.KioskSession;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.RosterPerson;
import uk.dap.shared.api.attendance.SessionOpening;
import uk.dap.shared.api.attendance.SignInAck;
import uk.dap.shared.text.UkDates;

/**
 * What a kiosk may do, and nothing more (domain safety rule 5): list today's sessions at its own venue, open one with
 * a facilitator's PIN, read that session's roster (first name and initial only) and post sign-ins for people on it.
 * Sign-ins are stored once per kiosk-made id, so a kiosk may resend as often as it likes.
 */
@ApplicationScoped
public class KioskAttendance {
    private static final String TODAY_HERE = "This kiosk can only use today's sessions at its own venue.";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    FamilyChildren families;
    @Inject
    Access permissions;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    KioskPins pins;
    @Inject
    AuditTrail audit;
    @Inject
    KioskScope scope;
    @Inject
    Event<ClosedRegisterMarked> closedRegisterMarked;
    @Inject
    Clock clock;
    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;

    @Transactional
    public List<KioskSession> sessionsToday() {
        Caller kiosk = currentCaller.require();
        return scope.sessionsToday(kiosk).stream()
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
        CohortSession session = scope.requireToday(kiosk, sessionId, false, TODAY_HERE);
        Cohort cohort = em.find(Cohort.class, session.cohortId());
        KioskPins.PinHolder holder = pins.verify(opening.username(), opening.pin(), kiosk.username()).orElse(null);
        if (!permissions.mayOpenSession(holder, cohort.facilitatorIds(), cohort.programmeCode())) {
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
        CohortSession session = scope.requireToday(kiosk, sessionId, false, TODAY_HERE);
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
     * Not a JTA transaction: the sign-in and its audit entry are one local transaction of their own (SignInWrites).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SignInAck signIn(KioskSignIn signIn) {
        Caller kiosk = currentCaller.require();
        return SignInWrites.inTransaction(dataSource, writes -> {
            // A single sign-in for a session this kiosk may not use is refused outright (403).
            SignInWrites.SessionRow session = usableSession(writes, kiosk, signIn.sessionId()).orElseThrow(() -> new DomainException(
                    ProblemType.FORBIDDEN, "This kiosk can only sign people in to sessions opened at its own venue."));
            Map<Long, Optional<SignInWrites.SessionRow>> sessions = new HashMap<>();
            sessions.put(session.id(), Optional.of(session));
            return storeAll(writes, kiosk, List.of(signIn), sessions).get(0);
        });
    }

    /**
     * Stores a batch; a sign-in for a session the kiosk may not (or may no longer) use is acknowledged as REJECTED,
     * so one stale sign-in never holds up the rest of the queue.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<SignInAck> signIn(List<KioskSignIn> signIns) {
        Caller kiosk = currentCaller.require();
        return SignInWrites.inTransaction(dataSource, writes -> storeAll(writes, kiosk, signIns, new HashMap<>()));
    }

    private List<SignInAck> storeAll(SignInWrites writes, Caller kiosk, List<KioskSignIn> signIns,
                                     Map<Long, Optional<SignInWrites.SessionRow>> sessions) throws SQLException {
        // Every session of the batch is locked first, in ascending order of id, whatever order the sign-ins come in:
        // two batches over the same sessions in opposite orders would otherwise each hold one and wait for the other's.
        for (Long sessionId : new TreeSet<>(signIns.stream().map(KioskSignIn::sessionId).filter(Objects::nonNull).toList())) {
            if (!sessions.containsKey(sessionId)) {
                sessions.put(sessionId, usableSession(writes, kiosk, sessionId));
            }
        }
        List<SignInAck> acks = new ArrayList<>();
        int stored = 0;
        for (KioskSignIn signIn : signIns) {
            Long sessionId = signIn.sessionId();
            Optional<SignInWrites.SessionRow> usable = sessions.get(sessionId);
            if (usable == null) {
                usable = usableSession(writes, kiosk, sessionId);
                sessions.put(sessionId, usable);
            }
            if (usable.isEmpty()) {
                acks.add(new SignInAck(signIn.id().toLowerCase(), SignInAck.Outcome.REJECTED, null,
                        "This kiosk cannot sign people in to that session."));
                continue;
            }
            SignInAck ack = store(writes, kiosk, usable.get(), signIn);
            acks.add(ack);
            stored += ack.outcome() == SignInAck.Outcome.STORED ? 1 : 0;
        }
        audit.recordOn(writes.connection(), "KIOSK_SIGN_IN", "Session", sessions.size() == 1 ? sessions.keySet().iterator().next() : null,
                AuditOutcome.SUCCESS, signIns.size() + " received, " + stored + " stored");
        return acks;
    }

    private SignInAck store(SignInWrites writes, Caller kiosk, SignInWrites.SessionRow session, KioskSignIn signIn) throws SQLException {
        String id = signIn.id().toLowerCase();
        if (signIn.childId() != null) {
            return storeChild(writes, kiosk, session, signIn, id);
        }
        // The session row is locked, so a resend racing the original waits and then finds it here; the unique indexes
        // on sign_in_id and (session, person) are the last line of defence.
        SignInWrites.Place place = writes.place(session.id(), signIn.enrolmentId()).orElse(null);
        if (place != null && id.equals(place.signInId())) {
            return new SignInAck(id, SignInAck.Outcome.DUPLICATE, place.status(), null);
        }
        if (place == null || !scope.mayDeliverFor(place.state(), signIn.enrolmentId(), place.cohortId(), session.cohortId(), session.date())) {
            return new SignInAck(id, SignInAck.Outcome.REJECTED, null, "Not on this session's roster.");
        }
        AttendanceStatus status = signIn.signedInAt().isAfter(lateFrom(session, place.lateAfterMinutes())) ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
        Instant now = clock.instant();
        if (place.attendanceId() == null) {
            writes.insert(session.id(), signIn.enrolmentId(), status, id, kiosk.kioskId(), signIn.signedInAt(), now, kiosk.username());
            if (session.registerClosed()) {
                closedRegisterMarked.fire(new ClosedRegisterMarked(signIn.enrolmentId(), writes.connection()));
            }
            return new SignInAck(id, SignInAck.Outcome.STORED, status, null);
        }
        if (place.status() == AttendanceStatus.ABSENT && !session.registerClosed()) {
            writes.replaceAbsence(place.attendanceId(), status, id, kiosk.kioskId(), signIn.signedInAt(), now, kiosk.username());
            return new SignInAck(id, SignInAck.Outcome.STORED, status, null);
        }
        return new SignInAck(id, SignInAck.Outcome.DUPLICATE, place.status(), "Already on the register.");
    }

    /**
     * A child signing in beside their mother: the mother must be on the session's roster and the child one of the
     * children who came with her ({@link FamilyChildren}, read outside this local transaction: it locks nothing). Stored once per child and session; a child already marked is acknowledged as such.
     */
    private SignInAck storeChild(SignInWrites writes, Caller kiosk, SignInWrites.SessionRow session, KioskSignIn signIn, String id)
            throws SQLException {
        SignInWrites.ChildPlace child = writes.childPlace(session.id(), signIn.childId()).orElse(null);
        if (child != null && id.equals(child.signInId())) {
            return new SignInAck(id, SignInAck.Outcome.DUPLICATE, child.status(), null);
        }
        SignInWrites.Place mother = writes.place(session.id(), signIn.enrolmentId()).orElse(null);
        if (mother == null || !scope.mayDeliverFor(mother.state(), signIn.enrolmentId(), mother.cohortId(), session.cohortId(), session.date())
                || !families.includes(mother.referralId(), signIn.childId())) {
            return new SignInAck(id, SignInAck.Outcome.REJECTED, null, "Not on this session's roster.");
        }
        AttendanceStatus status = signIn.signedInAt().isAfter(lateFrom(session, mother.lateAfterMinutes())) ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
        if (child == null) {
            writes.insertChild(session.id(), signIn.enrolmentId(), signIn.childId(), status, id, kiosk.kioskId(), clock.instant(), kiosk.username());
            return new SignInAck(id, SignInAck.Outcome.STORED, status, null);
        }
        // As for the mother: a child marked absent before the register closed who then signs in did come.
        if (child.status() == AttendanceStatus.ABSENT && !session.registerClosed()) {
            writes.replaceChildAbsence(session.id(), signIn.childId(), status, id, kiosk.kioskId(), clock.instant(), kiosk.username());
            return new SignInAck(id, SignInAck.Outcome.STORED, status, null);
        }
        return new SignInAck(id, SignInAck.Outcome.DUPLICATE, child.status(), "Already on the register.");
    }

    /** A sign-in is late when the kiosk's clock says they arrived after the start plus the programme's allowance. */
    private static Instant lateFrom(SignInWrites.SessionRow session, int allowanceMinutes) {
        return session.date().atTime(session.startTime()).plusMinutes(allowanceMinutes).atZone(UkDates.UK).toInstant();
    }

    /** The session's roster as the kiosk shows it; the paper register prints the same. */
    KioskRoster roster(CohortSession session, Cohort cohort) {
        Set<Long> signedIn = new HashSet<>(em.createQuery("SELECT a.enrolmentId FROM Attendance a WHERE a.sessionId = :s AND a.status IN :present",
                        Long.class).setParameter("s", session.id())
                .setParameter("present", List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ATTENDED_PAPER)).getResultList());
        Set<Long> childrenIn = new HashSet<>();
        for (ChildAttendance a : em.createQuery("SELECT a FROM ChildAttendance a WHERE a.sessionId = :s", ChildAttendance.class)
                .setParameter("s", session.id()).getResultList()) {
            if (a.status().attended()) {
                childrenIn.add(a.childId());
            }
        }
        List<RosterPerson> people = new ArrayList<>();
        List<Object[]> rows = em.createQuery("SELECT e, p FROM Enrolment e, Participant p WHERE e.id IN :roster"
                        + " AND p.id = e.participantId ORDER BY p.firstName, p.lastName", Object[].class)
                .setParameter("roster", ids(scope.roster(session))).getResultList();
        Map<Long, List<Child>> families = this.families.of(rows.stream().map(r -> ((Enrolment) r[0]).referralId()).toList());
        for (Object[] row : rows) {
            Enrolment e = (Enrolment) row[0];
            Participant p = (Participant) row[1];
            people.add(new RosterPerson(e.id(), shortName(p), p.preferredLanguage(), signedIn.contains(e.id()), null));
            // A family's children straight after their mother, each to sign in for themselves.
            for (Child child : families.getOrDefault(e.referralId(), List.of())) {
                people.add(new RosterPerson(e.id(), this.families.kioskName(child, p), p.preferredLanguage(), childrenIn.contains(child.id()),
                        child.id()));
            }
        }
        Programme programme = em.find(Programme.class, cohort.programmeCode());
        return new KioskRoster(session.id(), programme.name(), session.date(), session.startTime(), session.durationMinutes(),
                programme.rules().lateAfterMinutes(), session.openedBy(), people, session.isRegisterClosed());
    }

    /** The ids, or one that matches nothing for an empty roster (an empty IN list is not valid JPQL). */
    private static List<Long> ids(List<Enrolment> roster) {
        return roster.isEmpty() ? List.of(-1L) : roster.stream().map(Enrolment::id).toList();
    }

    /** First name and the initial of the last name: all a shared screen in a group room may show. */
    static String shortName(Participant p) {
        return KioskName.of(p.firstName(), p.lastName());
    }

    /**
     * The session, locked while its sign-ins are written, if this kiosk may sign people in to it: opened, at its
     * venue, and not more than a week old (a kiosk that was offline may deliver late).
     */
    private Optional<SignInWrites.SessionRow> usableSession(SignInWrites writes, Caller kiosk, Long sessionId) throws SQLException {
        SignInWrites.SessionRow session = sessionId == null ? null : writes.lockSession(sessionId).orElse(null);
        boolean usable = session != null && scope.mayDeliver(kiosk, session.venueId(), session.date(), session.opened());
        return usable ? Optional.of(session) : Optional.empty();
    }
}
