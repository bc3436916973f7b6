package uk.dap.server.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.application.EnrolmentJournal;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.application.Participants;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.referral.domain.ConsentRecord;
import uk.dap.server.referral.domain.EligibilityCheck;
import uk.dap.server.referral.domain.EligibilityDecision;
import uk.dap.server.referral.domain.EligibilityFacts;
import uk.dap.server.referral.domain.EligibilityFacts.ChildFact;
import uk.dap.server.referral.domain.EligibilityFacts.ConsentState;
import uk.dap.server.referral.domain.EligibilityRules;
import uk.dap.server.referral.domain.Referral;
import uk.dap.server.referral.domain.RiskAssessment;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.ProgrammeLeads;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.ConsentBasis;
import uk.dap.shared.api.referral.ConsentPurpose;
import uk.dap.shared.api.referral.ConsentView;
import uk.dap.shared.api.referral.ConsentWithdrawal;
import uk.dap.shared.api.referral.DecisionKind;
import uk.dap.shared.api.referral.DecisionView;
import uk.dap.shared.api.referral.EligibilityCheckView;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.EnrolmentView;
import uk.dap.shared.api.referral.NewConsent;
import uk.dap.shared.api.referral.NewDecision;
import uk.dap.shared.api.referral.NewReferral;
import uk.dap.shared.api.referral.NewRisk;
import uk.dap.shared.api.referral.ReferralAnswers;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.api.referral.RiskView;
import uk.dap.shared.api.referral.RuleResultView;
import uk.dap.shared.text.UkDates;

/**
 * Referrals: made by a referrer (or by staff for an external agency or a self-referral), with consent records, risk
 * assessments, eligibility checks and the lead's decision. Which referrals a caller sees is {@link ParticipantAccess}'s
 * call.
 */
@ApplicationScoped
public class Referrals {
    static final String TYPE = "Referral";
    static final int MAX_BACKDATE_DAYS = 90;
    private static final List<EnrolmentState> FINISHED = List.of(EnrolmentState.INELIGIBLE, EnrolmentState.COMPLETED, EnrolmentState.WITHDRAWN);

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    ProgrammeLeads leads;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ParticipantAccess access;
    @Inject
    Participants participants;
    @Inject
    StaffDirectory staff;
    @Inject
    Enrolments enrolments;
    @Inject
    EnrolmentJournal journal;
    @Inject
    AuditTrail audit;
    @Inject
    ProgrammeCatalogue catalogue;
    @Inject
    Clock clock;

    @Transactional
    public ReferralView create(NewReferral request) {
        Caller caller = currentCaller.require();
        Participant participant = participants.visible(caller, request.participantId());
        Programme programme = programme(request.programme());
        Long referrer = null;
        String agency = blankToNull(request.externalAgency());
        String contact = blankToNull(request.externalContact());
        if (permissions.may(caller, Permission.REFER_FROM_AN_AGENCY)) {
            if (request.agencyType() == AgencyType.SELF_REFERRAL) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "A referrer cannot enter a self-referral; staff enter those.");
            }
            referrer = caller.accountId();
        } else {
            requireStaffEnteredSource(programme, request.agencyType(), agency, contact);
        }
        List<Long> family = family(programme, participant, request.familyChildIds());
        LocalDate today = today();
        LocalDate referredOn = request.referredOn() == null ? today : request.referredOn();
        if (referredOn.isAfter(today) || referredOn.isBefore(today.minusDays(MAX_BACKDATE_DAYS))) {
            // A floor, because the waiting list is in referral order: a date long past would jump the queue.
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The referral date must be within the last "
                    + MAX_BACKDATE_DAYS + " days and not in the future.");
        }
        Referral referral = open(participant, programme, referrer, agency, contact, request.agencyType(), referredOn,
                request.reason().trim(), request.answers(), family, caller.accountId());
        if (request.risk() != null) {
            assess(caller, referral, programme, request.risk());
        }
        return view(caller, referral);
    }

    /** Who a referral entered by staff came from: an agency and a contact there, or (Freedom and Gateway only) herself. */
    private static void requireStaffEnteredSource(Programme programme, AgencyType agencyType, String agency, String contact) {
        if (agencyType == AgencyType.SELF_REFERRAL) {
            if (!programme.acceptsSelfReferral()) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, programme.name()
                        + " does not take self-referrals; only Freedom and Gateway do. Name the referring agency.");
            }
        } else if (agency == null || contact == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Name the referring agency and the contact there (externalAgency, externalContact).");
        }
    }

    /** The children who come with the participant (DART only), each one of theirs. */
    private List<Long> family(Programme programme, Participant participant, List<Long> childIds) {
        List<Long> family = childIds == null ? List.of() : childIds.stream().distinct().toList();
        if (!family.isEmpty() && !programme.enrolsFamilies()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Only DART enrols children with their mother; leave familyChildIds out.");
        }
        for (Long childId : family) {
            Child child = em.find(Child.class, childId);
            if (child == null || !child.participantId().equals(participant.id())) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "Child " + childId + " is not one of this participant's children.");
            }
        }
        return family;
    }

    /**
     * A referral from a service's history (issue 21, docs/import.md), made as {@link #create} makes one for staff but on
     * the day it was really made, with its consent, risk and decision as they were recorded then. A decision needs a
     * check to be made against: the programme's rules are run over what was imported, and the decision keeps the name
     * of whoever made it then and of the importer. One that goes against the check is an override, as live; without a
     * justification of its own, it is given one saying so. Part of the import's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral importHistoric(HistoricReferral h) {
        Caller caller = currentCaller.require();
        Participant participant = participants.visible(caller, h.participantId());
        Programme programme = programme(h.programme());
        String agency = blankToNull(h.agency());
        String contact = blankToNull(h.contact());
        requireStaffEnteredSource(programme, h.agencyType(), agency, contact);
        List<Long> family = family(programme, participant, h.familyChildIds());
        Referral referral = open(participant, programme, null, agency, contact, h.agencyType(), h.referredOn(), h.reason(), null, family,
                caller.accountId());
        String importer = staff.displayName(caller.accountId());
        if (h.consentOn() != null) {
            consentImported(referral, ConsentPurpose.REFERRAL, h.consentOn(), h.consentBy(), importer);
        }
        if (h.partnerContactConsentOn() != null) {
            consentImported(referral, ConsentPurpose.PARTNER_CONTACT, h.partnerContactConsentOn(), h.consentBy(), importer);
        }
        if (h.risk() != null) {
            assess(caller, referral, programme, h.risk());
        }
        if (h.decision() != null) {
            decideHistoric(referral, h, importer);
        }
        return referral;
    }

    private void consentImported(Referral referral, ConsentPurpose purpose, LocalDate on, String by, String importer) {
        ConsentRecord consent = new ConsentRecord(referral.id(), purpose, ConsentBasis.CONSENT, null, by == null ? "Not recorded" : by, on,
                null, null, importer + " (imported)", clock.instant());
        em.persist(consent);
        em.flush();
        audit.record("RECORD_CONSENT", TYPE, referral.id(), AuditOutcome.SUCCESS, purpose + " (imported), consent record " + consent.id());
    }

    private void decideHistoric(Referral referral, HistoricReferral h, String importer) {
        if (h.decidedOn().isBefore(h.referredOn())) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The decision (" + UkDates.date(h.decidedOn())
                    + ") cannot come before the referral (" + UkDates.date(h.referredOn()) + ").");
        }
        em.flush();
        Enrolment enrolment = enrolments.forReferral(referral.id());
        EnrolmentState from = enrolment.state();
        enrolment.assessed();
        EligibilityCheck check = new EligibilityCheck(referral.id(), EligibilityRules.check(facts(referral)),
                importer + " (at import)", clock.instant());
        em.persist(check);
        String decidedBy = h.decidedBy() + " (imported by " + importer + ")";
        String justification = blankToNull(h.justification());
        if (justification == null && EligibilityDecision.goesAgainst(h.decision(), check.outcome())) {
            justification = "Decided on " + UkDates.date(h.decidedOn()) + " by " + h.decidedBy() + ", before this service kept its records;"
                    + " the check was run at import over only what was imported.";
        }
        EligibilityDecision decision = new EligibilityDecision(referral.id(), h.decision(), h.decisionReason(), justification,
                check.outcome(), decidedBy, h.decidedOn().atTime(12, 0).atZone(UkDates.UK).toInstant());
        em.persist(decision);
        em.flush();
        if (h.decision() == DecisionKind.DEFER) {
            enrolment.moveTo(EnrolmentState.ASSESSED);
        } else {
            enrolment.decided(h.decision() == DecisionKind.ACCEPT);
        }
        audit.record(decision.isOverride() ? "OVERRIDE_ELIGIBILITY" : "DECIDE", TYPE, referral.id(), AuditOutcome.SUCCESS,
                h.decision() + " (imported) against check " + check.outcome());
        journal.moved(enrolment, from);
    }

    /**
     * A woman's referral of herself, from the public self-referral page (Freedom and Gateway only): received today, made
     * by no account, and her consent to it recorded as her own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral receiveSelfReferral(Participant participant, String programmeCode, String reason, ReferralAnswers answers) {
        Programme programme = programme(programmeCode);
        if (!programme.acceptsSelfReferral()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, programme.name() + " does not take self-referrals; only Freedom and Gateway do.");
        }
        Referral referral = open(participant, programme, null, null, null, AgencyType.SELF_REFERRAL, today(), reason, answers, List.of(), null);
        ConsentRecord consent = new ConsentRecord(referral.id(), ConsentPurpose.REFERRAL, ConsentBasis.CONSENT, null,
                "Herself, on the self-referral page", today(), null, null, "Self-referral page", clock.instant());
        em.persist(consent);
        em.flush();
        audit.record("RECORD_CONSENT", TYPE, referral.id(), AuditOutcome.SUCCESS, ConsentPurpose.REFERRAL + ", her own, consent record " + consent.id());
        return referral;
    }

    /** A referral opened, with its enrolment, once whoever made it has been checked: the one place a referral is born. */
    private Referral open(Participant participant, Programme programme, Long referrer, String agency, String contact, AgencyType agencyType,
                          LocalDate referredOn, String reason, ReferralAnswers answers, List<Long> family, Long createdBy) {
        long open = em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.participantId = :p AND e.programmeCode = :code"
                        + " AND e.state NOT IN :finished", Long.class)
                .setParameter("p", participant.id()).setParameter("code", programme.code()).setParameter("finished", FINISHED).getSingleResult();
        if (open > 0) {
            throw new DomainException(ProblemType.CONFLICT, "This person already has an open referral to " + programme.name() + ".");
        }
        Referral referral = new Referral(participant.id(), programme.code(), referrer, agency, contact, agencyType,
                referredOn, reason, answers, family, createdBy, clock.instant());
        em.persist(referral);
        em.flush();
        Enrolment enrolment = new Enrolment(referral.id(), participant.id(), programme.code());
        em.persist(enrolment);
        em.flush();
        audit.record("CREATE", TYPE, referral.id(), AuditOutcome.SUCCESS, programme.code() + " for " + participant.reference());
        journal.moved(enrolment, null);
        return referral;
    }

    /**
     * One page of the caller's referrals, newest first. Most lists are long and their first page lies among the last few
     * months' referrals: asked for those first, Derby reads the date index (V23) and stops at the page's end, where it
     * would otherwise sort every referral the caller may see. A list with less than a page in that time is asked again
     * in full; filtered by state, that reads the state index (V26). Counting the whole list costs as much as sorting it,
     * so it is done only when asked for.
     */
    @Transactional
    public Listing list(String programme, Set<EnrolmentState> states, int limit, int offset, boolean count) {
        Caller caller = currentCaller.require();
        ParticipantAccess.Scope scope = access.referralScope(caller);
        StringBuilder where = new StringBuilder(scope.condition());
        Map<String, Object> values = new HashMap<>();
        if (programme != null && !programme.isBlank()) {
            where.append(" AND r.programmeCode = :programme");
            values.put("programme", programme);
        }
        if (!states.isEmpty()) {
            where.append(" AND r.enrolmentState IN :states");
            values.put("states", states);
        }
        Map<String, Object> recent = new HashMap<>(values);
        recent.put("recent", today().minusDays(RECENT_DAYS));
        List<Long> ids = pageOfIds(scope, where + " AND r.referredOn >= :recent", recent, offset, limit + 1);
        if (ids.size() <= limit) {
            ids = pageOfIds(scope, where.toString(), values, offset, limit + 1);
        }
        boolean more = ids.size() > limit;
        List<Long> page = more ? ids.subList(0, limit) : ids;
        // Then those referrals with their people and enrolments: one statement joining all three sorted every referral first.
        Map<Long, ReferralSummary> found = page.isEmpty() ? Map.of() : em.createQuery("SELECT r, p, e FROM Referral r, Participant p, Enrolment e"
                        + " WHERE r.id IN :ids AND p.id = r.participantId AND e.referralId = r.id", Object[].class).setParameter("ids", page)
                .getResultStream().map(row -> summary((Referral) row[0], (Participant) row[1], (Enrolment) row[2]))
                .collect(Collectors.toMap(ReferralSummary::id, summary -> summary));
        List<ReferralSummary> list = page.stream().map(found::get).toList();
        Long total = null;
        if (count) {
            TypedQuery<Long> counting = scope.apply(em.createQuery("SELECT COUNT(r) FROM Referral r WHERE " + where, Long.class));
            values.forEach(counting::setParameter);
            total = counting.getSingleResult();
        }
        audit.record("LIST", TYPE, null, AuditOutcome.SUCCESS, list.size() + " referrals");
        return new Listing(list, more, total);
    }

    /** How far back the first, quick look for a page of referrals goes. */
    static final int RECENT_DAYS = 92;

    private List<Long> pageOfIds(ParticipantAccess.Scope scope, String where, Map<String, Object> values, int offset, int rows) {
        TypedQuery<Long> query = scope.apply(em.createQuery("SELECT r.id FROM Referral r WHERE " + where
                + " ORDER BY r.referredOn DESC, r.id DESC", Long.class));
        values.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(rows).getResultList();
    }

    /** One page of referrals, newest first; whether more follow; how many the whole list holds, when counted. */
    public record Listing(List<ReferralSummary> referrals, boolean more, Long total) {
    }

    @Transactional
    public ReferralView read(Long id) {
        Caller caller = currentCaller.require();
        Referral referral = visible(caller, id);
        audit.record("READ", TYPE, id, AuditOutcome.SUCCESS, null);
        return view(caller, referral);
    }

    @Transactional
    public ConsentView addConsent(Long referralId, NewConsent request) {
        Caller caller = currentCaller.require();
        Referral referral = visible(caller, referralId);
        ConsentBasis basis = request.basis() == null ? ConsentBasis.CONSENT : request.basis();
        String obtainedBy = blankToNull(request.obtainedBy()) == null ? staff.displayName(caller.accountId()) : request.obtainedBy().trim();
        LocalDate on = request.obtainedOn() == null ? today() : request.obtainedOn();
        if (on.isAfter(today())) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The date consent was obtained cannot be in the future.");
        }
        ConsentRecord consent = new ConsentRecord(referral.id(), request.purpose(), basis, request.agencies(), obtainedBy, on,
                request.reason(), request.decidedBy(), staff.displayName(caller.accountId()), clock.instant());
        em.persist(consent);
        em.flush();
        audit.record(basis == ConsentBasis.SAFEGUARDING ? "SHARE_WITHOUT_CONSENT" : "RECORD_CONSENT", TYPE, referral.id(),
                AuditOutcome.SUCCESS, request.purpose() + ", consent record " + consent.id());
        return consentView(consent);
    }

    @Transactional
    public ConsentView withdrawConsent(Long referralId, Long consentId, ConsentWithdrawal withdrawal) {
        Caller caller = currentCaller.require();
        Referral referral = visible(caller, referralId);
        ConsentRecord consent = em.find(ConsentRecord.class, consentId);
        if (consent == null || !consent.referralId().equals(referral.id())) {
            throw new DomainException(ProblemType.NOT_FOUND, "This referral has no consent record " + consentId + ".");
        }
        consent.withdraw(withdrawal.withdrawnOn() == null ? today() : withdrawal.withdrawnOn(), withdrawal.note());
        audit.record("WITHDRAW_CONSENT", TYPE, referral.id(), AuditOutcome.SUCCESS, consent.purpose() + ", consent record " + consentId);
        return consentView(consent);
    }

    @Transactional
    public RiskView addRisk(Long referralId, NewRisk request) {
        Caller caller = currentCaller.require();
        Referral referral = visible(caller, referralId);
        return riskView(assess(caller, referral, programme(referral.programmeCode()), request));
    }

    /** Runs the programme's rules over the referral as it stands; the referral becomes (or stays) assessed. */
    @Transactional
    public EligibilityCheckView check(Long referralId) {
        Caller caller = currentCaller.require();
        Referral referral = visible(caller, referralId);
        Enrolment enrolment = enrolments.forReferral(referral.id());
        EnrolmentState from = enrolment.state();
        enrolment.assessed();
        EligibilityCheck check = new EligibilityCheck(referral.id(), EligibilityRules.check(facts(referral)),
                staff.displayName(caller.accountId()), clock.instant());
        em.persist(check);
        em.flush();
        audit.record("CHECK_ELIGIBILITY", TYPE, referral.id(), AuditOutcome.SUCCESS, check.outcome() + " " + check.results());
        journal.moved(enrolment, from);
        return checkView(check);
    }

    /** The programme lead's decision against the latest check. Going against the check is audited as an override. */
    @Transactional
    public DecisionView decide(Long referralId, NewDecision request) {
        Caller caller = currentCaller.require();
        Referral referral = visible(caller, referralId);
        leads.requireLeadOf(caller, referral.programmeCode(), ProgrammeLeads.ONLY_A_LEAD);
        EligibilityCheck latest = latestCheck(referral.id());
        Enrolment enrolment = enrolments.forReferral(referral.id());
        if (latest == null || enrolment.state() != EnrolmentState.ASSESSED) {
            throw new DomainException(ProblemType.ILLEGAL_TRANSITION, latest == null
                    ? "Run the eligibility check before deciding."
                    : "This referral is " + enrolment.state().label().toLowerCase() + "; a decision is made once, on an assessed referral.",
                    enrolment.allowedNext().stream().map(Enum::name).toList());
        }
        EligibilityDecision decision = new EligibilityDecision(referral.id(), request.decision(), request.reason(),
                request.justification(), latest.outcome(), staff.displayName(caller.accountId()), clock.instant());
        em.persist(decision);
        em.flush();
        EnrolmentState from = enrolment.state();
        if (request.decision() == DecisionKind.DEFER) {
            enrolment.moveTo(EnrolmentState.ASSESSED);
        } else {
            enrolment.decided(request.decision() == DecisionKind.ACCEPT);
        }
        audit.record(decision.isOverride() ? "OVERRIDE_ELIGIBILITY" : "DECIDE", TYPE, referral.id(), AuditOutcome.SUCCESS,
                request.decision() + " against check " + latest.outcome() + (decision.isOverride() ? ", justification recorded in decision " + decision.id() : ""));
        journal.moved(enrolment, from);
        return decisionView(decision);
    }

    /**
     * A referral as the import's template holds it (docs/import.md): with its latest consent to the referral and to
     * partner contact, its latest risk assessment and its latest decision (each null when there is none).
     */
    public record Exported(Referral referral, ConsentRecord consent, ConsentRecord partnerContactConsent, RiskAssessment risk,
                           EligibilityDecision decision) {
    }

    /** One page of the referrals the caller may see, in the order they were made, after the referral {@code afterId}. */
    @Transactional
    public List<Exported> exportPage(long afterId, int size) {
        ParticipantAccess.Scope scope = access.referralScope(currentCaller.require());
        return scope.apply(em.createQuery("SELECT r FROM Referral r WHERE r.id > :after AND " + scope.condition() + " ORDER BY r.id",
                        Referral.class)).setParameter("after", afterId).setMaxResults(size).getResultStream()
                .map(r -> {
                    List<ConsentRecord> consents = consents(r.id());
                    return new Exported(r, latestGiven(consents, ConsentPurpose.REFERRAL), latestGiven(consents, ConsentPurpose.PARTNER_CONTACT),
                            latestRisk(r.id()), em.createQuery("SELECT d FROM EligibilityDecision d WHERE d.referralId = :r"
                                    + " ORDER BY d.decidedAt DESC, d.id DESC", EligibilityDecision.class).setParameter("r", r.id())
                                    .setMaxResults(1).getResultStream().findFirst().orElse(null));
                }).toList();
    }

    private static ConsentRecord latestGiven(List<ConsentRecord> consents, ConsentPurpose purpose) {
        return consents.stream().filter(c -> c.purpose() == purpose && c.basis() == ConsentBasis.CONSENT)
                .reduce((earlier, later) -> later).orElse(null);
    }

    /**
     * The referral written exactly as the service writes its references (R-000123) when the caller may see it, else
     * empty: an export brought in again names its referrals so.
     */
    public java.util.Optional<Long> visibleByReference(String reference) {
        return Referral.idFromReference(reference).filter(this::isVisible);
    }

    /** Whether the caller may see the referral (an import names referrals by references, never past this). */
    public boolean isVisible(Long id) {
        return seen(currentCaller.require(), id).isPresent();
    }

    /** The referral if the caller may see it, else 404. */
    public Referral visible(Caller caller, Long id) {
        return seen(caller, id).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no referral " + id + " that you may see."));
    }

    private java.util.Optional<Referral> seen(Caller caller, Long id) {
        ParticipantAccess.Scope scope = access.referralScope(caller);
        return scope.apply(em.createQuery("SELECT r FROM Referral r WHERE r.id = :id AND " + scope.condition(), Referral.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    EligibilityFacts facts(Referral referral) {
        Participant participant = em.find(Participant.class, referral.participantId());
        Programme programme = programme(referral.programmeCode());
        List<Child> children = em.createQuery("SELECT c FROM Child c WHERE c.participantId = :p", Child.class)
                .setParameter("p", participant.id()).getResultList();
        // Ages on the day of the check: it is who they are now that decides, whatever the referral date says.
        LocalDate on = today();
        List<ChildFact> childFacts = children.stream().map(c -> childFact(c, on)).toList();
        List<ChildFact> family = children.stream().filter(c -> referral.familyChildIds().contains(c.id())).map(c -> childFact(c, on)).toList();
        RiskAssessment risk = latestRisk(referral.id());
        List<ConsentRecord> consents = consents(referral.id());
        return new EligibilityFacts(programme.code(), programme.rules(), participant.gender(), participant.ageOn(on), childFacts,
                family, referral.answers(), risk == null ? null : risk.level(),
                consentState(consents, ConsentPurpose.REFERRAL), consentState(consents, ConsentPurpose.PARTNER_CONTACT),
                referral.agencyType());
    }

    private static ChildFact childFact(Child c, LocalDate on) {
        return new ChildFact(c.ageOn(on), c.livesWithParticipant(), c.regularContact(), c.socialCareStatus(), c.needsCreche());
    }

    private static ConsentState consentState(List<ConsentRecord> consents, ConsentPurpose purpose) {
        List<ConsentRecord> given = consents.stream().filter(c -> c.purpose() == purpose && c.basis() == ConsentBasis.CONSENT).toList();
        if (given.stream().anyMatch(ConsentRecord::isActive)) {
            return ConsentState.GIVEN;
        }
        return given.isEmpty() ? ConsentState.NONE : ConsentState.WITHDRAWN;
    }

    private RiskAssessment assess(Caller caller, Referral referral, Programme programme, NewRisk request) {
        RiskAssessment risk = new RiskAssessment(referral.id(), request.dashScore(),
                request.dashScore() == null ? null : programme.riskLevelFor(request.dashScore()), request.judgedLevel(),
                request.judgementReason(), Boolean.TRUE.equals(request.maracOpen()), request.lastMaracOn(),
                staff.displayName(caller.accountId()), clock.instant());
        em.persist(risk);
        em.flush();
        audit.record("ASSESS_RISK", TYPE, referral.id(), AuditOutcome.SUCCESS, "level " + risk.level()
                + (risk.judgedLevel() != null ? " (professional judgement)" : ""));
        return risk;
    }

    ReferralView view(Caller caller, Referral r) {
        Participant p = em.find(Participant.class, r.participantId());
        List<RiskView> history = em.createQuery("SELECT ra FROM RiskAssessment ra WHERE ra.referralId = :r ORDER BY ra.assessedAt DESC, ra.id DESC",
                RiskAssessment.class).setParameter("r", r.id()).getResultStream().map(Referrals::riskView).toList();
        EligibilityCheck latest = latestCheck(r.id());
        List<DecisionView> decisions = em.createQuery("SELECT d FROM EligibilityDecision d WHERE d.referralId = :r ORDER BY d.decidedAt, d.id",
                EligibilityDecision.class).setParameter("r", r.id()).getResultStream().map(Referrals::decisionView).toList();
        if (Access.restricted(caller)) {
            // A referrer follows progress; the lead's reasoning, risk judgements and withdrawal notes are case notes.
            history = history.stream().map(h -> new RiskView(h.dashScore(), h.scoreLevel(), h.judgedLevel(), null, h.level(),
                    h.maracOpen(), h.lastMaracOn(), h.assessedBy(), h.assessedAt())).toList();
            decisions = decisions.stream().map(d -> new DecisionView(d.id(), d.decision(), null, null, d.checkOutcome(), d.decidedBy(),
                    d.decidedAt())).toList();
        }
        EnrolmentView enrolment = enrolments.view(enrolments.forReferral(r.id()));
        if (Access.restricted(caller)) {
            enrolment = new EnrolmentView(enrolment.id(), enrolment.referralId(), enrolment.state(), enrolment.cohortId(),
                    enrolment.waitingPosition(), enrolment.offered(), enrolment.withdrawalReason(), null, enrolment.endedOn(), enrolment.allowedNext());
        }
        String referrer = r.referrerAccountId() != null ? staff.displayName(r.referrerAccountId())
                : r.agencyType() == AgencyType.SELF_REFERRAL ? "Self-referral" : r.externalContact() + " (" + r.externalAgency() + ")";
        return new ReferralView(r.id(), Participants.summary(p), r.programmeCode(), referrer, r.agencyType(), r.externalAgency(),
                r.externalContact(), r.referredOn(), r.reason(), r.answers(), r.familyChildIds(),
                history.isEmpty() ? null : history.get(0), history, consents(r.id()).stream().map(Referrals::consentView).toList(),
                latest == null ? null : checkView(latest), decisions, enrolment);
    }

    private ReferralSummary summary(Referral r) {
        return summary(r, em.find(Participant.class, r.participantId()), enrolments.forReferral(r.id()));
    }

    private static ReferralSummary summary(Referral r, Participant p, Enrolment e) {
        return new ReferralSummary(r.id(), e.id(), p.id(), p.reference(), p.fullName(), r.programmeCode(), r.referredOn(), e.state(), e.cohortId());
    }

    private EligibilityCheck latestCheck(Long referralId) {
        return em.createQuery("SELECT c FROM EligibilityCheck c WHERE c.referralId = :r ORDER BY c.checkedAt DESC, c.id DESC", EligibilityCheck.class)
                .setParameter("r", referralId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private RiskAssessment latestRisk(Long referralId) {
        return em.createQuery("SELECT ra FROM RiskAssessment ra WHERE ra.referralId = :r ORDER BY ra.assessedAt DESC, ra.id DESC", RiskAssessment.class)
                .setParameter("r", referralId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private List<ConsentRecord> consents(Long referralId) {
        return em.createQuery("SELECT c FROM ConsentRecord c WHERE c.referralId = :r ORDER BY c.obtainedOn, c.id", ConsentRecord.class)
                .setParameter("r", referralId).getResultList();
    }

    private Programme programme(String code) {
        return catalogue.require(code);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static RiskView riskView(RiskAssessment r) {
        return new RiskView(r.dashScore(), r.scoreLevel(), r.judgedLevel(), r.judgementReason(), r.level(), r.maracOpen(),
                r.lastMaracOn(), r.assessedBy(), r.assessedAt());
    }

    static ConsentView consentView(ConsentRecord c) {
        return new ConsentView(c.id(), c.purpose(), c.basis(), c.agencies(), c.obtainedBy(), c.obtainedOn(), c.reason(),
                c.decidedBy(), c.recordedBy(), c.withdrawnOn(), c.withdrawalNote(), c.isActive());
    }

    static EligibilityCheckView checkView(EligibilityCheck c) {
        return new EligibilityCheckView(c.id(), c.outcome(), c.results().stream()
                .map(r -> new RuleResultView(r.ruleId(), r.outcome(), r.explanation())).toList(), c.checkedAt(), c.checkedBy());
    }

    static DecisionView decisionView(EligibilityDecision d) {
        return new DecisionView(d.id(), d.decision(), d.reason(), d.justification(), d.checkOutcome(), d.decidedBy(), d.decidedAt());
    }
}
