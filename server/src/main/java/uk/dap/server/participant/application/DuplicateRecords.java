package uk.dap.server.participant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.Alerting;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.participant.domain.PossibleDuplicate;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.DuplicateDecision;
import uk.dap.shared.api.participant.DuplicateStatus;
import uk.dap.shared.api.participant.DuplicateView;
import uk.dap.shared.api.participant.NewParticipant;

/**
 * Two records for one person would let a link on one be got round by placing the other. So a new record is compared
 * with every record, whoever may see it: the same name and date of birth (ignoring case, accents, spaces,
 * hyphens, and first and last name swapped), or the same date of birth with the same phone number or email address.
 * The creator is asked to confirm that it is someone else, and is never shown a record they may not see; once
 * confirmed, the pair is recorded as a possible duplicate, the workers and leads of both are alerted, and the
 * separation rule treats the two as one person ({@link #samePerson}) until a lead who may see both decides.
 * <p>"The same person" joins the two records for good for the safety rule, and nothing else: each keeps its own
 * history and its own team's access, because moving one team's record into another's would show each the other's
 * casework.
 */
@ApplicationScoped
public class DuplicateRecords {
    private static final String TYPE = "Participant";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ParticipantAccess access;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail audit;
    @Inject
    Alerting alerts;
    @Inject
    Clock clock;
    @Inject
    LinkGuard separation;

    /** A record that matches a new one, and what matched. */
    public record Match(Participant participant, String reason) {
    }

    /** Every existing record that may be the person in {@code request}, whoever may see it. */
    public List<Match> matches(NewParticipant request) {
        String name = name(request.firstName(), request.lastName());
        String swapped = name(request.lastName(), request.firstName());
        ContactDetails contact = request.contact();
        String phone = contact == null ? null : phone(contact.phone());
        String email = contact == null ? null : email(contact.email());
        return em.createQuery("SELECT p FROM Participant p WHERE p.dateOfBirth = :dob ORDER BY p.id", Participant.class)
                .setParameter("dob", request.dateOfBirth()).getResultStream()
                .map(p -> {
                    String theirs = name(p.firstName(), p.lastName());
                    if (theirs.equals(name) || theirs.equals(swapped)) {
                        return new Match(p, "the same name and date of birth");
                    }
                    if (phone != null && phone.equals(phone(p.contact().phone())) || email != null && email.equals(email(p.contact().email()))) {
                        return new Match(p, "the same date of birth and phone number or email address");
                    }
                    return null;
                })
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * What to tell a creator whose new record matches others, before they confirm it is someone else: it names only
     * matches the caller may see. The warning is audited, and the workers of the matching records are told, in a
     * transaction of its own (the refused create rolls back), since asking by name and date of birth is also a way to
     * learn whether someone is known to the service.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String warn(List<Match> matches) {
        Caller caller = currentCaller.require();
        List<String> visible = matches.stream().filter(m -> access.maySee(caller, m.participant().id()))
                .map(m -> m.participant().reference()).toList();
        audit.record("DUPLICATE_WARNING", TYPE, null, AuditOutcome.DENIED, matches.size() + " possible: "
                + String.join(" ", matches.stream().map(m -> m.participant().reference()).toList()));
        for (Match match : matches) {
            alerts.raiseAboutParticipant(AlertKind.POSSIBLE_DUPLICATE, match.participant().id(), "Someone creating a new record was told it may be " + match.participant().reference()
                    + " (" + match.reason() + ") and asked to check first. If a second record is created anyway, you will be told.");
        }
        String yours = visible.isEmpty() ? "" : " You can see " + String.join(", ", visible) + ": open that record instead if it is them.";
        return "A record for this person may exist already, perhaps in another team's programme." + yours
                + " If you are sure this is someone else, save again and confirm that it is a different person.";
    }

    /** After the creator confirmed: records each pair, and tells the workers and leads of both. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordConfirmed(Participant created, List<Match> matches) {
        for (Match match : matches) {
            PossibleDuplicate pair = new PossibleDuplicate(created.id(), match.participant().id(), match.reason(), clock.instant());
            em.persist(pair);
            em.flush();
            audit.record("POSSIBLE_DUPLICATE", TYPE, created.reference(), AuditOutcome.SUCCESS, "pair " + pair.id() + " with "
                    + match.participant().reference() + ": " + match.reason());
            // Each side's workers are told about their own record only: the other may be one they may not see.
            alerts.raiseAboutParticipant(AlertKind.POSSIBLE_DUPLICATE, created.id(), message(created, match.reason()));
            alerts.raiseAboutParticipant(AlertKind.POSSIBLE_DUPLICATE, match.participant().id(), message(match.participant(), match.reason()));
        }
    }

    private static String message(Participant record, String reason) {
        return record.reference() + " may be the same person as another record (" + reason + "); whoever created the newer one said"
                + " they are not. Until a lead who can see both decides, every link of either applies to both.";
    }

    /**
     * The participant and every record joined to them as possibly or certainly the same person, directly or through
     * another: the separation rule applies each one's links to all of them.
     */
    public Set<Long> samePerson(Long participantId) {
        Set<Long> found = new LinkedHashSet<>();
        Deque<Long> next = new ArrayDeque<>(List.of(participantId));
        while (!next.isEmpty()) {
            Long id = next.pop();
            if (found.add(id)) {
                for (PossibleDuplicate pair : pairsOf(id)) {
                    if (pair.joinsThem()) {
                        next.push(pair.otherThan(id));
                    }
                }
            }
        }
        return found;
    }

    /** At most this many pairs at a time, newest first (a new record may be about to be placed): deciding them brings up the rest. */
    static final int LIST_LIMIT = 200;

    /** The possible duplicates a lead may decide: open pairs of which they may see both records, newest first. */
    @Transactional
    public List<DuplicateView> openForCaller() {
        Caller caller = currentCaller.require();
        if (!permissions.may(caller, Permission.DECIDE_WHO_IS_KEPT_APART)) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM PossibleDuplicate d WHERE d.status = :open ORDER BY d.detectedAt DESC, d.id DESC", PossibleDuplicate.class)
                .setParameter("open", DuplicateStatus.OPEN).getResultStream()
                .filter(d -> access.maySee(caller, d.participantA()) && access.maySee(caller, d.participantB()))
                .limit(LIST_LIMIT).map(this::view).toList();
    }

    /** A lead who may see both records decides whether they are one person. */
    @Transactional
    public DuplicateView decide(Long pairId, DuplicateDecision decision) {
        Caller caller = currentCaller.require();
        PossibleDuplicate pair = pairId == null ? null : em.find(PossibleDuplicate.class, pairId);
        if (pair == null || !permissions.may(caller, Permission.DECIDE_WHO_IS_KEPT_APART)
                || !access.maySee(caller, pair.participantA()) || !access.maySee(caller, pair.participantB())) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no possible duplicate " + pairId + " that you may decide:"
                    + " a lead who can see both records decides.");
        }
        if (decision.decision() == DuplicateStatus.OPEN) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Choose the decision: SAME_PERSON or DIFFERENT_PEOPLE.");
        }
        // Before the decision is written: it changes whom the separation rule keeps apart, as a link does.
        separation.lockBeforeLinkChange();
        if (pair.status() != DuplicateStatus.OPEN) {
            throw new DomainException(ProblemType.CONFLICT, "This pair was decided already (" + pair.status() + ").");
        }
        pair.decide(decision.decision(), caller.accountId(), clock.instant(), decision.reason().trim());
        audit.record("DECIDE_DUPLICATE", TYPE, Participant.reference(pair.participantA()), AuditOutcome.SUCCESS, "pair " + pair.id()
                + " with " + Participant.reference(pair.participantB()) + ": " + decision.decision());
        if (decision.decision() == DuplicateStatus.DIFFERENT_PEOPLE) {
            // The links of one no longer keep the other apart: as with ending a link, the workers of both are told.
            for (Long side : List.of(pair.participantA(), pair.participantB())) {
                alerts.raiseAboutParticipant(AlertKind.POSSIBLE_DUPLICATE, side, Participant.reference(side) + " was found by a lead"
                        + " to be a different person from a record that looked like theirs; that record's links no longer apply to them.");
            }
        }
        return view(pair);
    }

    private List<PossibleDuplicate> pairsOf(Long id) {
        return em.createQuery("SELECT d FROM PossibleDuplicate d WHERE d.participantA = :p OR d.participantB = :p", PossibleDuplicate.class)
                .setParameter("p", id).getResultList();
    }

    private DuplicateView view(PossibleDuplicate d) {
        return new DuplicateView(d.id(), Participants.summary(em.find(Participant.class, d.participantA())),
                Participants.summary(em.find(Participant.class, d.participantB())), d.reason(), d.status(), d.detectedAt());
    }

    /** A name as compared: letters and digits only, lower case, accents dropped ("Anne-Marie O'Neil" and "anne marie oneil" match). */
    static String name(String first, String last) {
        String joined = (first == null ? "" : first) + " " + (last == null ? "" : last);
        return Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String phone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.length() < 7 ? null : digits;
    }

    private static String email(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
