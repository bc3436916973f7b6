package uk.dap.server.participant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.Alerting;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.participant.ChildStatusChange;
import uk.dap.shared.api.participant.ChildView;
import uk.dap.shared.api.participant.ContactChange;
import uk.dap.shared.api.participant.ContactView;
import uk.dap.shared.api.participant.LinkView;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * Participants: create, search, read (each read audited), contact details, safe contact, key worker, children and
 * linked parties ({@link ParticipantLinks}). What a caller sees is decided by {@link ParticipantAccess} alone.
 */
@ApplicationScoped
public class Participants {
    static final String TYPE = "Participant";
    private static final int SEARCH_LIMIT = 50;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ParticipantAccess access;
    @Inject
    ParticipantReferrals referrals;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Alerting alerts;
    @Inject
    ParticipantLinks linkViews;
    @Inject
    DuplicateRecords duplicates;
    @Inject
    LinkGuard separation;
    @Inject
    Clock clock;
    @Inject
    NameSearch nameSearch;

    @Transactional
    public ParticipantView create(NewParticipant request) {
        Caller caller = currentCaller.require();
        Long keyWorker = request.keyWorkerId();
        if (keyWorker == null && permissions.may(caller, Permission.HOLD_A_CASELOAD)) {
            keyWorker = caller.accountId();
        }
        requireKeyWorker(keyWorker);
        // Before looking for matches, so that two creates of one person at the same moment cannot both miss the other; and
        // a recorded pair changes whom the separation rule keeps apart, as a link does.
        separation.lockBeforeLinkChange();
        List<DuplicateRecords.Match> matches = duplicates.matches(request);
        if (!matches.isEmpty() && !Boolean.TRUE.equals(request.confirmedDifferentPerson())) {
            throw new DomainException(ProblemType.POSSIBLE_DUPLICATE, duplicates.warn(matches));
        }
        return view(caller, persist(request, caller.accountId(), keyWorker, matches, null));
    }

    /**
     * The record of a woman referring herself on the public self-referral page: made by no account, with no key worker
     * yet. A possible duplicate is not refused: telling a stranger that someone with those details is known would say
     * too much, so every match is recorded for a lead to decide, as a confirmed one is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Participant createForSelfReferral(NewParticipant request) {
        separation.lockBeforeLinkChange();
        return persist(request, null, null, duplicates.matches(request), "self-referral");
    }

    /**
     * A record brought in from a service's own spreadsheets (issue 21), made by the importer. A possible duplicate is
     * recorded for a lead to decide rather than refused: a history is brought in as a whole, and the dry run has shown
     * the importer what would be made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Participant importRecord(NewParticipant request) {
        Caller caller = currentCaller.require();
        requireKeyWorker(request.keyWorkerId());
        separation.lockBeforeLinkChange();
        return persist(request, caller.accountId(), request.keyWorkerId(), duplicates.matches(request), "imported");
    }

    /** What {@link #importRecord} would refuse, without making anything: a dry run's check (a DomainException says why). */
    public void checkImportRecord(NewParticipant request) {
        requireKeyWorker(request.keyWorkerId());
        new Participant(request, null, clock.instant());
    }

    private Participant persist(NewParticipant request, Long createdBy, Long keyWorker, List<DuplicateRecords.Match> matches, String how) {
        Participant participant = new Participant(request, createdBy, clock.instant());
        participant.assignKeyWorker(keyWorker);
        em.persist(participant);
        em.flush();
        String detail = participant.contactConfidential() ? "contact details confidential" : null;
        audit.record("CREATE", TYPE, participant.reference(), AuditOutcome.SUCCESS,
                how == null ? detail : detail == null ? how : how + "; " + detail);
        duplicates.recordConfirmed(participant, matches);
        return participant;
    }

    /**
     * Search by any of name (the start of any word of it: NameWords), date of birth and reference; only people the caller
     * may see.
     */
    @Transactional
    public List<ParticipantSummary> search(String name, LocalDate dateOfBirth, String reference) {
        Caller caller = currentCaller.require();
        ParticipantAccess.Scope scope = access.participantScope(caller);
        NameSearch.Clause byName = name == null || name.isBlank() ? null : nameSearch.clause(name);
        boolean joined = byName != null && !byName.join().isEmpty();
        StringBuilder jpql = new StringBuilder(joined ? "SELECT DISTINCT p FROM Participant p" : "SELECT p FROM Participant p")
                .append(byName == null ? "" : byName.join()).append(" WHERE ").append(scope.condition());
        Optional<Long> id = Optional.empty();
        if (byName != null) {
            jpql.append(" AND ").append(byName.condition());
        }
        if (dateOfBirth != null) {
            jpql.append(" AND p.dateOfBirth = :dob");
        }
        if (reference != null && !reference.isBlank()) {
            id = Participant.idFromReference(reference);
            if (id.isEmpty()) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "A reference looks like P-000123.");
            }
            jpql.append(" AND p.id = :id");
        }
        jpql.append(" ORDER BY p.lastName, p.firstName, p.id");
        TypedQuery<Participant> query = scope.apply(em.createQuery(jpql.toString(), Participant.class)).setMaxResults(SEARCH_LIMIT);
        if (byName != null) {
            byName.apply(query);
        }
        if (dateOfBirth != null) {
            query.setParameter("dob", dateOfBirth);
        }
        id.ifPresent(value -> query.setParameter("id", value));
        List<ParticipantSummary> found = query.getResultStream().map(Participants::summary).toList();
        audit.record("SEARCH", TYPE, null, AuditOutcome.SUCCESS, found.size() + " found"
                + (found.isEmpty() ? "" : ": " + String.join(" ", found.stream().map(ParticipantSummary::reference).toList())));
        return found;
    }

    @Transactional
    public ParticipantView read(Long id) {
        Caller caller = currentCaller.require();
        Participant participant = visible(caller, id);
        audit.record("READ", TYPE, participant.reference(), AuditOutcome.SUCCESS, "view " + access.viewFor(caller));
        return view(caller, participant);
    }

    @Transactional
    public ParticipantView changeContact(Long id, ContactChange change) {
        Caller caller = currentCaller.require();
        Participant participant = visible(caller, id);
        access.contactRefusal(caller, participant).ifPresent(why -> {
            throw new DomainException(ProblemType.FORBIDDEN, why);
        });
        participant.changeContact(change.contact(), change.confidential(), change.confidentialReason());
        // Values never go into the audit trail: only that they changed and whether they are confidential.
        audit.record("CHANGE_CONTACT", TYPE, participant.reference(), AuditOutcome.SUCCESS,
                "confidential=" + participant.contactConfidential());
        return view(caller, participant);
    }

    @Transactional
    public ParticipantView changeSafeContact(Long id, SafeContact safeContact) {
        Caller caller = currentCaller.require();
        Participant participant = visible(caller, id);
        participant.changeSafeContact(safeContact);
        audit.record("CHANGE_SAFE_CONTACT", TYPE, participant.reference(), AuditOutcome.SUCCESS, null);
        return view(caller, participant);
    }

    @Transactional
    public ParticipantView assignKeyWorker(Long id, Long accountId) {
        Caller caller = currentCaller.require();
        Participant participant = visible(caller, id);
        requireKeyWorker(accountId);
        participant.assignKeyWorker(accountId);
        audit.record("ASSIGN_KEY_WORKER", TYPE, participant.reference(), AuditOutcome.SUCCESS, "account " + accountId);
        return view(caller, participant);
    }

    /** What {@link #addChild} would refuse, without adding anything: an import's dry run (a DomainException says why). */
    public void checkAddChild(Long participantId) {
        visible(currentCaller.require(), participantId);
    }

    @Transactional
    public ChildView addChild(Long participantId, NewChild request) {
        Caller caller = currentCaller.require();
        Participant participant = visible(caller, participantId);
        Child child = new Child(participant.id(), request, today());
        em.persist(child);
        em.flush();
        audit.record("ADD_CHILD", TYPE, participant.reference(), AuditOutcome.SUCCESS, "child " + child.id());
        return childView(child);
    }

    /**
     * Records a child's new social care status. A case that closes while the parent attends Caring Dads raises an
     * alert: the case must stay open while he participates.
     */
    @Transactional
    public ChildView changeChildStatus(Long participantId, Long childId, ChildStatusChange change) {
        Caller caller = currentCaller.require();
        Participant participant = visible(caller, participantId);
        Child child = em.find(Child.class, childId);
        if (child == null || !child.participantId().equals(participant.id())) {
            throw new DomainException(ProblemType.NOT_FOUND, "This participant has no child " + childId + ".");
        }
        boolean closed = child.changeStatus(change.status(), change.changedOn() == null ? today() : change.changedOn());
        audit.record("CHANGE_CHILD_STATUS", TYPE, participant.reference(), AuditOutcome.SUCCESS,
                "child " + childId + " -> " + change.status());
        if (closed && enrolledIn(participant.id(), "CARING_DADS")) {
            alerts.raise(AlertKind.CASE_CLOSED_DURING_CARING_DADS, "CARING_DADS", participant.id(), null,
                    "A child's case with children's social care was closed while " + participant.reference()
                    + " attends Caring Dads. The case must stay open while he participates: talk to the social worker.");
        }
        return childView(child);
    }

    /**
     * The next {@code size} people the caller may see after {@code afterId}, in id order, as a record shows them (contact
     * details only where the caller may see them), for an export (docs/import.md). Children, links and referrals are left
     * out: they are kinds of their own. Audited by the export as a whole, not per person.
     */
    @Transactional
    public List<ParticipantView> exportPage(long afterId, int size) {
        Caller caller = currentCaller.require();
        ParticipantAccess.Scope scope = access.participantScope(caller);
        String view = access.viewFor(caller).name();
        return scope.apply(em.createQuery("SELECT p FROM Participant p WHERE p.id > :after AND " + scope.condition() + " ORDER BY p.id",
                        Participant.class)).setParameter("after", afterId).setMaxResults(size).getResultStream()
                .map(p -> new ParticipantView(p.id(), p.reference(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(),
                        p.preferredLanguage(), p.interpreterNeeded(), p.accessibilityNeeds(), contactFor(caller, p), p.safeContact(), null,
                        staff.ref(p.keyWorkerId()), List.of(), List.of(), List.of(), view)).toList();
    }

    /**
     * The record with this reference (P-000123) when the caller may see it, else empty (whether it does not exist or is
     * not theirs to see): an export re-imported names its records so.
     */
    public java.util.Optional<Long> visibleByReference(String reference) {
        Caller caller = currentCaller.require();
        // Exactly as the service writes it: a service's own "1042" or "P42" must never be taken for record 1042 or 42.
        return uk.dap.server.common.RecordReference.idIn("P", reference).filter(id -> access.maySee(caller, id));
    }

    /**
     * The children of the participants the caller may see, as the record shows them to the caller (to casework and to
     * the referrer: children are not a facilitator's to see), a page at a time after the child {@code afterId}.
     */
    @Transactional
    public List<Child> exportChildren(long afterId, int size) {
        Caller caller = currentCaller.require();
        if (!seesChildren(caller)) {
            return List.of();
        }
        ParticipantAccess.Scope scope = access.participantScope(caller);
        return scope.apply(em.createQuery("SELECT c FROM Child c WHERE c.id > :after AND EXISTS (SELECT p FROM Participant p"
                + " WHERE p.id = c.participantId AND " + scope.condition() + ") ORDER BY c.id", Child.class))
                .setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    /**
     * The child with this reference (CH-000123), when the caller may see the child's parent and children, else empty:
     * an export brought in again names its children so.
     */
    public java.util.Optional<Long> visibleChildByReference(String reference) {
        Caller caller = currentCaller.require();
        return Child.idFromReference(reference).map(id -> em.find(Child.class, id))
                .filter(child -> seesChildren(caller) && access.maySee(caller, child.participantId())).map(Child::id);
    }

    private boolean seesChildren(Caller caller) {
        return access.maySeeCasework(caller) || access.viewFor(caller) == Access.View.REFERRER;
    }

    /** Whether the caller may see the participant (an import names people by references, never past this). */
    public boolean isVisible(Long id) {
        return access.maySee(currentCaller.require(), id);
    }

    /** The participant, or 404 whether they do not exist or the caller may not see them. */
    public Participant visible(Caller caller, Long id) {
        return access.require(caller, id);
    }

    ParticipantView view(Caller caller, Participant p) {
        Access.View view = access.viewFor(caller);
        ContactView contact = contactFor(caller, p);
        boolean casework = access.maySeeCasework(caller);
        List<ChildView> children = seesChildren(caller)
                ? em.createQuery("SELECT c FROM Child c WHERE c.participantId = :p ORDER BY c.dateOfBirth, c.id", Child.class)
                        .setParameter("p", p.id()).getResultStream().map(Participants::childView).toList()
                : List.of();
        List<LinkView> links = casework ? linkViews.views(caller, p) : List.of();
        return new ParticipantView(p.id(), p.reference(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(),
                p.preferredLanguage(), p.interpreterNeeded(), p.accessibilityNeeds(), contact, p.safeContact(),
                referrals.latestRisk(p.id()), staff.ref(p.keyWorkerId()), children, links, referrals.visibleTo(caller, p.id()), view.name());
    }

    private ContactView contactFor(Caller caller, Participant p) {
        return access.maySeeContact(caller, p)
                ? new ContactView(p.contact().address(), p.contact().postcode(), p.contact().phone(), p.contact().email(),
                        p.contactConfidential(), p.confidentialReason())
                : null;
    }

    private boolean enrolledIn(Long participantId, String programme) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.participantId = :p AND e.programmeCode = :programme"
                        + " AND e.state = :enrolled", Long.class)
                .setParameter("p", participantId).setParameter("programme", programme)
                .setParameter("enrolled", EnrolmentState.ENROLLED).getSingleResult() > 0;
    }

    private void requireKeyWorker(Long accountId) {
        if (accountId != null && !permissions.isActiveKeyWorker(accountId)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Account " + accountId + " is not an active key worker.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }

    public static ParticipantSummary summary(Participant p) {
        return new ParticipantSummary(p.id(), p.reference(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender());
    }

    static ChildView childView(Child c) {
        return new ChildView(c.id(), c.firstName(), c.lastName(), c.dateOfBirth(), c.livesWithParticipant(),
                c.regularContact(), c.socialCareStatus(), c.statusChangedOn(), c.needsCreche());
    }
}
