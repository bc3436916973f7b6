package uk.dap.server.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.cohort.CohortRoster;
import uk.dap.shared.api.cohort.RosterEntry;
import uk.dap.shared.api.cohort.WaitingEntry;
import uk.dap.shared.api.referral.EnrolmentState;

/** Who holds a place in a cohort and who waits for one, in referral order. */
@ApplicationScoped
public class CohortRosters {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Cohorts cohorts;
    @Inject
    AuditTrail audit;

    /** The roster of a cohort the caller may see. Facilitators see the enrolled only. */
    @Transactional
    public CohortRoster roster(Long id) {
        Caller caller = currentCaller.require();
        Cohort cohort = cohorts.visible(caller, id);
        List<RosterEntry> enrolled = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT e, p FROM Enrolment e, Participant p WHERE e.cohortId = :c AND e.state = :enrolled"
                        + " AND p.id = e.participantId ORDER BY p.lastName, p.firstName", Object[].class)
                .setParameter("c", id).setParameter("enrolled", EnrolmentState.ENROLLED).getResultList()) {
            Enrolment e = (Enrolment) row[0];
            Participant p = (Participant) row[1];
            enrolled.add(new RosterEntry(e.id(), p.id(), p.reference(), p.firstName(), p.lastName(), e.enrolledAt()));
        }
        List<WaitingEntry> waiting = new ArrayList<>();
        if (permissions.may(caller, Permission.SEE_WAITING_LIST)) {
            int position = 1;
            for (Object[] row : waitingList(id)) {
                Enrolment e = (Enrolment) row[0];
                Participant p = (Participant) row[1];
                waiting.add(new WaitingEntry(position++, e.id(), p.id(), p.reference(), p.firstName(), p.lastName(), (LocalDate) row[2],
                        e.isOffered()));
            }
        }
        audit.record("READ_ROSTER", "Cohort", id, AuditOutcome.SUCCESS, enrolled.size() + " enrolled, " + waiting.size() + " waiting");
        return new CohortRoster(id, cohort.capacity(), enrolled, waiting);
    }

    /** The cohort's waiting list in referral order: rows of (Enrolment, Participant, the day they were referred). */
    public List<Object[]> waitingList(Long cohortId) {
        return em.createQuery("SELECT e, p, r.referredOn FROM Enrolment e, Participant p, Referral r WHERE e.cohortId = :c AND e.state = :waiting"
                        + " AND p.id = e.participantId AND r.id = e.referralId ORDER BY r.referredOn, r.id", Object[].class)
                .setParameter("c", cohortId).setParameter("waiting", EnrolmentState.WAITING).getResultList();
    }
}
