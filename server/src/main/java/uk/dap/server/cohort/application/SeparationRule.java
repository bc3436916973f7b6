package uk.dap.server.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.cohort.domain.SeparationLock;
import uk.dap.server.cohort.domain.Slot;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.LinkedParty;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * Domain safety rule 1: linked victim and perpetrator never meet through us. Two linked people who must be kept apart
 * ({@link LinkedParty#requiresSeparation()}) may not hold or wait for places in the same cohort, nor in cohorts with
 * sessions at the same venue whose times overlap, nor in groups run by the same facilitator (who would then see both
 * records). Every path that could bring them together asks here: placing
 * someone in a cohort, moving or adding a session, moving a cohort to another venue; a link added afterwards raises
 * alerts instead, because the link is a fact that must be recorded.
 * <p>A refusal names the other person only to a caller who may see them.
 */
@ApplicationScoped
public class SeparationRule {
    private static final List<EnrolmentState> ACTIVE = List.of(EnrolmentState.ENROLLED, EnrolmentState.WAITING);

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ParticipantAccess access;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail audit;
    @Inject
    Alerts alerts;

    /** Someone kept apart from {@code participantId}, the cohort where they would meet, and how. */
    public record Conflict(Long participantId, Long otherParticipantId, Long otherCohortId, Where where) {
    }

    /** How two people would meet. */
    public enum Where {
        SAME_COHORT("the same group"),
        CLASHING_SESSIONS("sessions at the same venue at overlapping times"),
        SHARED_FACILITATOR("groups run by the same facilitator");

        private final String words;

        Where(String words) {
            this.words = words;
        }
    }

    /** Refuses to place the participant in the cohort as it is scheduled now. */
    public void requirePlacementAllowed(Long participantId, Cohort cohort) {
        lock();
        refuseIf(conflicts(participantId, cohort.id(), scheduledSlots(cohort.id())));
    }

    /** Whether the participant could be placed in the cohort now (for offering a freed place), without refusing. */
    public boolean allowsPlacement(Long participantId, Cohort cohort) {
        lock();
        return conflicts(participantId, cohort.id(), scheduledSlots(cohort.id())).isEmpty();
    }

    /** Refuses a schedule change (moved or added session, new venue) that would bring any member near a linked person. */
    public void requireScheduleAllowed(Long cohortId, List<Slot> proposed) {
        lock();
        List<Conflict> found = new ArrayList<>();
        for (Long member : activeMembers(cohortId)) {
            found.addAll(conflicts(member, cohortId, proposed));
        }
        refuseIf(found);
    }

    /**
     * Takes the rule's lock before a link is written, as every check takes it before it reads the links: a link saved
     * first and locked after deadlocked with a placement that held the lock and waited to read that link.
     */
    public void lockBeforeLinkChange() {
        lock();
    }

    /** After a link is recorded: alerts the leads of every cohort where the two now meet. */
    public void alertOnNewLink(Long one, Long other) {
        lock();
        for (Enrolment enrolment : activeEnrolments(one)) {
            for (Conflict conflict : conflicts(one, enrolment.cohortId(), scheduledSlots(enrolment.cohortId()))) {
                if (conflict.otherParticipantId().equals(other)) {
                    raise(one, enrolment);
                    activeEnrolments(other).stream().filter(e -> e.cohortId().equals(conflict.otherCohortId()))
                            .forEach(e -> raise(other, e));
                }
            }
        }
    }

    private void raise(Long participantId, Enrolment enrolment) {
        // One alert per side, each naming only the participant in that lead's own cohort.
        alerts.raise(AlertKind.SEPARATION_CONFLICT, enrolment.programmeCode(), participantId, enrolment.cohortId(),
                Participant.reference(participantId) + " in cohort " + enrolment.cohortId() + " has just been linked to someone who must be "
                + "kept apart from them (safety rule 1), and they now share a group or clashing sessions at one venue. Move one of them.");
    }

    /**
     * Where the participant, in the cohort with these slots, would meet someone they must be kept apart from: the same
     * cohort, clashing sessions at one venue, or a facilitator they would share (who would then see both records).
     */
    List<Conflict> conflicts(Long participantId, Long cohortId, List<Slot> slots) {
        List<Conflict> found = new ArrayList<>();
        Cohort cohort = em.find(Cohort.class, cohortId);
        for (Long other : keptApartFrom(participantId)) {
            for (Enrolment theirs : activeEnrolments(other)) {
                if (theirs.cohortId().equals(cohortId)) {
                    found.add(new Conflict(participantId, other, cohortId, Where.SAME_COHORT));
                } else if (clash(slots, scheduledSlots(theirs.cohortId()))) {
                    found.add(new Conflict(participantId, other, theirs.cohortId(), Where.CLASHING_SESSIONS));
                } else if (!java.util.Collections.disjoint(cohort.facilitatorIds(), em.find(Cohort.class, theirs.cohortId()).facilitatorIds())) {
                    found.add(new Conflict(participantId, other, theirs.cohortId(), Where.SHARED_FACILITATOR));
                }
            }
        }
        return found;
    }

    /** Takes the rule's lock, so that checks and the changes they allow happen one at a time. */
    private void lock() {
        em.find(SeparationLock.class, SeparationLock.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    private void refuseIf(List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        Conflict first = conflicts.get(0);
        var caller = currentCaller.get().orElse(null);
        String who = access.maySee(caller, first.otherParticipantId())
                ? Participant.reference(first.otherParticipantId()) : "someone linked to them";
        String where = first.where().words;
        // The refusal is audited on its own: the change itself rolls back.
        audit.recordAlone("SEPARATION_REFUSED", "Participant", Participant.reference(first.participantId()), AuditOutcome.DENIED,
                "kept apart from " + Participant.reference(first.otherParticipantId()) + " (cohort " + first.otherCohortId() + ")");
        throw new DomainException(ProblemType.SEPARATION_RULE, "Refused by safety rule 1 (linked victim and perpetrator never meet): "
                + "this would put " + Participant.reference(first.participantId()) + " and " + who + " in " + where
                + ". Choose another cohort, day or venue.");
    }

    private Set<Long> keptApartFrom(Long participantId) {
        Set<Long> others = new LinkedHashSet<>();
        for (LinkedParty link : em.createQuery("SELECT l FROM LinkedParty l WHERE l.participantA = :p OR l.participantB = :p",
                LinkedParty.class).setParameter("p", participantId).getResultList()) {
            if (link.requiresSeparation()) {
                others.add(link.otherThan(participantId));
            }
        }
        return others;
    }

    private List<Enrolment> activeEnrolments(Long participantId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.participantId = :p AND e.state IN :active AND e.cohortId IS NOT NULL",
                Enrolment.class).setParameter("p", participantId).setParameter("active", ACTIVE).getResultList();
    }

    private List<Long> activeMembers(Long cohortId) {
        return em.createQuery("SELECT e.participantId FROM Enrolment e WHERE e.cohortId = :c AND e.state IN :active", Long.class)
                .setParameter("c", cohortId).setParameter("active", ACTIVE).getResultList();
    }

    List<Slot> scheduledSlots(Long cohortId) {
        return em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId = :c AND s.status = :scheduled", CohortSession.class)
                .setParameter("c", cohortId).setParameter("scheduled", SessionStatus.SCHEDULED)
                .getResultStream().map(CohortSession::slot).toList();
    }

    private static boolean clash(List<Slot> ours, List<Slot> theirs) {
        for (Slot a : ours) {
            for (Slot b : theirs) {
                if (a.clashesWith(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
