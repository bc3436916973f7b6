package uk.dap.server.participant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.domain.LinkedParty;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.participant.LinkRole;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * Who may see which participant and referral, and which parts of a record: the one place every read, search and
 * list goes through (architecture rule: one place per safety rule).
 * <ul>
 * <li>REFERRER: people they created or referred; referrals they made.</li>
 * <li>FACILITATOR: people enrolled in a cohort they facilitate; no referrals.</li>
 * <li>KEY_WORKER: their caseload (assigned, or created by them) and its referrals.</li>
 * <li>PROGRAMME_LEAD: people referred to a programme they lead (or created by them), and those referrals.</li>
 * <li>ADMIN and kiosks: no case data.</li>
 * </ul>
 * Contact details: never to facilitators; when confidential, only to the assigned key worker and the programme lead;
 * never to a worker facing someone the participant must be kept apart from.
 * Every decision fails closed: an unknown caller or a missing account sees nothing.
 */
@ApplicationScoped
public class ParticipantAccess {
    /** Referrals that no longer tie anyone to a programme. */
    private static final List<EnrolmentState> CLOSED = List.of(EnrolmentState.INELIGIBLE, EnrolmentState.WITHDRAWN);
    /** Never matches: the condition for callers who see no case data. */
    private static final String NOTHING = "1 = 0";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ProgrammeLeads leads;

    /** A JPQL condition with its parameters. */
    public record Scope(String condition, Map<String, Object> parameters) {
        public <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** The participants the caller may see, as a condition on the alias {@code p} (a Participant). */
    public Scope participantScope(Caller caller) {
        Long me = caller == null ? null : caller.accountId();
        if (me == null) {
            return new Scope(NOTHING, Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("me", me);
        String condition = Access.view(caller).map(view -> switch (view) {
            case REFERRER -> "(p.createdBy = :me OR EXISTS (SELECT r FROM Referral r WHERE r.participantId = p.id AND r.referrerAccountId = :me))";
            case KEY_WORKER -> "(p.keyWorkerId = :me OR p.createdBy = :me)";
            case PROGRAMME_LEAD -> {
                parameters.put("programmes", programmeList(me));
                yield "(p.createdBy = :me OR EXISTS (SELECT r FROM Referral r WHERE r.participantId = p.id AND r.programmeCode IN :programmes))";
            }
            case FACILITATOR -> {
                parameters.put("enrolled", EnrolmentState.ENROLLED);
                yield "EXISTS (SELECT fe FROM Enrolment fe, Cohort c JOIN c.facilitatorIds f WHERE fe.participantId = p.id"
                        + " AND fe.state = :enrolled AND c.id = fe.cohortId AND f = :me)";
            }
        }).orElse(null);
        return condition == null ? new Scope(NOTHING, Map.of()) : new Scope(condition, Map.copyOf(parameters));
    }

    /** The referrals the caller may see, as a condition on the alias {@code r} (a Referral). */
    public Scope referralScope(Caller caller) {
        Long me = caller == null ? null : caller.accountId();
        if (me == null) {
            return new Scope(NOTHING, Map.of());
        }
        return Access.view(caller).map(view -> switch (view) {
            case REFERRER -> new Scope("r.referrerAccountId = :me", Map.of("me", me));
            case PROGRAMME_LEAD -> new Scope("r.programmeCode IN :programmes", Map.of("programmes", programmeList(me)));
            case KEY_WORKER -> new Scope("EXISTS (SELECT kp FROM Participant kp WHERE kp.id = r.participantId"
                    + " AND (kp.keyWorkerId = :me OR kp.createdBy = :me))", Map.of("me", me));
            case FACILITATOR -> new Scope(NOTHING, Map.of());
        }).orElse(new Scope(NOTHING, Map.of()));
    }

    /**
     * What {@link #participantScope} and {@link #enrolmentScope} allow together, as one condition on the alias {@code e}
     * (an Enrolment) alone, for lists of enrolments that need nothing of the person to decide. A lead's enrolment on a
     * programme they lead is of a person they may see (it came from a referral to that programme), so their condition
     * reads the enrolment alone: at ten years, joining each person too cost a follow-up list most of its time (issue 19).
     * Every other view asks about the person in a subquery.
     */
    public Scope peoplesEnrolmentScope(Caller caller) {
        if (Access.hasView(caller, Access.View.PROGRAMME_LEAD)) {
            return enrolmentScope(caller);
        }
        Scope people = participantScope(caller);
        Scope enrolments = enrolmentScope(caller);
        Map<String, Object> parameters = new HashMap<>(people.parameters());
        parameters.putAll(enrolments.parameters());
        return new Scope("EXISTS (SELECT p FROM Participant p WHERE p.id = e.participantId AND " + people.condition() + ") AND "
                + enrolments.condition(), Map.copyOf(parameters));
    }

    /**
     * The enrolments of a visible participant that the caller works with, as a condition on the alias {@code e} (an
     * Enrolment): a lead's on the programmes they lead (not the person's other programmes); every other view's all.
     */
    public Scope enrolmentScope(Caller caller) {
        return Access.hasView(caller, Access.View.PROGRAMME_LEAD)
                ? new Scope("e.programmeCode IN :enrolmentProgrammes", Map.of("enrolmentProgrammes", programmeList(caller.accountId())))
                : new Scope("1 = 1", Map.of());
    }

    /** The cohorts the caller may see, as a condition on the alias {@code c} (a Cohort): a lead's programmes', a facilitator's own. */
    public Scope cohortScope(Caller caller) {
        Long me = caller == null ? null : caller.accountId();
        return Access.view(caller).map(view -> switch (view) {
            case PROGRAMME_LEAD -> new Scope("c.programmeCode IN :programmes", Map.<String, Object>of("programmes", programmeList(me)));
            case FACILITATOR -> new Scope("EXISTS (SELECT fc FROM Cohort fc JOIN fc.facilitatorIds f WHERE fc.id = c.id AND f = :me)",
                    Map.<String, Object>of("me", me));
            default -> null;
        }).orElse(new Scope(NOTHING, Map.of()));
    }

    /**
     * The alerts the caller is told, as a condition on the alias {@code a} (an Alert): a lead's programmes'; a key
     * worker's assigned people's (not the records they only created, unlike the caseload: an alert asks its reader to
     * act, and the assigned worker is the one who acts); a referrer's non-engagement alerts about people they referred
     * to that programme, nothing else.
     */
    public Scope alertScope(Caller caller) {
        Long me = caller == null ? null : caller.accountId();
        return Access.view(caller).map(view -> switch (view) {
            case PROGRAMME_LEAD -> new Scope("a.programmeCode IN :programmes", Map.<String, Object>of("programmes", programmeList(me)));
            case KEY_WORKER -> new Scope("EXISTS (SELECT ap FROM Participant ap WHERE ap.id = a.participantId AND ap.keyWorkerId = :me)",
                    Map.<String, Object>of("me", me));
            case REFERRER -> new Scope("a.kind = :kind AND EXISTS (SELECT ar FROM Referral ar WHERE ar.participantId = a.participantId"
                    + " AND ar.programmeCode = a.programmeCode AND ar.referrerAccountId = :me)",
                    Map.<String, Object>of("kind", AlertKind.NON_ENGAGEMENT, "me", me));
            case FACILITATOR -> null;
        }).orElse(new Scope(NOTHING, Map.of()));
    }

    /** The participant if the caller may see them; empty both when there is none and when they may not. */
    public Optional<Participant> find(Caller caller, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        Scope scope = participantScope(caller);
        return scope.apply(em.createQuery("SELECT p FROM Participant p WHERE p.id = :id AND " + scope.condition(), Participant.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * The participant as reached by his partner-contact worker: a key worker assigned to someone he must be kept apart
     * from (the partner on the victim's side), who is not his own key worker and did not create his record. This
     * opens nothing of his record: callers use it for partner-contact notes only (see docs/security.md). Empty
     * otherwise, and for any other role.
     */
    public Optional<Participant> findAsPartnerContactWorker(Caller caller, Long id) {
        if (id == null || !Access.hasView(caller, Access.View.KEY_WORKER)) {
            return Optional.empty();
        }
        Participant participant = em.find(Participant.class, id);
        if (participant == null || caller.accountId().equals(participant.keyWorkerId()) || caller.accountId().equals(participant.createdBy())) {
            return Optional.empty();
        }
        // One way only: her worker reaches his partner-contact notes; his key worker never reaches hers.
        for (LinkedParty link : separatedLinks(participant)) {
            Long other = link.otherThan(participant.id());
            if (link.roleOf(participant.id()) == LinkRole.PERPETRATOR && link.roleOf(other) == LinkRole.VICTIM
                    && em.createQuery("SELECT COUNT(o) FROM Participant o WHERE o.id = :o AND o.keyWorkerId = :me", Long.class)
                            .setParameter("o", other).setParameter("me", caller.accountId()).getSingleResult() > 0) {
                return Optional.of(participant);
            }
        }
        return Optional.empty();
    }

    /** Whether the participant is the perpetrator in a link that keeps him apart from a victim: whose record partner-contact notes go on. */
    public boolean hasPartnerKeptApart(Participant participant) {
        return separatedLinks(participant).stream().anyMatch(link -> link.roleOf(participant.id()) == LinkRole.PERPETRATOR
                && link.roleOf(link.otherThan(participant.id())) == LinkRole.VICTIM);
    }

    /** Whether the caller leads a programme the participant was ever enrolled in (a lead may see a record they only created). */
    public boolean leadsAProgrammeOf(Caller caller, Participant participant) {
        return Access.hasView(caller, Access.View.PROGRAMME_LEAD) && em.createQuery("SELECT COUNT(e) FROM Enrolment e"
                        + " WHERE e.participantId = :p AND e.programmeCode IN :led", Long.class)
                .setParameter("p", participant.id()).setParameter("led", programmeList(caller.accountId())).getSingleResult() > 0;
    }

    private List<LinkedParty> separatedLinks(Participant participant) {
        return em.createQuery(LinkedParty.CURRENT_OF, LinkedParty.class)
                .setParameter("p", participant.id()).getResultStream().filter(LinkedParty::requiresSeparation).toList();
    }

    /** The participant, or 404 whether they do not exist or the caller may not see them: the two are not told apart. */
    public Participant require(Caller caller, Long id) {
        return find(caller, id).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                "There is no participant with that id that you may see."));
    }

    public boolean maySee(Caller caller, Long participantId) {
        return find(caller, participantId).isPresent();
    }

    /**
     * Whether the caller may act on the person for a data-protection duty that needs no case record (issue 22: a legal
     * hold, deciding an erasure, logging a subject access request): a caller with a view of case records on the people
     * they may see; an administrator, who has none, on anyone who exists, by id.
     */
    public boolean mayActOnRecordsOf(Caller caller, Long participantId) {
        if (Access.view(caller).isPresent()) {
            return maySee(caller, participantId);
        }
        return participantId != null && em.find(Participant.class, participantId) != null;
    }

    /** As {@link #mayActOnRecordsOf}, or 404 (not told apart from someone who does not exist). */
    public void requireActOnRecordsOf(Caller caller, Long participantId) {
        if (!mayActOnRecordsOf(caller, participantId)) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no participant with that id that you may see.");
        }
    }

    /** The view a caller who may see the participant gets. */
    public Access.View viewFor(Caller caller) {
        return Access.view(caller).orElseThrow(() -> new IllegalStateException("No participant view for " + caller.username()));
    }

    /**
     * Whether the caller may receive the participant's contact details. Facilitators never get them. Confidential
     * details go only to the assigned key worker and the lead of a programme the person is (still) referred to. And a
     * worker facing someone the participant must be kept apart from (his key worker, the lead of his programme) never
     * gets them (domain safety rule 1), confidential or not.
     */
    public boolean maySeeContact(Caller caller, Participant participant) {
        return contactRefusal(caller, participant).isEmpty();
    }

    /**
     * Why the caller may not receive (or change) the participant's contact details, in a sentence that is true for
     * this caller; empty when they may. The rule is {@link #maySeeContact}'s, in one place.
     */
    public Optional<String> contactRefusal(Caller caller, Participant participant) {
        if (!roleAllowsContact(caller, participant)) {
            return Optional.of(Access.hasView(caller, Access.View.FACILITATOR)
                    ? "Facilitators do not see contact details. Ask the participant's key worker."
                    : "This person's contact details are confidential: only their key worker or the lead of a programme they are"
                            + " referred to may see or change them.");
        }
        boolean allowed = switch (viewFor(caller)) {
            case PROGRAMME_LEAD -> leadsAnOpenReferralOf(caller, participant);
            default -> true;
        };
        if (!allowed) {
            return Optional.of("You do not lead a programme this person is still referred to, so their contact details are not"
                    + " yours to see or change. Ask their key worker.");
        }
        boolean facesOtherSide = (Access.hasView(caller, Access.View.PROGRAMME_LEAD) || Access.hasView(caller, Access.View.KEY_WORKER))
                && facesSomeoneKeptApartFrom(caller, participant);
        if (facesOtherSide) {
            return Optional.of("You also work with someone this person must be kept apart from, so their contact details are"
                    + " kept from you. Ask a colleague who does not work with the other person.");
        }
        return Optional.empty();
    }

    /** The part of the contact rule that depends on the role and the record alone; the rest needs the database. */
    public static boolean roleAllowsContact(Caller caller, Participant participant) {
        Long me = caller == null ? null : caller.accountId();
        if (me == null || participant == null) {
            return false;
        }
        return Access.view(caller).map(view -> switch (view) {
            case PROGRAMME_LEAD -> true;
            case KEY_WORKER -> me.equals(participant.keyWorkerId()) || !participant.contactConfidential();
            case REFERRER -> !participant.contactConfidential();
            case FACILITATOR -> false;
        }).orElse(false);
    }

    private boolean leadsAnOpenReferralOf(Caller caller, Participant participant) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.participantId = :p AND e.programmeCode IN :led"
                        + " AND e.state NOT IN :closed", Long.class)
                .setParameter("p", participant.id()).setParameter("led", programmeList(caller.accountId()))
                .setParameter("closed", CLOSED).getSingleResult() > 0;
    }

    /** Whether the caller works with someone linked to the participant who must be kept apart from them. */
    private boolean facesSomeoneKeptApartFrom(Caller caller, Participant participant) {
        for (LinkedParty link : separatedLinks(participant)) {
            Long other = link.otherThan(participant.id());
            boolean faces = Access.hasView(caller, Access.View.KEY_WORKER)
                    ? em.createQuery("SELECT COUNT(o) FROM Participant o WHERE o.id = :o AND o.keyWorkerId = :me", Long.class)
                            .setParameter("o", other).setParameter("me", caller.accountId()).getSingleResult() > 0
                    : em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.participantId = :o AND e.programmeCode IN :led"
                            + " AND e.state NOT IN :closed", Long.class).setParameter("o", other)
                            .setParameter("led", programmeList(caller.accountId())).setParameter("closed", CLOSED).getSingleResult() > 0;
            if (faces) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller sees linked parties and children: case workers, not facilitators or referrers. */
    public boolean maySeeCasework(Caller caller) {
        return Access.hasView(caller, Access.View.KEY_WORKER) || Access.hasView(caller, Access.View.PROGRAMME_LEAD);
    }

    private List<String> programmeList(Long me) {
        Set<String> led = leads.ledBy(me);
        // IN () is not valid SQL: a lead of nothing matches a code no programme has.
        return led.isEmpty() ? List.of("-") : List.copyOf(led);
    }
}
