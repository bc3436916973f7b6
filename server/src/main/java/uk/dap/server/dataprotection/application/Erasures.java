package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.common.RetentionClocks;
import uk.dap.server.dataprotection.domain.ErasureRequest;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.dataprotection.ErasureRequestView;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.text.UkDates;

/**
 * Erasure on request: one worker asks (the key worker or a lead who may see the person), another approves or refuses
 * (a lead who may see the person, or an administrator; never the one who asked), and an approval anonymises every kind
 * of the person's records, and their children's, at once, in the approval's transaction, exactly as the schedule
 * would. Refused while a legal hold stands or while the person is still on a programme.
 */
@ApplicationScoped
public class Erasures {
    static final String TYPE = "ErasureRequest";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Access access;
    @Inject
    ParticipantAccess participants;
    @Inject
    LegalHolds holds;
    @Inject
    Anonymiser anonymiser;
    @Inject
    @Any
    Instance<RetentionClocks> clocks;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public ErasureRequestView request(Long participantId, String reason) {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.REQUEST_ERASURE);
        participants.require(caller, participantId);
        holds.requireNoneOn(participantId);
        requireCaseClosed(participantId);
        if (!em.createQuery("SELECT e FROM ErasureRequest e WHERE e.participantId = :p AND e.status = :pending", ErasureRequest.class)
                .setParameter("p", participantId).setParameter("pending", ErasureRequest.PENDING).getResultList().isEmpty()) {
            throw new DomainException(ProblemType.CONFLICT, "A request to erase " + Participant.reference(participantId)
                    + " is already waiting for approval.");
        }
        ErasureRequest request = new ErasureRequest(participantId, reason, caller.accountId(), caller.username(), clock.instant());
        em.persist(request);
        em.flush();
        // The reason stays on the request; the audit trail gets only whose records, never why (it may say something about them).
        audit.record("REQUEST_ERASURE", TYPE, request.id(), AuditOutcome.SUCCESS, Participant.reference(participantId));
        return view(request);
    }

    @Transactional
    public ErasureRequestView approve(Long requestId, String reason) {
        Caller caller = currentCaller.require();
        ErasureRequest request = decidable(caller, requestId);
        holds.requireNoneOn(request.participantId());
        requireCaseClosed(request.participantId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkDates.UK);
        List<Long> person = List.of(request.participantId());
        List<Long> children = new ArrayList<>();
        for (RetentionClocks source : clocks) {
            children.addAll(source.childrenOf(request.participantId()));
        }
        long changed = 0;
        for (RecordKind kind : RecordKind.values()) {
            // The audit trail keeps its entries: they hold references, not personal data, and read "erased on" from now.
            if (kind != RecordKind.AUDIT_TRAIL) {
                changed += anonymiser.anonymise(kind, kind == RecordKind.CHILDREN ? children : person, Anonymiser.Cause.ERASURE, today);
            }
        }
        request.decide(true, caller.username(), reason, clock.instant());
        audit.record("ERASE", TYPE, request.id(), AuditOutcome.SUCCESS, Participant.reference(request.participantId()) + ": "
                + changed + " records anonymised; children: " + children.size());
        return view(request);
    }

    @Transactional
    public ErasureRequestView refuse(Long requestId, String reason) {
        Caller caller = currentCaller.require();
        ErasureRequest request = decidable(caller, requestId);
        request.decide(false, caller.username(), reason, clock.instant());
        audit.record("REFUSE_ERASURE", TYPE, request.id(), AuditOutcome.SUCCESS, Participant.reference(request.participantId()));
        return view(request);
    }

    /** Requests the caller may act on or asked for, waiting first, then the newest. */
    @Transactional
    public List<ErasureRequestView> list() {
        Caller caller = currentCaller.require();
        if (!access.may(caller, Permission.REQUEST_ERASURE)) {
            access.require(caller, Permission.APPROVE_ERASURE);
        }
        return em.createQuery("SELECT e FROM ErasureRequest e ORDER BY CASE WHEN e.status = 'PENDING' THEN 0 ELSE 1 END, e.requestedAt DESC",
                        ErasureRequest.class).setMaxResults(500).getResultStream()
                .filter(request -> participants.mayActOnRecordsOf(caller, request.participantId())).map(Erasures::view).toList();
    }

    private ErasureRequest decidable(Caller caller, Long requestId) {
        access.require(caller, Permission.APPROVE_ERASURE);
        ErasureRequest request = Optional.ofNullable(em.find(ErasureRequest.class, requestId))
                .filter(found -> participants.mayActOnRecordsOf(caller, found.participantId()))
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no erasure request " + requestId + " that you may decide."));
        request.requireDecidableBy(caller.accountId());
        return request;
    }

    private void requireCaseClosed(Long participantId) {
        boolean open = false;
        for (RetentionClocks source : clocks) {
            open |= source.caseOpen(participantId);
        }
        if (open) {
            throw new DomainException(ProblemType.CONFLICT, Participant.reference(participantId)
                    + " is still on a programme (referred, waiting or placed): record the withdrawal first, then ask again.");
        }
    }


    static ErasureRequestView view(ErasureRequest request) {
        return new ErasureRequestView(request.id(), request.participantId(), Participant.reference(request.participantId()), request.reason(),
                request.requestedBy(), request.requestedAt(), request.status(), request.decidedBy(), request.decidedAt(), request.decisionReason());
    }
}
