package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.common.Sha256;
import uk.dap.server.dataprotection.domain.SubjectAccessRequest;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.dataprotection.NewSubjectAccessRequest;
import uk.dap.shared.api.dataprotection.SubjectAccessItemView;
import uk.dap.shared.api.dataprotection.SubjectAccessRequestView;
import uk.dap.shared.text.UkDates;

/**
 * Subject access requests: logged by a lead or an administrator with the day received and how identity was checked,
 * listed with their due dates; reviewed item by item by a programme lead who may see the person (withholding an item
 * under an exemption), then released, once, as a ZIP kept exactly as released. Every step is audited, never the pack's
 * contents nor the exemption's words.
 */
@ApplicationScoped
public class SubjectAccessRequests {
    static final String TYPE = "SubjectAccessRequest";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Access access;
    @Inject
    ParticipantAccess participants;
    @Inject
    SubjectAccessPacks packs;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public SubjectAccessRequestView log(NewSubjectAccessRequest request) {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.LOG_SUBJECT_ACCESS);
        participants.requireActOnRecordsOf(caller, request.participantId());
        SubjectAccessRequest logged = new SubjectAccessRequest(request.participantId(), request.receivedOn(), request.identityChecked(),
                caller.username(), clock.instant());
        em.persist(logged);
        em.flush();
        audit.record("LOG_SUBJECT_ACCESS", TYPE, logged.id(), AuditOutcome.SUCCESS, Participant.reference(request.participantId())
                + ", received " + UkDates.date(request.receivedOn()));
        return view(logged);
    }

    /** Open requests first, the nearest deadline first; then released ones, newest first. */
    @Transactional
    public List<SubjectAccessRequestView> list() {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.LOG_SUBJECT_ACCESS);
        return em.createQuery("SELECT r FROM SubjectAccessRequest r ORDER BY CASE WHEN r.status = 'OPEN' THEN 0 ELSE 1 END,"
                        + " COALESCE(r.extendedTo, r.dueOn), r.id DESC", SubjectAccessRequest.class).setMaxResults(500)
                .getResultStream().filter(r -> participants.mayActOnRecordsOf(caller, r.participantId())).map(this::view).toList();
    }

    @Transactional
    public SubjectAccessRequestView extend(Long id, String reason) {
        Caller caller = currentCaller.require();
        access.require(caller, Permission.LOG_SUBJECT_ACCESS);
        SubjectAccessRequest request = find(caller, id);
        request.extend(reason);
        audit.record("EXTEND_SUBJECT_ACCESS", TYPE, id, AuditOutcome.SUCCESS, "to " + UkDates.date(request.extendedTo()));
        return view(request);
    }

    /** What the pack would hold, item by item, with the reviewer's decisions: for a lead who may see the person. */
    @Transactional
    public List<SubjectAccessItemView> items(Long id) {
        Caller caller = currentCaller.require();
        SubjectAccessRequest request = reviewable(caller, id);
        Map<String, String> withheld = withheld(id);
        // The pack is the person's own, and carries their contact details; the reviewer sees them only if the contact
        // rule lets this worker see them anyway (never a worker facing someone the person is kept apart from).
        boolean contactHidden = participants.contactRefusal(caller, participants.require(caller, request.participantId())).isPresent();
        List<SubjectAccessItemView> items = packs.items(request.participantId()).stream().map(item -> new SubjectAccessItemView(item.key(),
                item.section(), item.title(), item.date(), contactHidden ? SubjectAccessPacks.withoutContact(item) : item.fields(),
                withheld.containsKey(item.key()), withheld.get(item.key()))).toList();
        audit.record("REVIEW_SUBJECT_ACCESS", TYPE, id, AuditOutcome.SUCCESS, Participant.reference(request.participantId()));
        return items;
    }

    @Transactional
    public void withhold(Long id, String key, String exemption) {
        Caller caller = currentCaller.require();
        SubjectAccessRequest request = reviewable(caller, id);
        request.requireOpen();
        if (packs.items(request.participantId()).stream().noneMatch(item -> item.key().equals(key))) {
            throw new DomainException(ProblemType.NOT_FOUND, "The pack has no item '" + key + "'.");
        }
        em.createNativeQuery("DELETE FROM subject_access_withheld WHERE request_id = ? AND item_key = ?").setParameter(1, id).setParameter(2, key)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO subject_access_withheld (request_id, item_key, exemption, withheld_by, withheld_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, key).setParameter(3, exemption.trim()).setParameter(4, caller.username())
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        // The item's key and that it is withheld; never the exemption's words, which may say what the item holds.
        audit.record("WITHHOLD_SUBJECT_ACCESS_ITEM", TYPE, id, AuditOutcome.SUCCESS, key);
    }

    @Transactional
    public void include(Long id, String key) {
        Caller caller = currentCaller.require();
        reviewable(caller, id).requireOpen();
        int removed = em.createNativeQuery("DELETE FROM subject_access_withheld WHERE request_id = ? AND item_key = ?").setParameter(1, id)
                .setParameter(2, key).executeUpdate();
        if (removed == 0) {
            throw new DomainException(ProblemType.NOT_FOUND, "The item '" + key + "' is not withheld.");
        }
        audit.record("INCLUDE_SUBJECT_ACCESS_ITEM", TYPE, id, AuditOutcome.SUCCESS, key);
    }

    /** Puts the pack together without the withheld items, keeps it as released, and answers the request as it now stands. */
    @Transactional
    public SubjectAccessRequestView release(Long id) {
        Caller caller = currentCaller.require();
        SubjectAccessRequest request = reviewable(caller, id);
        request.requireOpen();
        Map<String, String> withheld = withheld(id);
        List<SubjectAccessPacks.Shown> items = packs.items(request.participantId()).stream()
                .filter(item -> !withheld.containsKey(item.key())).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkDates.UK);
        byte[] zip = packs.zip(Participant.reference(request.participantId()), id, today, items);
        String sha256 = Sha256.hex(zip);
        request.release(sha256, caller.username(), clock.instant());
        em.createNativeQuery("UPDATE subject_access_request SET pack = ? WHERE id = ?").setParameter(1, zip).setParameter(2, id).executeUpdate();
        audit.record("RELEASE_SUBJECT_ACCESS", TYPE, id, AuditOutcome.SUCCESS, Participant.reference(request.participantId()) + ": "
                + items.size() + " items, " + withheld.size() + " withheld, SHA-256 " + sha256);
        return view(request);
    }

    /** The released pack, as released. */
    @Transactional
    public Pack pack(Long id) {
        Caller caller = currentCaller.require();
        SubjectAccessRequest request = reviewable(caller, id);
        if (!SubjectAccessRequest.RELEASED.equals(request.status())) {
            throw new DomainException(ProblemType.CONFLICT, "The pack is made when it is released: review its items, then release it.");
        }
        audit.record("DOWNLOAD_SUBJECT_ACCESS", TYPE, id, AuditOutcome.SUCCESS, "SHA-256 " + request.packSha256());
        byte[] zip = (byte[]) em.createNativeQuery("SELECT pack FROM subject_access_request WHERE id = ?").setParameter(1, id).getSingleResult();
        return new Pack("records-" + Participant.reference(request.participantId()) + ".zip", zip);
    }

    /** A released pack: its file name and bytes. */
    public record Pack(String fileName, byte[] zip) {
    }

    private SubjectAccessRequest reviewable(Caller caller, Long id) {
        access.require(caller, Permission.REVIEW_SUBJECT_ACCESS);
        return find(caller, id);
    }

    private SubjectAccessRequest find(Caller caller, Long id) {
        return Optional.ofNullable(em.find(SubjectAccessRequest.class, id)).filter(r -> participants.mayActOnRecordsOf(caller, r.participantId()))
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no subject access request " + id + " that you may see."));
    }

    private Map<String, String> withheld(Long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT item_key, exemption FROM subject_access_withheld WHERE request_id = ?")
                .setParameter(1, id).getResultList();
        Map<String, String> withheld = new HashMap<>();
        rows.forEach(row -> withheld.put((String) row[0], (String) row[1]));
        return withheld;
    }



    private SubjectAccessRequestView view(SubjectAccessRequest r) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkDates.UK);
        int withheld = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM subject_access_withheld WHERE request_id = ?")
                .setParameter(1, r.id()).getSingleResult()).intValue();
        return new SubjectAccessRequestView(r.id(), r.participantId(), Participant.reference(r.participantId()), r.receivedOn(),
                r.identityChecked(), r.loggedBy(), r.loggedAt(), r.dueOn(), r.extendedTo(), r.extensionReason(), r.status(),
                r.daysLeft(today), r.warning(today), withheld, r.releasedBy(), r.releasedAt(), r.packSha256());
    }
}
