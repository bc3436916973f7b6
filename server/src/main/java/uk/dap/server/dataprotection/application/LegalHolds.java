package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.dataprotection.domain.LegalHold;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.dataprotection.LegalHoldView;
import uk.dap.shared.api.dataprotection.NewLegalHold;
import uk.dap.shared.text.UkDates;

/**
 * Legal holds: placed and lifted by a programme lead (on people they may see) or an administrator (on anyone, by id:
 * an administrator sees no case records, and a hold needs none of them), with the grounds and reason, audited. While a
 * hold stands, neither the schedule nor an erasure touches the person's records or their children's.
 */
@ApplicationScoped
public class LegalHolds {
    static final String TYPE = "LegalHold";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Access access;
    @Inject
    ParticipantAccess participants;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public LegalHoldView place(Long participantId, NewLegalHold request) {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.PLACE_LEGAL_HOLDS);
        participants.requireActOnRecordsOf(caller, participantId);
        LegalHold hold = new LegalHold(participantId, request.grounds(), request.reason(), caller.username(), clock.instant());
        em.persist(hold);
        em.flush();
        audit.record("PLACE_LEGAL_HOLD", TYPE, hold.id(), AuditOutcome.SUCCESS, Participant.reference(participantId) + ", " + request.grounds());
        return view(hold);
    }

    @Transactional
    public LegalHoldView lift(Long holdId, String reason) {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.PLACE_LEGAL_HOLDS);
        LegalHold hold = Optional.ofNullable(em.find(LegalHold.class, holdId))
                .filter(found -> participants.mayActOnRecordsOf(caller, found.participantId()))
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no legal hold " + holdId + " that you may lift."));
        hold.lift(caller.username(), reason, clock.instant());
        audit.record("LIFT_LEGAL_HOLD", TYPE, hold.id(), AuditOutcome.SUCCESS, Participant.reference(hold.participantId()));
        return view(hold);
    }

    /** A person's holds, standing and lifted, newest first. */
    @Transactional
    public List<LegalHoldView> of(Long participantId) {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.PLACE_LEGAL_HOLDS);
        participants.requireActOnRecordsOf(caller, participantId);
        return em.createQuery("SELECT h FROM LegalHold h WHERE h.participantId = :p ORDER BY h.placedAt DESC", LegalHold.class)
                .setParameter("p", participantId).getResultStream().map(LegalHolds::view).toList();
    }

    /** Every hold that stands, of the people the caller may reach, oldest first. */
    @Transactional
    public List<LegalHoldView> standing() {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.PLACE_LEGAL_HOLDS);
        return em.createQuery("SELECT h FROM LegalHold h WHERE h.liftedAt IS NULL ORDER BY h.placedAt", LegalHold.class).setMaxResults(500)
                .getResultStream().filter(hold -> participants.mayActOnRecordsOf(caller, hold.participantId())).map(LegalHolds::view).toList();
    }

    /** The people a hold stands on. */
    public Set<Long> held() {
        return new HashSet<>(em.createQuery("SELECT DISTINCT h.participantId FROM LegalHold h WHERE h.liftedAt IS NULL", Long.class)
                .getResultList());
    }

    /** Refuses an erasure while a hold stands, saying which and since when (the caller may already see the person). */
    void requireNoneOn(Long participantId) {
        em.createQuery(LegalHold.OPEN_OF, LegalHold.class).setParameter("p", participantId).getResultStream().findFirst().ifPresent(hold -> {
            throw new DomainException(ProblemType.CONFLICT, "A legal hold stands on " + Participant.reference(participantId) + " ("
                    + hold.grounds().label() + ", placed on " + UkDates.date(LocalDate.ofInstant(hold.placedAt(), UkDates.UK)) + " by " + hold.placedBy()
                    + "): nothing of their records can be erased until it is lifted.");
        });
    }



    static LegalHoldView view(LegalHold hold) {
        return new LegalHoldView(hold.id(), hold.participantId(), Participant.reference(hold.participantId()), hold.grounds(),
                hold.grounds().label(), hold.reason(), hold.placedBy(), hold.placedAt(), hold.liftedBy(), hold.liftedAt(), hold.liftReason());
    }
}
