package uk.dap.server.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.enrolment.domain.EnrolmentMoved;
import uk.dap.server.enrolment.domain.EnrolmentTransition;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * Keeps each enrolment's history: every state change is a transition row and an audit entry, in the same transaction,
 * and is announced ({@link EnrolmentMoved}) to whatever follows from it in other capabilities.
 */
@ApplicationScoped
public class EnrolmentJournal {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    Event<EnrolmentMoved> announced;

    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(Enrolment enrolment, EnrolmentState from) {
        String actor = currentCaller.get().map(c -> c.username()).orElse("system");
        em.persist(new EnrolmentTransition(enrolment.id(), from, enrolment.state(), clock.instant(), actor));
        audit.record("ENROLMENT_STATE", "Enrolment", enrolment.id(), AuditOutcome.SUCCESS,
                (from == null ? "new" : from.name()) + " -> " + enrolment.state()
                + (enrolment.cohortId() == null ? "" : ", cohort " + enrolment.cohortId())
                + (enrolment.endedOn() == null || enrolment.state() == from ? "" : ", on " + enrolment.endedOn()));
        announced.fire(new EnrolmentMoved(enrolment, from));
    }
}
