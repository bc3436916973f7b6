package uk.dap.server.participant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.Alerting;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.domain.LinkedParty;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.participant.LinkCorrection;
import uk.dap.shared.api.participant.LinkEnding;
import uk.dap.shared.api.participant.LinkView;
import uk.dap.shared.api.participant.LinkRole;
import uk.dap.shared.api.participant.NewLink;
import uk.dap.shared.api.participant.Relationship;
import uk.dap.shared.api.participant.ParticipantSummary;

/**
 * Links between participants: recorded, corrected and ended, each audited, never deleted. A pair may have more than
 * one current link, when two workers disagree about who is the victim; the separation rule keeps them apart if any
 * one of them says so, whoever recorded it. Changing a link that keeps two apart (correcting it in any way, or ending
 * it) is for a programme lead, and the workers of both people are told.
 * <p>Every write takes the separation rule's lock first, as every check takes it before reading links.
 */
@ApplicationScoped
public class ParticipantLinks {
    private static final String TYPE = Participants.TYPE;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ParticipantAccess access;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Alerting alerts;
    @Inject
    LinkGuard separation;
    @Inject
    Clock clock;

    /**
     * Links two participants. The caller must see this one; the other is named by id (if the caller may see them) or
     * by reference and date of birth. A second link for the pair with other roles is recorded beside the first (the
     * two accounts disagree, and both stand until one is corrected); the same roles again are refused. If the link
     * puts the two in one group or near each other's sessions, it is still recorded (it is a fact) and the leads are
     * alerted.
     */
    @Transactional
    public LinkView add(Long participantId, NewLink request) {
        Caller caller = currentCaller.require();
        Participant participant = access.require(caller, participantId);
        Participant other = other(caller, request);
        if (participant.id().equals(other.id())) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "A participant cannot be linked to themselves.");
        }
        // Before the link is written: a placement holds this lock while it reads the links.
        separation.lockBeforeLinkChange();
        boolean same = currentLinks(participant.id(), other.id()).stream()
                .anyMatch(l -> l.sameRolesAs(participant.id(), request.thisRole(), request.otherRole()));
        if (same) {
            throw new DomainException(ProblemType.CONFLICT, "These two participants are already linked with those roles. "
                    + "To put a link right, correct it.");
        }
        LinkedParty link = new LinkedParty(participant.id(), request.thisRole(), other.id(), request.otherRole(),
                request.relationship(), caller.accountId(), clock.instant());
        em.persist(link);
        em.flush();
        audit.record("ADD_LINK", TYPE, participant.reference(), AuditOutcome.SUCCESS, "link " + link.id() + " to " + other.reference()
                + " as " + request.thisRole() + "/" + request.otherRole());
        if (link.requiresSeparation()) {
            separation.alertOnNewLink(participant.id(), other.id());
        }
        return view(caller, link, participant.id());
    }

    /**
     * A link from a service's history (docs/import.md), added as {@link #add} adds one; the pair linked with these roles
     * before is left as it is (false). Part of the import's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean importLink(Long participantId, Long otherId, Relationship relationship, LinkRole thisRole, LinkRole otherRole) {
        Caller caller = currentCaller.require();
        access.require(caller, participantId);
        access.require(caller, otherId);
        if (currentLinks(participantId, otherId).stream().anyMatch(l -> l.sameRolesAs(participantId, thisRole, otherRole))) {
            return false;
        }
        add(participantId, new NewLink(otherId, null, null, relationship, thisRole, otherRole));
        return true;
    }

    /**
     * The links standing now between two people the caller may both see (a link to someone hidden from the caller is
     * never shown, not even that it exists), a page at a time after the link {@code afterId}.
     */
    @Transactional
    public List<LinkedParty> exportPage(long afterId, int size) {
        ParticipantAccess.Scope scope = access.participantScope(currentCaller.require());
        return scope.apply(em.createQuery("SELECT l FROM LinkedParty l WHERE l.id > :after AND l.endedAt IS NULL"
                        + " AND EXISTS (SELECT p FROM Participant p WHERE p.id = l.participantA AND " + scope.condition() + ")"
                        + " AND EXISTS (SELECT p FROM Participant p WHERE p.id = l.participantB AND " + scope.condition() + ") ORDER BY l.id",
                LinkedParty.class)).setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    /** Corrects a link's relationship and roles, seen from this participant, with a reason. */
    @Transactional
    public LinkView correct(Long participantId, Long linkId, LinkCorrection correction) {
        Caller caller = currentCaller.require();
        Participant participant = access.require(caller, participantId);
        separation.lockBeforeLinkChange();
        LinkedParty link = currentLink(participant.id(), linkId);
        boolean keptApart = link.requiresSeparation();
        String before = link.roleOf(participant.id()) + "/" + link.roleOf(link.otherThan(participant.id()));
        if (keptApart) {
            // Not only to victim and victim: swapping who is the victim changes who reaches whose partner-contact notes.
            requireLead(caller, "A link that keeps two people apart is corrected by a programme lead.");
        }
        link.correct(participant.id(), correction.thisRole(), correction.otherRole(), correction.relationship(), caller.accountId(),
                clock.instant(), correction.reason().trim());
        audit.record("CORRECT_LINK", TYPE, participant.reference(), AuditOutcome.SUCCESS, "link " + link.id() + " " + before + " -> "
                + correction.thisRole() + "/" + correction.otherRole());
        Long other = link.otherThan(participant.id());
        if (keptApart || link.requiresSeparation()) {
            tellBothSides(link, "was corrected (" + before + " to " + correction.thisRole() + "/" + correction.otherRole() + ", seen from "
                    + participant.reference() + "); it " + (link.requiresSeparation() ? "keeps" : "no longer keeps")
                    + " %s apart from the person linked to them", caller);
        }
        if (link.requiresSeparation() && !keptApart) {
            separation.alertOnNewLink(participant.id(), other);
        }
        return view(caller, link, participant.id());
    }

    /** Ends a link recorded in error, with a reason: it stays on record, and keeps nobody apart any more. */
    @Transactional
    public void end(Long participantId, Long linkId, LinkEnding ending) {
        Caller caller = currentCaller.require();
        Participant participant = access.require(caller, participantId);
        separation.lockBeforeLinkChange();
        LinkedParty link = currentLink(participant.id(), linkId);
        if (link.requiresSeparation()) {
            requireLead(caller, "Ending a link that keeps two people apart needs a programme lead.");
        }
        link.end(caller.accountId(), clock.instant(), ending.reason().trim());
        audit.record("END_LINK", TYPE, participant.reference(), AuditOutcome.SUCCESS, "link " + link.id() + " to "
                + Participant.reference(link.otherThan(participant.id())));
        if (link.requiresSeparation()) {
            tellBothSides(link, "was ended, so it no longer keeps %s apart from the person linked to them", caller);
        }
    }

    /** The current links of one participant, as the caller may see them. */
    List<LinkView> views(Caller caller, Participant p) {
        List<LinkedParty> current = em.createQuery(LinkedParty.CURRENT_OF, LinkedParty.class).setParameter("p", p.id()).getResultList();
        // Disputed: the pair has another current link among these, so no query per link is needed.
        Map<Long, Long> perOther = current.stream().collect(Collectors.groupingBy(l -> l.otherThan(p.id()), Collectors.counting()));
        List<LinkView> views = new ArrayList<>();
        for (LinkedParty link : current) {
            views.add(view(caller, link, p.id(), perOther.get(link.otherThan(p.id())) > 1));
        }
        return views;
    }

    private LinkView view(Caller caller, LinkedParty link, Long from) {
        return view(caller, link, from, currentLinks(from, link.otherThan(from)).size() > 1);
    }

    private LinkView view(Caller caller, LinkedParty link, Long from, boolean disputed) {
        Long otherId = link.otherThan(from);
        ParticipantSummary other = access.find(caller, otherId).map(Participants::summary).orElse(null);
        return new LinkView(link.id(), other, link.relationship(), link.roleOf(from), link.roleOf(otherId), disputed);
    }

    private List<LinkedParty> currentLinks(Long one, Long other) {
        return em.createQuery("SELECT l FROM LinkedParty l WHERE l.participantA = :a AND l.participantB = :b AND l.endedAt IS NULL",
                LinkedParty.class).setParameter("a", Math.min(one, other)).setParameter("b", Math.max(one, other)).getResultList();
    }

    private LinkedParty currentLink(Long participantId, Long linkId) {
        LinkedParty link = linkId == null ? null : em.find(LinkedParty.class, linkId);
        if (link == null || !link.involves(participantId) || !link.isCurrent()) {
            throw new DomainException(ProblemType.NOT_FOUND, "This participant has no current link " + linkId + ".");
        }
        return link;
    }

    private void requireLead(Caller caller, String why) {
        permissions.require(caller, Permission.DECIDE_WHO_IS_KEPT_APART, why);
    }

    /** An alert about each of the two for their workers ({@link Alerting#raiseAboutParticipant}); {@code what} has a %s for the person. */
    private void tellBothSides(LinkedParty link, String what, Caller caller) {
        String by = staff.displayName(caller.accountId());
        for (Long side : List.of(link.participantA(), link.participantB())) {
            String message = "A link of " + Participant.reference(side) + " " + what.formatted(Participant.reference(side))
                    + " (changed by " + by + "). Check that this is right.";
            alerts.raiseAboutParticipant(AlertKind.LINK_CHANGED, side, message);
        }
    }

    /**
     * The other side of a new link: by id if the caller may see them, or by reference and date of birth together. Both
     * ways answer the same 404 for "no such person" and "details do not match", so nothing is learnt by guessing.
     */
    private Participant other(Caller caller, NewLink request) {
        if (request.otherParticipantId() != null) {
            return access.find(caller, request.otherParticipantId()).orElseThrow(() ->
                    new DomainException(ProblemType.NOT_FOUND, "There is no other participant with that id that you may see."));
        }
        if (request.otherReference() == null || request.otherDateOfBirth() == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "Name the other participant by otherParticipantId, or by otherReference and otherDateOfBirth together.");
        }
        return Participant.idFromReference(request.otherReference()).map(id -> em.find(Participant.class, id))
                .filter(p -> p.dateOfBirth().equals(request.otherDateOfBirth()))
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "No participant has that reference and date of birth."));
    }
}
