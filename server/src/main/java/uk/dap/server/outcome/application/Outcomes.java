package uk.dap.server.outcome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.enrolment.domain.EnrolmentMoved;
import uk.dap.server.outcome.domain.ChildAtEnd;
import uk.dap.server.outcome.domain.ChildAtStart;
import uk.dap.server.outcome.domain.Outcome;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.onetoone.RecordKind;
import uk.dap.shared.api.outcome.ChildAtHome;
import uk.dap.shared.api.outcome.OutcomeChange;
import uk.dap.shared.api.outcome.OutcomeChild;
import uk.dap.shared.api.outcome.OutcomeView;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * The outcome at the end of an enrolment: the children's social care status at the start (taken when the parent was
 * placed) against the end, for New Beginnings whether they remain at home, a summary, and post-programme support.
 * Who: the key worker of the caseload and the programme's lead record and read it; the referrer reads the outcome of
 * their own referral without the summary (a worker's note). Every read and change is audited.
 */
@ApplicationScoped
public class Outcomes {
    static final String NEW_BEGINNINGS = "NEW_BEGINNINGS";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ParticipantAccess access;
    @Inject
    Access permissions;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Enrolments enrolments;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** Takes each child's status when an enrolment starts, in the placement's transaction (and forgets it if the placement is undone). */
    @Transactional(Transactional.TxType.MANDATORY)
    void onEnrolmentMoved(@Observes EnrolmentMoved moved) {
        if (moved.started()) {
            recordStart(moved.enrolment());
        } else if (moved.placementUndone()) {
            em.createQuery("DELETE FROM ChildAtStart s WHERE s.enrolmentId = :e").setParameter("e", moved.enrolment().id()).executeUpdate();
        }
    }

    private void recordStart(Enrolment enrolment) {
        Set<Long> taken = em.createQuery("SELECT s.childId FROM ChildAtStart s WHERE s.enrolmentId = :e", Long.class)
                .setParameter("e", enrolment.id()).getResultStream().collect(Collectors.toSet());
        for (Child child : children(enrolment)) {
            if (!taken.contains(child.id())) {
                em.persist(new ChildAtStart(enrolment.id(), child.id(), child.socialCareStatus(), child.livesWithParticipant(), today()));
            }
        }
    }

    @Transactional
    public OutcomeView read(Long enrolmentId) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = enrolments.visible(caller, enrolmentId);
        Outcome outcome = find(enrolment);
        audit.record("READ_OUTCOME", "Enrolment", enrolmentId, AuditOutcome.SUCCESS, outcome == null ? "not recorded" : "recorded");
        return view(enrolment, outcome, !Access.restricted(caller));
    }

    /**
     * The outcome for the progress page, whose read is audited as a whole: null while the enrolment is running and
     * nothing is recorded. The summary is left out of the referrer's (restricted) view.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutcomeView forProgress(Enrolment enrolment, boolean restricted) {
        Outcome outcome = find(enrolment);
        boolean ended = enrolment.state() == EnrolmentState.COMPLETED || enrolment.state() == EnrolmentState.WITHDRAWN;
        return outcome == null && !ended ? null : view(enrolment, outcome, !restricted);
    }

    @Transactional
    public OutcomeView record(Long enrolmentId, OutcomeChange change) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = enrolments.visible(caller, enrolmentId);
        permissions.requireFor(caller, Permission.RECORD_OUTCOMES, enrolment.programmeCode());
        if (enrolment.state() != EnrolmentState.COMPLETED && enrolment.state() != EnrolmentState.WITHDRAWN) {
            throw new DomainException(ProblemType.CONFLICT, "The outcome is recorded at the end: this enrolment is "
                    + enrolment.state().label().toLowerCase() + ". Confirm completion or record the withdrawal first.");
        }
        List<Child> children = children(enrolment);
        Map<Long, Boolean> atHome = atHome(enrolment, children, change.childrenAtHome());
        Outcome outcome = find(enrolment);
        boolean first = outcome == null;
        if (first) {
            outcome = new Outcome(enrolment.id());
        }
        List<String> changes = new ArrayList<>(outcome.record(change.summary(), change.support(), staff.displayName(caller.accountId()),
                clock.instant(), today()));
        if (first) {
            em.persist(outcome);
            em.flush();
        }
        Map<Long, ChildAtEnd> ends = ends(outcome);
        for (Child child : children) {
            ChildAtEnd end = ends.get(child.id());
            if (end == null) {
                em.persist(new ChildAtEnd(outcome.id(), child.id(), child.socialCareStatus(), atHome.get(child.id())));
            } else {
                end.update(child.socialCareStatus(), atHome.get(child.id()));
            }
        }
        em.flush();
        audit.record(first ? "RECORD_OUTCOME" : "CHANGE_OUTCOME", "Enrolment", enrolmentId, AuditOutcome.SUCCESS,
                (changes.isEmpty() ? "children's status" : String.join("; ", changes)) + ", " + children.size() + " children");
        return view(enrolment, outcome, true);
    }

    /**
     * An outcome from a service's history (docs/import.md), recorded as {@link #record} records one; one recorded before
     * is left as it is (false). Part of the import's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean importOutcome(Long enrolmentId, OutcomeChange change) {
        Enrolment enrolment = enrolments.visible(currentCaller.require(), enrolmentId);
        if (find(enrolment) != null) {
            return false;
        }
        record(enrolmentId, change);
        return true;
    }

    /**
     * New Beginnings: every child must be said to remain at home or not, and only the participant's children may be
     * named. Other programmes do not record it.
     */
    private static Map<Long, Boolean> atHome(Enrolment enrolment, List<Child> children, List<ChildAtHome> given) {
        List<ChildAtHome> answers = given == null ? List.of() : given;
        if (!NEW_BEGINNINGS.equals(enrolment.programmeCode())) {
            if (!answers.isEmpty()) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "Whether children remain at home is recorded for New Beginnings only.");
            }
            return Map.of();
        }
        Set<Long> ids = children.stream().map(Child::id).collect(Collectors.toSet());
        Map<Long, Boolean> atHome = new HashMap<>();
        for (ChildAtHome answer : answers) {
            if (!ids.contains(answer.childId())) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "Child " + answer.childId() + " is not one of this parent's children.");
            }
            atHome.put(answer.childId(), answer.remainsAtHome());
        }
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(atHome.keySet());
        if (!missing.isEmpty()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Say for every child whether they remain at home (childrenAtHome); missing: child "
                    + missing.stream().sorted().map(String::valueOf).collect(Collectors.joining(", child ")) + ".");
        }
        return atHome;
    }

    private OutcomeView view(Enrolment enrolment, Outcome outcome, boolean withSummary) {
        Map<Long, ChildAtStart> starts = em.createQuery("SELECT s FROM ChildAtStart s WHERE s.enrolmentId = :e", ChildAtStart.class)
                .setParameter("e", enrolment.id()).getResultStream().collect(Collectors.toMap(ChildAtStart::childId, Function.identity()));
        Map<Long, ChildAtEnd> ends = outcome == null ? Map.of() : ends(outcome);
        boolean nb = NEW_BEGINNINGS.equals(enrolment.programmeCode());
        List<OutcomeChild> children = new ArrayList<>();
        for (Child child : children(enrolment)) {
            ChildAtStart start = starts.get(child.id());
            ChildAtEnd end = ends.get(child.id());
            var atEnd = end == null ? child.socialCareStatus() : end.status();
            children.add(new OutcomeChild(child.id(), child.firstName(), start == null ? null : start.status(), atEnd,
                    start != null && start.status() != atEnd, nb && start != null ? start.livedWithParticipant() : null,
                    nb && end != null ? end.remainsAtHome() : null));
        }
        long supportGroup = em.createQuery("SELECT COUNT(r) FROM OneToOneRecord r WHERE r.enrolmentId = :e AND r.kind = :k", Long.class)
                .setParameter("e", enrolment.id()).setParameter("k", RecordKind.SUPPORT_GROUP).getSingleResult();
        return new OutcomeView(enrolment.id(), enrolment.programmeCode(), enrolment.state(), enrolment.withdrawalReason(), outcome != null,
                outcome != null && withSummary ? outcome.summary() : null, children, outcome == null ? null : outcome.support(),
                (int) supportGroup, outcome == null ? null : outcome.recordedBy(), outcome == null ? null : outcome.recordedAt());
    }

    /**
     * The outcomes recorded for the enrolments the caller may see ({@link #read}'s rule), with the summary: a caller
     * shown outcomes without it (a referrer) gets none, a page at a time after the outcome {@code afterId}.
     */
    @Transactional
    public List<Exported> exportPage(long afterId, int size) {
        Caller caller = currentCaller.require();
        if (Access.restricted(caller)) {
            return List.of();
        }
        ParticipantAccess.Scope scope = access.referralScope(caller);
        List<Object[]> page = scope.apply(em.createQuery("SELECT o, e FROM Outcome o, Enrolment e, Referral r WHERE o.id > :after"
                        + " AND e.id = o.enrolmentId AND r.id = e.referralId AND " + scope.condition() + " ORDER BY o.id", Object[].class))
                .setParameter("after", afterId).setMaxResults(size).getResultList();
        return page.stream().map(r -> {
            Outcome outcome = (Outcome) r[0];
            Enrolment enrolment = (Enrolment) r[1];
            return new Exported(outcome.id(), enrolment.referralId(), view(enrolment, outcome, true));
        }).toList();
    }

    /** An outcome as an export writes it. */
    public record Exported(Long outcomeId, Long referralId, OutcomeView outcome) {
    }

    private Outcome find(Enrolment enrolment) {
        return em.createQuery("SELECT o FROM Outcome o WHERE o.enrolmentId = :e", Outcome.class).setParameter("e", enrolment.id())
                .getResultStream().findFirst().orElse(null);
    }

    private Map<Long, ChildAtEnd> ends(Outcome outcome) {
        return em.createQuery("SELECT c FROM ChildAtEnd c WHERE c.outcomeId = :o", ChildAtEnd.class).setParameter("o", outcome.id())
                .getResultStream().collect(Collectors.toMap(ChildAtEnd::childId, Function.identity()));
    }

    private List<Child> children(Enrolment enrolment) {
        return em.createQuery("SELECT c FROM Child c WHERE c.participantId = :p ORDER BY c.dateOfBirth, c.id", Child.class)
                .setParameter("p", enrolment.participantId()).getResultList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }
}
