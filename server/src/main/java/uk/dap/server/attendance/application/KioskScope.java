package uk.dap.server.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.application.EnrolmentStays;
import uk.dap.server.enrolment.domain.CohortTransfer;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.security.application.Caller;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * What a kiosk may reach, and nothing more (domain safety rule 5), for sign-ins and questionnaires alike: today's
 * sessions at its own venue, once a facilitator has opened them; the people enrolled in that session's cohort; and,
 * for a kiosk that was offline, delivery of what it took up to {@link #LATE_DELIVERY_DAYS} days after the session.
 * The one place that reads a kiosk's venue outside security (ArchitectureTest).
 */
@ApplicationScoped
public class KioskScope {
    /** How long after a session a kiosk that was offline may still deliver its sign-ins and answers. */
    public static final int LATE_DELIVERY_DAYS = 7;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    EnrolmentStays stays;
    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }

    /** Today's sessions, not cancelled, at the kiosk's venue, by start time: all it may list. */
    public List<CohortSession> sessionsToday(Caller kiosk) {
        return em.createQuery("SELECT s FROM CohortSession s WHERE s.venueId = :venue AND s.date = :today AND s.status = :scheduled"
                        + " ORDER BY s.startTime", CohortSession.class)
                .setParameter("venue", kiosk.venueId()).setParameter("today", today())
                .setParameter("scheduled", SessionStatus.SCHEDULED).getResultList();
    }

    /**
     * The session if it is one of today's at the kiosk's venue (and opened, when {@code mustBeOpened}); otherwise 403
     * with {@code refusal}, whether or not the session exists.
     */
    public CohortSession requireToday(Caller kiosk, Long sessionId, boolean mustBeOpened, String refusal) {
        CohortSession session = sessionId == null ? null : em.find(CohortSession.class, sessionId);
        if (session == null || !session.venueId().equals(kiosk.venueId()) || !session.date().equals(today()) || !session.isScheduled()
                || (mustBeOpened && !session.isOpened())) {
            throw new DomainException(ProblemType.FORBIDDEN, refusal);
        }
        return session;
    }

    /**
     * Whether the kiosk may deliver what it took at a session (a sign-in, an answer), perhaps late after being offline:
     * at its venue, opened, and from today back to {@link #LATE_DELIVERY_DAYS} days ago.
     */
    public boolean mayDeliver(Caller kiosk, Long sessionVenueId, LocalDate sessionDate, boolean opened) {
        LocalDate today = today();
        return kiosk.venueId() != null && kiosk.venueId().equals(sessionVenueId) && opened
                && !sessionDate.isAfter(today) && !sessionDate.isBefore(today.minusDays(LATE_DELIVERY_DAYS));
    }

    /** On a session's roster: enrolled (not waiting, not finished) in the session's cohort. */
    public static boolean onRoster(EnrolmentState state, Long enrolmentCohortId, Long sessionCohortId) {
        return state == EnrolmentState.ENROLLED && sessionCohortId.equals(enrolmentCohortId);
    }

    /**
     * Whether what a kiosk took for this person at this session may still be delivered: they are on its roster now, or
     * were on the session's day (up to the day of the move) and have been moved to another cohort since: a kiosk offline on
     * the day delivers later, and a sign-in taken on the day of the move is a fact.
     */
    public boolean mayDeliverFor(EnrolmentState state, Long enrolmentId, Long enrolmentCohortId, Long sessionCohortId, LocalDate sessionDate) {
        if (onRoster(state, enrolmentCohortId, sessionCohortId)) {
            return true;
        }
        CohortTransfer moved = state == EnrolmentState.ENROLLED ? stays.movedOutOf(sessionCohortId).get(enrolmentId) : null;
        return moved != null && moved.inOldCohortOn(sessionDate);
    }

    /** Everyone on the session's roster, by enrolment id. */
    public List<Enrolment> roster(CohortSession session) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.cohortId = :c AND e.state = :enrolled ORDER BY e.id", Enrolment.class)
                .setParameter("c", session.cohortId()).setParameter("enrolled", EnrolmentState.ENROLLED).getResultList();
    }
}
