package uk.dap.server.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.dap.server.attendance.domain.Attendance;
import uk.dap.server.cohort.application.Alerts;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.domain.Programme;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.text.UkDates;

/**
 * Domain safety rule 6: unexplained absences in a row (the programme's {@code absencesBeforeAlert}, default 2) alert
 * the key worker, the referrer and the lead. Counted over sessions whose register is closed, newest first, cancelled
 * sessions skipped; absence with notice breaks the run. One alert per run of absences.
 */
@ApplicationScoped
public class NonEngagement {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Alerts alerts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void review(Enrolment enrolment) {
        int threshold = em.find(Programme.class, enrolment.programmeCode()).rules().absencesBeforeAlert();
        List<CohortSession> closed = em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId = :c AND s.status = :scheduled"
                        + " AND s.registerClosedAt IS NOT NULL ORDER BY s.date DESC, s.number DESC", CohortSession.class)
                .setParameter("c", enrolment.cohortId()).setParameter("scheduled", SessionStatus.SCHEDULED).getResultList();
        int run = 0;
        CohortSession firstOfRun = null;
        for (CohortSession session : closed) {
            Attendance a = em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s AND a.enrolmentId = :e", Attendance.class)
                    .setParameter("s", session.id()).setParameter("e", enrolment.id()).getResultStream().findFirst().orElse(null);
            if (a == null || a.status() != AttendanceStatus.ABSENT) {
                break;
            }
            run++;
            firstOfRun = session;
        }
        if (run < threshold) {
            return;
        }
        String streak = "E" + enrolment.id() + "S" + firstOfRun.id();
        if (alerts.existsForStreak(streak)) {
            return;
        }
        CohortSession last = closed.get(0);
        alerts.raiseForStreak(AlertKind.NON_ENGAGEMENT, enrolment.programmeCode(), enrolment.participantId(), enrolment.cohortId(),
                Participant.reference(enrolment.participantId()) + " has missed " + run + " sessions in a row without explanation (the last on "
                + UkDates.date(last.date()) + "). Contact them as their safe-contact preferences allow.", streak);
    }
}
