package uk.dap.server.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.application.AnsweredQuestionnaires;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.evaluation.domain.EvaluationPlan;
import uk.dap.server.evaluation.domain.EvaluationResponse;
import uk.dap.server.evaluation.domain.FollowUp;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.domain.Programme;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.evaluation.EvaluationSummary;
import uk.dap.shared.api.evaluation.FollowUpDue;
import uk.dap.shared.api.evaluation.ItemAnswer;
import uk.dap.shared.api.evaluation.PaperResponse;
import uk.dap.shared.api.evaluation.ResponseSource;
import uk.dap.shared.api.evaluation.ResponseView;
import uk.dap.shared.api.evaluation.ScoreChange;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.evaluation.Score;
import uk.dap.shared.evaluation.Scorer;
import uk.dap.shared.text.UkDates;

/**
 * Staff's side of evaluations: entering a questionnaire answered on paper, a participant's scores with the pre/post
 * change, the follow-ups that are due, and {@link #answered} for other capabilities (Caring Dads' completion rule).
 * Every person-level read and change goes through {@link ParticipantAccess} and is audited.
 */
@ApplicationScoped
public class Evaluations implements AnsweredQuestionnaires {
    /** Enrolments whose people are followed up ({@link FollowUp}): those who completed. */
    private static final List<EnrolmentState> FOLLOWED = List.of(EnrolmentState.COMPLETED);

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ParticipantAccess access;
    @Inject
    InstrumentCatalogue instruments;
    @Inject
    EvaluationPlans plans;
    @Inject
    FamilyRespondents family;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** Whether the enrolment has a response (from the kiosk or on paper) at the stage, for any instrument. */
    @Transactional
    @Override
    public boolean answered(Long enrolmentId, Stage stage) {
        // The participant's own: a child's answers are not the participant's questionnaire (Caring Dads' completion rule).
        return em.createQuery("SELECT COUNT(r) FROM EvaluationResponse r WHERE r.enrolmentId = :e AND r.stage = :s AND r.childId IS NULL", Long.class)
                .setParameter("e", enrolmentId).setParameter("s", stage).getSingleResult() > 0;
    }

    /**
     * Stores a questionnaire answered on paper, marked PAPER with who typed it in. The caller must be able to see the
     * person (a facilitator of their group, their key worker, a lead of the programme); the instrument must be in the
     * programme's plan at that stage; one response per enrolment, instrument and stage.
     */
    @Transactional
    public ResponseView enterPaper(PaperResponse paper) {
        return view(storePaper(paper, null, false), true);
    }

    /**
     * A questionnaire from a service's history (docs/import.md), stored as {@link #enterPaper} stores one, or, where
     * only its total score was kept ({@code total} not null, no answers), with that score. One already stored for the
     * person, instrument and stage is left as it is (false). Part of the import's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean importResponse(PaperResponse paper, Double total) {
        return storePaper(paper, total, true) != null;
    }

    /** The response stored; null when {@code keepExisting} and there is one already. */
    private EvaluationResponse storePaper(PaperResponse paper, Double total, boolean keepExisting) {
        Caller caller = currentCaller.require();
        Enrolment enrolment = paper.enrolmentId() == null ? null : em.find(Enrolment.class, paper.enrolmentId());
        if (enrolment == null || !access.maySee(caller, enrolment.participantId())) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no enrolment " + paper.enrolmentId() + " that you can see.");
        }
        if (enrolment.cohortId() == null) {
            throw new DomainException(ProblemType.CONFLICT, "This person has not been placed in a group yet: there is nothing to evaluate.");
        }
        InstrumentDefinition instrument = instruments.require(paper.instrument());
        EvaluationPlan plan = plans.require(enrolment.programmeCode());
        if (!plan.gives(paper.stage(), instrument.code())) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, programmeName(enrolment.programmeCode()) + " does not give "
                    + instrument.code() + " at " + paper.stage() + ". Its plan gives: " + plan.instrumentsAt(paper.stage()) + ".");
        }
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        if (paper.answeredOn().isAfter(today)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The date answered cannot be in the future.");
        }
        if (paper.stage() == Stage.FOLLOW_UP) {
            requireFollowUpDue(enrolment, plan, paper.answeredOn());
        }
        family.require(enrolment, instrument, paper.childId());
        Map<String, Integer> answers = instruments.answers(instrument, paper.answers());
        if (total != null) {
            instruments.requirePossibleTotal(instrument, total);
        }
        if (existing(enrolment.id(), paper.childId(), instrument.code(), paper.stage()) != null) {
            if (keepExisting) {
                return null;
            }
            throw new DomainException(ProblemType.CONFLICT, "There is already a " + instrument.code() + " response at "
                    + paper.stage() + " for this " + (paper.childId() == null ? "enrolment." : "child."));
        }
        String id = UUID.randomUUID().toString();
        Instant answeredAt = paper.answeredOn().atTime(12, 0).atZone(UkDates.UK).toInstant();
        EvaluationResponse response = (total == null
                ? EvaluationResponse.scored(id, enrolment.id(), enrolment.participantId(), enrolment.programmeCode(), instrument,
                        paper.stage(), ResponseSource.PAPER, null, null, caller.username(), answeredAt, clock.instant(), answers)
                : EvaluationResponse.totalOnly(id, enrolment.id(), enrolment.participantId(), enrolment.programmeCode(), instrument,
                        paper.stage(), caller.username(), answeredAt, clock.instant(), total)).answeredBy(paper.childId());
        em.persist(response);
        em.flush();
        audit.record("ENTER_PAPER_RESPONSE", "EvaluationResponse", response.id(), AuditOutcome.SUCCESS,
                "enrolment " + enrolment.id() + (paper.childId() == null ? "" : ", child " + paper.childId()) + ", "
                + instrument.code() + " v" + instrument.version() + " " + paper.stage() + (total == null ? "" : ", total score only"));
        return response;
    }

    /** A follow-up answer is refused unless the enrolment is followed up and it is dated on or after the day it fell due. */
    private static void requireFollowUpDue(Enrolment enrolment, EvaluationPlan plan, LocalDate answeredOn) {
        LocalDate due = FollowUp.dueOn(enrolment.state(), enrolment.endedOn(), plan.followUpMonths());
        if (due == null) {
            throw new DomainException(ProblemType.FOLLOW_UP_NOT_DUE, "A follow-up is for someone who completed the programme, "
                    + plan.followUpMonths() + " months after they completed; this person's enrolment is " + enrolment.state().label().toLowerCase()
                    + ". Record the answers at PRE or POST instead, or confirm completion first.");
        }
        if (answeredOn.isBefore(due)) {
            throw new DomainException(ProblemType.FOLLOW_UP_NOT_DUE, "The follow-up is due from " + UkDates.date(due) + " ("
                    + plan.followUpMonths() + " months after completion on " + UkDates.date(enrolment.endedOn()) + "); answers dated "
                    + UkDates.date(answeredOn) + " are too early to count as a follow-up.");
        }
    }

    /** The response of this respondent (the participant when {@code childId} is null) at the stage, if there is one. */
    EvaluationResponse existing(Long enrolmentId, Long childId, String instrument, Stage stage) {
        TypedQuery<EvaluationResponse> query = em.createQuery("SELECT r FROM EvaluationResponse r WHERE r.enrolmentId = :e"
                        + " AND r.instrumentCode = :i AND r.stage = :s AND " + (childId == null ? "r.childId IS NULL" : "r.childId = :c"),
                EvaluationResponse.class).setParameter("e", enrolmentId).setParameter("i", instrument).setParameter("s", stage);
        if (childId != null) {
            query.setParameter("c", childId);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    /**
     * A participant's responses in the enrolments the caller may see (a referrer: their own referrals; a key
     * worker: the caseload; a lead: their programmes), with the pre/post change. Referrers get scores, not answers.
     */
    @Transactional
    public EvaluationSummary summary(Long participantId) {
        Caller caller = currentCaller.require();
        Participant participant = access.find(caller, participantId).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                "There is no person " + Participant.reference(participantId) + " that you can see."));
        ParticipantAccess.Scope referrals = access.referralScope(caller);
        List<EvaluationResponse> responses = referrals.apply(em.createQuery("SELECT resp FROM EvaluationResponse resp, Enrolment e, Referral r"
                        + " WHERE resp.participantId = :p AND e.id = resp.enrolmentId AND r.id = e.referralId AND " + referrals.condition()
                        + " ORDER BY resp.answeredAt", EvaluationResponse.class))
                .setParameter("p", participant.id()).getResultList();
        boolean answers = permissions.may(caller, Permission.SEE_ANSWERS);
        List<ResponseView> views = responses.stream().map(r -> view(r, answers)).toList();
        audit.record("READ_EVALUATION", "Participant", participant.id(), AuditOutcome.SUCCESS, responses.size() + " responses");
        return new EvaluationSummary(participant.id(), views, changes(responses));
    }

    /**
     * One enrolment's scores before, after and at follow-up per instrument, for the progress page (audited there): the
     * participant's own only. The progress page and its PDF go to meetings about the participant, and a child's scores
     * are the child's, not a measure of the parent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ScoreChange> changesFor(Long enrolmentId) {
        return changes(em.createQuery("SELECT r FROM EvaluationResponse r WHERE r.enrolmentId = :e AND r.childId IS NULL ORDER BY r.answeredAt",
                        EvaluationResponse.class)
                .setParameter("e", enrolmentId).getResultList());
    }

    /**
     * Pairs each respondent's PRE and POST response per instrument in each enrolment (a child's with that child's own);
     * the change is POST minus PRE when both have a score.
     */
    List<ScoreChange> changes(List<EvaluationResponse> responses) {
        Map<String, EvaluationResponse[]> pairs = new LinkedHashMap<>();
        for (EvaluationResponse r : responses) {
            EvaluationResponse[] slot = pairs.computeIfAbsent(r.enrolmentId() + " " + r.childId() + " " + r.instrumentCode(),
                    k -> new EvaluationResponse[3]);
            slot[r.stage().ordinal()] = r;
        }
        List<ScoreChange> changes = new ArrayList<>();
        pairs.values().forEach(slot -> {
            EvaluationResponse any = slot[0] != null ? slot[0] : slot[1] != null ? slot[1] : slot[2];
            Double pre = slot[0] == null ? null : slot[0].score();
            Double post = slot[1] == null ? null : slot[1].score();
            Double followUp = slot[2] == null ? null : slot[2].score();
            Double change = pre == null || post == null ? null : Math.round((post - pre) * 100) / 100.0;
            changes.add(new ScoreChange(any.enrolmentId(), any.programmeCode(), any.instrumentCode(),
                    InstrumentDefinition.in(instruments.require(any.instrumentCode()).title(), "en"), pre, post, change, followUp,
                    any.childId(), family.name(any.childId())));
        });
        return changes;
    }

    /**
     * People whose follow-up is to be chased ({@link FollowUp#toChase}: completed at least the programme's follow-up
     * months ago, and due for no more than six months), still missing a follow-up instrument of the plan. Key workers
     * see their caseload, leads their programmes; soonest due first.
     */
    @Transactional
    public FollowUpsDue followUpsDue(int limit, int offset) {
        Caller caller = currentCaller.require();
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        ParticipantAccess.Scope scope = access.peoplesEnrolmentScope(caller);
        // The people whose follow-up is to be chased, then the follow-up instruments they answered, a statement per
        // thousand of them, never one per person. (Asked with the people's own conditions as a subquery, Derby joined
        // every follow-up response to them one by one: minutes at ten years.)
        // Narrowed first to the days of completion that the plans can make due now (an index, V27), then decided exactly.
        String followed = " FROM Enrolment e WHERE e.state IN :followed AND e.endedOn BETWEEN :from AND :until AND " + scope.condition();
        IntSummaryStatistics months = plans.all().stream().mapToInt(EvaluationPlan::followUpMonths).summaryStatistics();
        if (months.getCount() == 0) {
            return new FollowUpsDue(List.of(), 0);
        }
        LocalDate[] window = FollowUp.chasedFromUntil(today, months.getMin(), months.getMax());
        Map<String, EvaluationPlan> planOf = new LinkedHashMap<>();
        // Columns, not entities: thousands of managed enrolments would each be checked for changes at commit.
        record Completed(Long id, Long participantId, Long referralId, String programmeCode, EnrolmentState state, LocalDate endedOn) {
        }
        List<Completed> toChase = scope.apply(em.createQuery("SELECT e.id, e.participantId, e.referralId, e.programmeCode, e.state, e.endedOn"
                        + followed, Object[].class))
                .setParameter("followed", FOLLOWED).setParameter("from", window[0]).setParameter("until", window[1])
                .getResultStream().map(r -> new Completed((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (EnrolmentState) r[4], (LocalDate) r[5]))
                .filter(e -> FollowUp.toChase(e.state(), e.endedOn(), planOf.computeIfAbsent(e.programmeCode(), plans::require).followUpMonths(), today))
                .toList();
        Map<Long, Set<String>> answeredBy = answeredAtFollowUp(toChase.stream().map(Completed::id).collect(Collectors.toSet()),
                window[0].atStartOfDay(UkDates.UK).toInstant());
        // The families only of those whose plan asks the children at follow-up, a thousand at a time.
        List<Long> askingChildren = toChase.stream().filter(e -> planOf.get(e.programmeCode())
                .instrumentsAt(Stage.FOLLOW_UP).stream().anyMatch(i -> instruments.require(i).forChildren())).map(Completed::referralId).distinct().toList();
        // Their ids alone: reading each child's record cost the list a fifth of its time (issue 19).
        Map<Long, List<Long>> familyOf = new HashMap<>();
        for (int from = 0; from < askingChildren.size(); from += 1000) {
            familyOf.putAll(family.childIdsOfReferrals(askingChildren.subList(from, Math.min(askingChildren.size(), from + 1000))));
        }
        record Missing(Completed enrolment, LocalDate dueOn, List<String> instruments) {
        }
        List<Missing> due = new ArrayList<>();
        for (Completed e : toChase) {
            EvaluationPlan plan = planOf.get(e.programmeCode());
            Set<String> answered = answeredBy.getOrDefault(e.id(), Set.of());
            // A children's questionnaire is missing while any child of the family has not answered it (none without children).
            List<Long> children = familyOf.getOrDefault(e.referralId(), List.of());
            List<String> missing = plan.instrumentsAt(Stage.FOLLOW_UP).stream().filter(i -> instruments.require(i).forChildren()
                    ? children.stream().anyMatch(c -> !answered.contains(respondentKey(i, c)))
                    : !answered.contains(respondentKey(i, null))).toList();
            if (!missing.isEmpty()) {
                due.add(new Missing(e, FollowUp.dueOn(e.state(), e.endedOn(), plan.followUpMonths()), missing));
            }
        }
        due.sort(Comparator.comparing(Missing::dueOn).thenComparing(m -> m.enrolment().id()));
        List<Missing> page = due.subList(Math.min(offset, due.size()), Math.min(offset + limit, due.size()));
        // Names are read for the page alone: at ten years thousands are due, and a hundred are shown.
        Map<Long, Participant> person = new HashMap<>();
        if (!page.isEmpty()) {
            em.createQuery("SELECT p FROM Participant p WHERE p.id IN :ids", Participant.class)
                    .setParameter("ids", page.stream().map(m -> m.enrolment().participantId()).distinct().toList())
                    .getResultList().forEach(p -> person.put(p.id(), p));
        }
        Map<String, String> programmeNames = new HashMap<>();
        List<FollowUpDue> shown = page.stream().map(m -> {
            Completed e = m.enrolment();
            Participant p = person.get(e.participantId());
            return new FollowUpDue(e.id(), p.id(), p.reference(), p.fullName(), e.programmeCode(),
                    programmeNames.computeIfAbsent(e.programmeCode(), this::programmeName), e.endedOn(), m.dueOn(), m.instruments());
        }).toList();
        audit.record("LIST_FOLLOW_UPS", "Enrolment", null, AuditOutcome.SUCCESS,
                due.size() + " due, " + shown.size() + " shown: enrolments " + shown.stream().map(d -> d.enrolmentId().toString()).toList());
        return new FollowUpsDue(shown, due.size());
    }

    /**
     * The follow-up questionnaires each of these enrolments' people answered, from the follow-up answers given since
     * {@code since}, the earliest day any of them completed: a follow-up is answered after completion (on or after the
     * day it falls due), so none of theirs is older. One range of an index (V32), instead of a statement per thousand
     * enrolments probing another (issue 19).
     */
    private Map<Long, Set<String>> answeredAtFollowUp(Set<Long> ids, java.time.Instant since) {
        Map<Long, Set<String>> answeredBy = new HashMap<>();
        em.createQuery("SELECT r.enrolmentId, r.instrumentCode, r.childId FROM EvaluationResponse r WHERE r.stage = :stage AND r.answeredAt >= :since",
                        Object[].class).setParameter("stage", Stage.FOLLOW_UP).setParameter("since", since).getResultStream()
                .filter(row -> ids.contains((Long) row[0]))
                .forEach(row -> answeredBy.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add(respondentKey((String) row[1], (Long) row[2])));
        return answeredBy;
    }

    /**
     * The questionnaires answered in the enrolments the caller may see (as {@link #summary} scopes them, by referral),
     * every response of {@code size} enrolments at a time after the enrolment {@code afterId}; the answers only to a
     * caller who may see answers (others get the scores, as on the person's record).
     */
    @Transactional
    public List<ExportedResponse> exportPage(long afterId, int size) {
        Caller caller = currentCaller.require();
        ParticipantAccess.Scope referrals = access.referralScope(caller);
        List<Long> enrolments = referrals.apply(em.createQuery("SELECT e.id FROM Enrolment e, Referral r WHERE e.id > :after"
                        + " AND r.id = e.referralId AND " + referrals.condition()
                        + " AND EXISTS (SELECT resp FROM EvaluationResponse resp WHERE resp.enrolmentId = e.id) ORDER BY e.id", Long.class))
                .setParameter("after", afterId).setMaxResults(size).getResultList();
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> referralOf = new HashMap<>();
        em.createQuery("SELECT e.id, e.referralId FROM Enrolment e WHERE e.id IN :ids", Object[].class).setParameter("ids", enrolments)
                .getResultStream().forEach(r -> referralOf.put((Long) r[0], (Long) r[1]));
        boolean answers = permissions.may(caller, Permission.SEE_ANSWERS);
        return em.createQuery("SELECT resp FROM EvaluationResponse resp WHERE resp.enrolmentId IN :ids ORDER BY resp.enrolmentId, resp.answeredAt, resp.id",
                        EvaluationResponse.class).setParameter("ids", enrolments).getResultStream()
                .map(r -> {
                    InstrumentDefinition instrument = instruments.version(r.instrumentCode(), r.instrumentVersion());
                    Map<String, Integer> stored = r.answerMap();
                    boolean totalOnly = stored.values().stream().allMatch(java.util.Objects::isNull);
                    List<Integer> items = answers && !totalOnly ? instrument.items().stream().map(i -> stored.get(i.id())).toList() : null;
                    return new ExportedResponse(r.enrolmentId(), referralOf.get(r.enrolmentId()), r.instrumentCode(), r.stage(),
                            LocalDate.ofInstant(r.answeredAt(), UkDates.UK), r.childId(), items, items == null ? r.score() : null);
                }).toList();
    }

    /** A response as an export writes it: the answers in item order (a skipped one null), or the total alone. */
    public record ExportedResponse(Long enrolmentId, Long referralId, String instrumentCode, Stage stage, LocalDate answeredOn, Long childId,
                                   List<Integer> answers, Double total) {
    }

    /** One page of the follow-ups due, soonest first, and how many are due in all. */
    public record FollowUpsDue(List<FollowUpDue> page, long total) {
    }

    private static String respondentKey(String instrument, Long childId) {
        return childId == null ? instrument : instrument + "/" + childId;
    }

    private String programmeName(String code) {
        Programme programme = em.find(Programme.class, code);
        return programme == null ? code : programme.name();
    }

    /** A response as staff see it, scored again from its own definition version (for the subscales). */
    ResponseView view(EvaluationResponse r, boolean withAnswers) {
        InstrumentDefinition instrument = instruments.version(r.instrumentCode(), r.instrumentVersion());
        Map<String, Integer> stored = r.answerMap();
        Score score = Scorer.score(instrument, stored);
        List<ItemAnswer> answers = withAnswers
                ? instrument.items().stream().map(i -> new ItemAnswer(i.id(), stored.get(i.id()))).toList() : null;
        return new ResponseView(r.id(), r.enrolmentId(), r.programmeCode(), r.instrumentCode(), r.instrumentVersion(),
                InstrumentDefinition.in(instrument.title(), "en"), r.stage(), r.source(), r.enteredBy(), r.answeredAt(), r.score(),
                r.answeredItems(), instrument.items().size(), score.prorated(), score.subscales(), answers, r.childId(), family.name(r.childId()));
    }
}
