package uk.dap.server.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.attendance.domain.Attendance;
import uk.dap.server.casework.domain.Appointment;
import uk.dap.server.casework.domain.AppointmentMarked;
import uk.dap.server.alert.application.Alerts;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.enrolment.application.EnrolmentStays;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.referral.domain.Referral;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.casework.AppointmentOutcome;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * Domain safety rule 6: unexplained misses in a row (the programme's {@code absencesBeforeAlert}, default 2) alert
 * the key worker, the referrer and the lead. A miss is an unexplained absence from a session whose register is
 * closed, or a missed appointment (one-to-one or home visit); both count in one run, in the order they happened,
 * newest first. Cancelled sessions and appointments not yet marked are skipped; anything attended or explained
 * (absence with notice, an appointment kept or cancelled with notice) breaks the run. One alert per run.
 */
@ApplicationScoped
public class NonEngagement {

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    EnrolmentStays stays;
    @Inject
    Alerts alerts;

    /** One thing the person was expected at: a held session or a marked appointment. */
    private record Event(Instant at, LocalDate day, String key, boolean session, boolean missed) {
    }

    /** A one-to-one appointment marked in casework, in the same transaction: a missed one may complete a run. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onAppointmentMarked(@Observes AppointmentMarked marked) {
        reviewParticipant(marked.participantId());
    }

    /**
     * After an appointment was marked: reviewed for every programme the person is attending now. Referrals still being
     * assessed or waiting have no run to alert about yet; their appointments count once the person is placed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewParticipant(Long participantId) {
        for (Enrolment enrolment : em.createQuery("SELECT e FROM Enrolment e WHERE e.participantId = :p AND e.state = :enrolled",
                Enrolment.class).setParameter("p", participantId).setParameter("enrolled", EnrolmentState.ENROLLED).getResultList()) {
            review(enrolment);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void review(Enrolment enrolment) {
        int threshold = em.find(Programme.class, enrolment.programmeCode()).rules().absencesBeforeAlert();
        List<Event> events = new ArrayList<>();
        List<Stay> theirs = stays.of(enrolment);
        List<Long> cohorts = new ArrayList<>(Stay.cohorts(theirs));
        if (enrolment.cohortId() != null && !cohorts.contains(enrolment.cohortId())) {
            cohorts.add(enrolment.cohortId());
        }
        if (!cohorts.isEmpty()) {
            Map<Long, AttendanceStatus> marks = new HashMap<>();
            for (Attendance a : em.createQuery("SELECT a FROM Attendance a WHERE a.enrolmentId = :e", Attendance.class)
                    .setParameter("e", enrolment.id()).getResultList()) {
                marks.put(a.sessionId(), a.status());
            }
            for (CohortSession s : em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId IN :c AND s.status = :scheduled"
                            + " AND s.registerClosedAt IS NOT NULL", CohortSession.class)
                    .setParameter("c", cohorts).setParameter("scheduled", SessionStatus.SCHEDULED).getResultList()) {
                AttendanceStatus status = marks.get(s.id());
                // A cohort they were moved out of counts for their time there: a run of misses goes on across a move.
                if (!s.cohortId().equals(enrolment.cohortId()) && !Stay.expected(theirs, s, status)) {
                    continue;
                }
                Instant at = ZonedDateTime.of(s.date(), s.startTime(), UkDates.UK).toInstant();
                events.add(new Event(at.plusNanos(s.number()), s.date(), "S" + s.id(), true, status == AttendanceStatus.ABSENT));
            }
        }
        // Appointments before this referral belong to no part of it.
        Instant referred = em.find(Referral.class, enrolment.referralId()).referredOn().atStartOfDay(UkDates.UK).toInstant();
        for (Appointment a : em.createQuery("SELECT a FROM Appointment a WHERE a.participantId = :p AND a.outcome IS NOT NULL"
                        + " AND a.startsAt >= :referred", Appointment.class)
                .setParameter("p", enrolment.participantId()).setParameter("referred", referred).getResultList()) {
            events.add(new Event(a.startsAt(), LocalDate.ofInstant(a.startsAt(), UkDates.UK), "A" + a.id(), false,
                    a.outcome() == AppointmentOutcome.MISSED));
        }
        events.sort(Comparator.comparing(Event::at).reversed());
        int run = 0;
        int sessions = 0;
        List<String> streaks = new ArrayList<>();
        for (Event event : events) {
            if (!event.missed()) {
                break;
            }
            run++;
            sessions += event.session() ? 1 : 0;
            streaks.add("E" + enrolment.id() + event.key());
        }
        if (run < threshold || run == 0) {
            return;
        }
        // Keyed by the run's first miss; a miss recorded afterwards that lengthens an alerted run is not a new run.
        String streak = streaks.get(streaks.size() - 1);
        for (String key : streaks) {
            if (alerts.existsForStreak(key)) {
                return;
            }
        }
        String what = sessions == run ? "sessions" : sessions == 0 ? "appointments" : "sessions and appointments";
        alerts.raiseForStreak(AlertKind.NON_ENGAGEMENT, enrolment.programmeCode(), enrolment.participantId(), enrolment.cohortId(),
                Participant.reference(enrolment.participantId()) + " has missed " + run + " " + what + " in a row without explanation (the last on "
                + UkDates.date(events.get(0).day()) + "). Contact them as their safe-contact preferences allow.", streak);
    }
}
