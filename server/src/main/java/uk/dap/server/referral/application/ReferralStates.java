package uk.dap.server.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.dap.server.enrolment.domain.EnrolmentMoved;

/**
 * Keeps each referral's copy of its enrolment's state (Referral.enrolmentState, V26), which the referral list filters
 * and pages by, in the transaction that changed the state: every change is announced by the enrolment journal.
 */
@ApplicationScoped
public class ReferralStates {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void onEnrolmentMoved(@Observes EnrolmentMoved moved) {
        em.createNativeQuery("UPDATE referral SET enrolment_state = ? WHERE id = ?")
                .setParameter(1, moved.enrolment().state().name()).setParameter(2, moved.enrolment().referralId()).executeUpdate();
    }
}
