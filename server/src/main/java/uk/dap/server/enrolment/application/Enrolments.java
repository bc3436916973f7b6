package uk.dap.server.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.Alerting;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.CompletionRule;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.outcome.CompletionConfirmation;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.EnrolmentView;
import uk.dap.shared.api.referral.Transfer;
import uk.dap.shared.api.referral.Withdrawal;
import uk.dap.shared.text.UkDates;

/**
 * Places, waiting lists, withdrawal and completion. A place goes to someone only if nobody is waiting for it;
 * otherwise they join the cohort's waiting list, which is kept in referral order, and each freed place is offered to
 * the next person on it. Every placement passes the {@link SeparationRule}. The cohort row is locked for the change,
 * so two leads placing people at once cannot overfill it.
 */
@ApplicationScoped
public class Enrolments {
    static final String TYPE = "Enrolment";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ProgrammeLeads leads;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Cohorts cohorts;
    @Inject
    CohortRosters rosters;
    @Inject
    PlacementGuard separation;
    @Inject
    ParticipantAccess access;
    @Inject
    Alerting alerts;
    @Inject
    EnrolmentJournal journal;
    @Inject
    Clock clock;
    @Inject
    Completion completion;
    @Inject
    AuditTrail audit;
    @Inject
    AttendanceMarks attendance;
    @Inject
    EnrolmentStays stays;

    @Transactional
    public EnrolmentView place(Long enrolmentId, Long cohortId) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = visible(caller, enrolmentId);
        Cohort cohort = cohorts.lockedForLead(caller, cohortId);
        requireSameProgramme(enrolment, cohort);
        EnrolmentState from = enrolment.state();
        Cohort leaving = null;
        if (from == EnrolmentState.WAITING && !cohortId.equals(enrolment.cohortId())) {
            // Moving to another cohort's list: leave this one first (its offered place, if any, goes to the next person).
            leaving = cohorts.lockedForLead(caller, enrolment.cohortId());
            enrolment.leaveWaitingList();
            journal.moved(enrolment, from);
            from = enrolment.state();
        }
        if (from != EnrolmentState.ELIGIBLE && from != EnrolmentState.WAITING) {
            // Let the state machine explain which moves are allowed from here.
            enrolment.moveTo(EnrolmentState.ENROLLED);
        }
        separation.requirePlacementAllowed(enrolment.participantId(), cohort);
        long enrolled = cohorts.count(cohortId, EnrolmentState.ENROLLED);
        if (from == EnrolmentState.WAITING) {
            if (!enrolment.isOffered() || enrolled >= cohort.capacity()) {
                throw new DomainException(ProblemType.COHORT_RULE, "No place has been offered to this person yet: freed places go to the "
                        + "waiting list in referral order, and they are number " + waitingPosition(enrolment) + ".");
            }
            enrolment.enrolIn(cohortId, clock.instant());
        } else if (freePlaces(cohort) > 0 && cohorts.count(cohortId, EnrolmentState.WAITING) == 0) {
            enrolment.enrolIn(cohortId, clock.instant());
        } else {
            enrolment.waitFor(cohortId);
        }
        em.flush();
        journal.moved(enrolment, from);
        offerFreePlaces(cohort);
        if (leaving != null) {
            offerFreePlaces(leaving);
        }
        return view(enrolment);
    }

    private static void requireSameProgramme(Enrolment enrolment, Cohort cohort) {
        if (!cohort.programmeCode().equals(enrolment.programmeCode())) {
            throw new DomainException(ProblemType.COHORT_RULE, "Cohort " + cohort.id() + " runs " + cohort.programmeCode()
                    + "; this referral is for " + enrolment.programmeCode() + ".");
        }
    }

    /**
     * A placement from a service's history (docs/import.md): someone accepted is enrolled in the cohort from its first
     * session, or from the day they were referred if that was later, if the separation rule lets them in and a place
     * is free, as {@link #place} would; there is no waiting list in the past, so a full cohort refuses. Part of the
     * import's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placeImported(Long enrolmentId, Long cohortId) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = visible(caller, enrolmentId);
        Cohort cohort = cohorts.lockedForLead(caller, cohortId);
        requireSameProgramme(enrolment, cohort);
        EnrolmentState from = enrolment.state();
        if (from != EnrolmentState.ELIGIBLE) {
            enrolment.moveTo(EnrolmentState.ENROLLED);
        }
        separation.requirePlacementAllowed(enrolment.participantId(), cohort);
        if (freePlaces(cohort) <= 0) {
            throw new DomainException(ProblemType.COHORT_RULE, "Cohort " + cohortId + " has no free place: its " + cohort.capacity()
                    + " places are taken. Give it more places in the cohorts' file, or complete or withdraw those who left first.");
        }
        LocalDate referredOn = referredOn(enrolment);
        enrolment.enrolIn(cohortId, clock.instant(), cohort.startDate().isAfter(referredOn) ? cohort.startDate() : referredOn);
        em.flush();
        journal.moved(enrolment, from);
    }

    /**
     * Takes back a placement (the lead of the programme only): someone waiting leaves the cohort's list; someone enrolled
     * goes back to accepted-and-waiting-for-a-place, as long as no register has a mark for them and no session of the
     * cohort has been held since they were placed. Their place is offered to the next person waiting.
     */
    @Transactional
    public EnrolmentView undoPlacement(Long enrolmentId) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = visible(caller, enrolmentId);
        leads.requireLeadOf(caller, enrolment.programmeCode(), ProgrammeLeads.ONLY_A_LEAD);
        Long cohortId = enrolment.cohortId();
        Cohort cohort = cohortId == null ? null : cohorts.lockedForLead(caller, cohortId);
        EnrolmentState from = enrolment.state();
        boolean sessionHeld = from == EnrolmentState.ENROLLED && (!attendance.of(enrolment.id()).isEmpty()
                || cohorts.hasSessionBetween(cohortId, enrolment.placedOn(), LocalDate.now(clock.withZone(UkDates.UK)).minusDays(1)));
        enrolment.undoPlacement(sessionHeld);
        em.flush();
        journal.moved(enrolment, from);
        audit.record("UNDO_PLACEMENT", TYPE, enrolmentId, AuditOutcome.SUCCESS, "cohort " + cohortId + ", was " + from);
        if (cohort != null) {
            offerFreePlaces(cohort);
        }
        return view(enrolment);
    }

    @Transactional
    public EnrolmentView withdraw(Long enrolmentId, Withdrawal withdrawal) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = visible(caller, enrolmentId);
        permissions.requireFor(caller, Permission.WITHDRAW, enrolment.programmeCode());
        Cohort cohort = enrolment.cohortId() == null ? null : em.find(Cohort.class, enrolment.cohortId(), LockModeType.PESSIMISTIC_WRITE);
        EnrolmentState from = enrolment.state();
        LocalDate on = endDay(enrolment, withdrawal.withdrawnOn(), "withdrawnOn");
        enrolment.withdraw(withdrawal.reason(), withdrawal.note(), on, clock.instant());
        em.flush();
        journal.moved(enrolment, from);
        if (cohort != null) {
            offerFreePlaces(cohort);
        }
        return view(enrolment);
    }

    /**
     * The lead confirms completion on the day given (today when none), which the programme's completion rule must allow
     * (409 completion-rule naming each condition not met, and audited as refused). The state machine speaks first:
     * someone not enrolled gets its answer.
     */
    @Transactional
    public EnrolmentView complete(Long enrolmentId, CompletionConfirmation confirmation) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = visible(caller, enrolmentId);
        leads.requireLeadOf(caller, enrolment.programmeCode(), ProgrammeLeads.ONLY_A_LEAD);
        EnrolmentState from = enrolment.state();
        if (from == EnrolmentState.ENROLLED) {
            CompletionRule.Assessment assessment = completion.assessment(enrolment);
            if (!assessment.met()) {
                // The refusal is audited on its own: the change itself rolls back.
                audit.recordAlone("COMPLETE", TYPE, enrolmentId, AuditOutcome.DENIED, "rule not met: "
                        + assessment.unmet().stream().map(CompletionRule.Condition::code).collect(Collectors.joining(", ")));
                throw new DomainException(ProblemType.COMPLETION_RULE, "The completion rule of this programme is not met: "
                        + assessment.unmet().stream().map(c -> c.label() + " - " + c.detail()).collect(Collectors.joining(" ")));
            }
        }
        LocalDate on = from == EnrolmentState.ENROLLED
                ? endDay(enrolment, confirmation == null ? null : confirmation.completedOn(), "completedOn") : null;
        enrolment.complete(on, clock.instant());
        journal.moved(enrolment, from);
        return view(enrolment);
    }

    /**
     * Moves an enrolled person to another cohort of their programme from today (the lead of the programme only), keeping
     * their attendance: the cohort they leave keeps their stay, and everything that counts attendance counts both
     * ({@link EnrolmentStays}). The new cohort must run the same programme, have a place free that is not already offered
     * and a session still to come, and the separation rule must allow them in it. Their key worker is told, and the place
     * they free is offered to the next person waiting.
     */
    @Transactional
    public EnrolmentView transfer(Long enrolmentId, Transfer request) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = visible(caller, enrolmentId);
        leads.requireLeadOf(caller, enrolment.programmeCode(), ProgrammeLeads.ONLY_A_LEAD);
        enrolment.requireEnrolled();
        Long fromId = enrolment.cohortId();
        Long toId = request.cohortId();
        if (toId.equals(fromId)) {
            throw new DomainException(ProblemType.COHORT_RULE, "They are in cohort " + toId + " already: choose another cohort.");
        }
        // Both cohorts locked, lower id first, so two moves between the same cohorts cannot wait for each other.
        Cohort first = cohorts.lockedForLead(caller, Math.min(fromId, toId));
        Cohort second = cohorts.lockedForLead(caller, Math.max(fromId, toId));
        Cohort leaving = first.id().equals(fromId) ? first : second;
        Cohort target = first.id().equals(toId) ? first : second;
        if (!target.programmeCode().equals(enrolment.programmeCode())) {
            throw new DomainException(ProblemType.COHORT_RULE, "Cohort " + toId + " runs " + target.programmeCode()
                    + "; this person is on " + enrolment.programmeCode() + ". Withdraw them and refer them to the other programme instead.");
        }
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        if (!cohorts.hasSessionFrom(toId, today)) {
            throw new DomainException(ProblemType.COHORT_RULE, "Cohort " + toId + " has no session left to attend: choose one still running.");
        }
        long free = freePlaces(target);
        if (free <= 0) {
            throw new DomainException(ProblemType.COHORT_RULE, "Cohort " + toId + " has no free place (" + (target.capacity() - free) + " of " + target.capacity()
                    + " taken or offered).");
        }
        separation.requirePlacementAllowed(enrolment.participantId(), target);
        em.persist(enrolment.transferTo(toId, today, request.reason().trim(), caller.username(), clock.instant()));
        em.flush();
        audit.record("TRANSFER_COHORT", TYPE, enrolmentId, AuditOutcome.SUCCESS, "cohort " + fromId + " -> " + toId);
        alerts.raise(AlertKind.MOVED_COHORT, enrolment.programmeCode(), enrolment.participantId(), toId,
                Participant.reference(enrolment.participantId()) + " moved from cohort " + fromId + " to cohort " + toId
                        + " from " + UkDates.date(today) + ". Their attendance so far still counts; tell them the new day, time and place.");
        offerFreePlaces(leaving);
        return view(enrolment);
    }

    /**
     * Offers each free place to the next person on the waiting list who has not been offered one and whom the
     * separation rule would let in (someone it would refuse keeps their position and is passed over for now).
     */
    void offerFreePlaces(Cohort cohort) {
        long free = freePlaces(cohort);
        for (Object[] row : rosters.waitingList(cohort.id())) {
            Enrolment next = (Enrolment) row[0];
            if (free <= 0) {
                return;
            }
            if (!next.isOffered() && separation.allowsPlacement(next.participantId(), cohort)) {
                next.offerPlace(clock.instant());
                free--;
                alerts.raise(AlertKind.PLACE_OFFERED, cohort.programmeCode(), next.participantId(), cohort.id(),
                        "A place in cohort " + cohort.id() + " is offered to " + Participant.reference(next.participantId())
                        + ", next on the waiting list. Place them to confirm it.");
            }
        }
    }

    /**
     * The day an enrolment ends: the one given, or today; refused when it cannot be true ({@link Enrolment#requireEndDay}).
     */
    private LocalDate endDay(Enrolment enrolment, LocalDate given, String field) {
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        LocalDate on = given == null ? today : given;
        enrolment.requireEndDay(on, field, referredOn(enrolment), lastAttended(enrolment), today);
        return on;
    }

    private LocalDate referredOn(Enrolment enrolment) {
        return em.createQuery("SELECT r.referredOn FROM Referral r WHERE r.id = :id", LocalDate.class)
                .setParameter("id", enrolment.referralId()).getSingleResult();
    }

    /** The day of the last session they attended, in any cohort they were in; null when none. */
    private LocalDate lastAttended(Enrolment enrolment) {
        if (enrolment.cohortId() == null && enrolment.enrolledAt() == null) {
            return null;
        }
        Map<Long, AttendanceStatus> marks = attendance.of(enrolment.id());
        return stays.sessions(enrolment, stays.of(enrolment)).stream()
                .filter(s -> marks.get(s.id()) != null && marks.get(s.id()).attended())
                .map(CohortSession::date).max(LocalDate::compareTo).orElse(null);
    }

    /** Places neither taken by someone enrolled nor offered to someone waiting. */
    private long freePlaces(Cohort cohort) {
        return cohort.capacity() - cohorts.count(cohort.id(), EnrolmentState.ENROLLED) - offered(cohort.id());
    }

    private long offered(Long cohortId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohortId = :c AND e.state = :waiting AND e.offeredAt IS NOT NULL", Long.class)
                .setParameter("c", cohortId).setParameter("waiting", EnrolmentState.WAITING).getSingleResult();
    }

    public Enrolment forReferral(Long referralId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.referralId = :r", Enrolment.class)
                .setParameter("r", referralId).getSingleResult();
    }

    /**
     * The enrolments in these states that the caller may see (with their people: {@link ParticipantAccess#peoplesEnrolmentScope}),
     * a page at a time after the enrolment {@code afterId}.
     */
    @Transactional
    public List<Enrolment> exportPage(long afterId, int size, java.util.Collection<EnrolmentState> states) {
        ParticipantAccess.Scope scope = access.peoplesEnrolmentScope(currentCaller.require());
        return scope.apply(em.createQuery("SELECT e FROM Enrolment e WHERE e.id > :after AND e.state IN :states AND " + scope.condition()
                        + " ORDER BY e.id", Enrolment.class)).setParameter("after", afterId).setParameter("states", states)
                .setMaxResults(size).getResultList();
    }

    /** The enrolment if the caller may see its referral, else 404. */
    public Enrolment visible(Caller caller, Long id) {
        ParticipantAccess.Scope scope = access.referralScope(caller);
        return scope.apply(em.createQuery("SELECT e FROM Enrolment e, Referral r WHERE e.id = :id AND r.id = e.referralId AND "
                        + scope.condition(), Enrolment.class)).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no enrolment " + id + " that you may see."));
    }

    private Integer waitingPosition(Enrolment enrolment) {
        if (enrolment.state() != EnrolmentState.WAITING) {
            return null;
        }
        List<Object[]> list = rosters.waitingList(enrolment.cohortId());
        for (int i = 0; i < list.size(); i++) {
            if (((Enrolment) list.get(i)[0]).id().equals(enrolment.id())) {
                return i + 1;
            }
        }
        return null;
    }

    public EnrolmentView view(Enrolment e) {
        return new EnrolmentView(e.id(), e.referralId(), e.state(), e.cohortId(), waitingPosition(e), e.isOffered(),
                e.withdrawalReason(), e.withdrawalNote(), e.endedOn(), e.allowedNext());
    }
}
