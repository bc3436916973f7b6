package uk.dap.server.separation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import uk.dap.server.alert.application.Alerts;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.separation.domain.SeparationRefusal;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.cohort.AlertKind;

/**
 * What follows a change the separation rule refused, in a transaction of its own (the change itself rolls back): the
 * refusal is audited with where the two would have met; the other person's key worker and the leads of their programme
 * are alerted that someone tried to book a person linked to them into a clash (when the other person is, or may be,
 * the one harmed); and a member of staff refused {@value #PROBING_THRESHOLD} or more times within
 * {@link #PROBING_WINDOW} is flagged to them too, at each such refusal, because trying one time or place after another
 * is how a refusal could be used to find someone.
 */
@ApplicationScoped
public class SeparationRefusals {
    static final int PROBING_THRESHOLD = 3;
    static final Duration PROBING_WINDOW = Duration.ofHours(24);

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Alerts alerts;
    @Inject
    Clock clock;

    /**
     * Records the refusal of a change that would have caused {@code conflict}; the other person's cohort runs
     * {@code otherProgramme}. Their workers are alerted only if {@code tellTheOtherSide}: the other person is, or may
     * be, the one harmed (not the perpetrator), since the attempt says where the person being placed wanted to go.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SeparationRule.Conflict conflict, String otherProgramme, boolean tellTheOtherSide) {
        Caller caller = currentCaller.get().orElse(null);
        Long callerId = caller == null ? null : caller.accountId();
        Instant now = clock.instant();
        em.persist(new SeparationRefusal(callerId, conflict.participantId(), conflict.otherParticipantId(), now));
        em.flush();
        String other = Participant.reference(conflict.otherParticipantId());
        audit.record("SEPARATION_REFUSED", "Participant", Participant.reference(conflict.participantId()), AuditOutcome.DENIED,
                "kept apart from " + other + " (" + (conflict.otherCohortId() == null ? "a group meeting" : "cohort " + conflict.otherCohortId())
                        + "): " + conflict.where().words());
        long recent = callerId == null ? 1 : em.createQuery("SELECT COUNT(r) FROM SeparationRefusal r WHERE r.callerAccountId = :caller"
                + " AND r.refusedAt > :since", Long.class).setParameter("caller", callerId)
                .setParameter("since", now.minus(PROBING_WINDOW)).getSingleResult();
        if (!tellTheOtherSide) {
            return;
        }
        String who = caller == null ? "someone" : staff.displayName(callerId) + " (" + caller.roleLabel() + ")";
        alerts.raise(AlertKind.SEPARATION_ATTEMPT, otherProgramme, conflict.otherParticipantId(), conflict.otherCohortId(),
                "A change by " + who + " was refused: it would have brought someone who must be kept apart from " + other
                + " into their group or near their sessions (safety rule 1). Nothing changed for " + other + ".");
        if (recent >= PROBING_THRESHOLD) {
            audit.record("SEPARATION_PROBING", "StaffAccount", callerId, AuditOutcome.DENIED, recent + " refusals in 24 hours");
            alerts.raise(AlertKind.SEPARATION_PROBING, otherProgramme, conflict.otherParticipantId(), conflict.otherCohortId(),
                    who + " has had " + recent + " changes refused by the separation rule within 24 hours, the latest near " + other
                    + ". Check with them and their manager that nobody is trying to find where " + other + " will be.");
        }
    }
}
