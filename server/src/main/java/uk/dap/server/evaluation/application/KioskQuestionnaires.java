package uk.dap.server.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.attendance.application.KioskScope;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.evaluation.domain.EvaluationPlan;
import uk.dap.server.evaluation.domain.EvaluationResponse;
import uk.dap.server.evaluation.domain.FollowUp;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.evaluation.KioskDue;
import uk.dap.shared.api.evaluation.KioskQuestionnaire;
import uk.dap.shared.api.evaluation.KioskResponse;
import uk.dap.shared.api.evaluation.ResponseAck;
import uk.dap.shared.api.evaluation.ResponseSource;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.evaluation.Questionnaires;
import uk.dap.shared.text.UkDates;

/**
 * What a kiosk may do with questionnaires, and nothing more: list what is due today for the people on an opened
 * session's roster at its own venue, fetch one such questionnaire in the person's language, and post answers for
 * people on that roster, each response stored once per kiosk-made id. Everything else is 403. The stage is worked out
 * from the session: the cohort's final session gives POST, any earlier one PRE.
 */
@ApplicationScoped
public class KioskQuestionnaires {
    /** As for sign-ins: a kiosk that was offline may deliver answers up to a week after the session. */

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    InstrumentCatalogue instruments;
    @Inject
    EvaluationPlans plans;
    @Inject
    Evaluations evaluations;
    @Inject
    AuditTrail audit;
    @Inject
    KioskScope scope;
    @Inject
    FamilyRespondents family;
    @Inject
    Clock clock;

    /** The questionnaires due today for each person on the roster who has not answered them yet (English titles). */
    @Transactional
    public List<KioskDue> due(Long sessionId) {
        Caller kiosk = currentCaller.require();
        CohortSession session = scope.requireToday(kiosk, sessionId, true, TODAY_OPENED);
        Stage stage = stageOf(session);
        List<KioskDue> due = new ArrayList<>();
        List<Enrolment> roster = scope.roster(session);
        Map<Long, List<Child>> families = family.children(roster);
        for (Enrolment e : roster) {
            List<Child> children = families.get(e.id());
            for (String code : plans.require(e.programmeCode()).instrumentsAt(stage)) {
                InstrumentDefinition instrument = instruments.require(code);
                String title = InstrumentDefinition.in(instrument.title(), "en");
                if (!instrument.forChildren()) {
                    if (evaluations.existing(e.id(), null, code, stage) == null) {
                        due.add(new KioskDue(e.id(), stage, code, title, null, null));
                    }
                    continue;
                }
                // Each child who came with her answers for themselves.
                for (Child child : children) {
                    if (evaluations.existing(e.id(), child.id(), code, stage) == null) {
                        due.add(new KioskDue(e.id(), stage, code, title, child.id(), family.name(child)));
                    }
                }
            }
        }
        return due;
    }

    /**
     * One due questionnaire for a person on today's roster (or, for a children's questionnaire, one of the children who
     * came with her), in her recorded language (English when there is none).
     */
    @Transactional
    public KioskQuestionnaire questionnaire(Long sessionId, Long enrolmentId, String instrumentCode, Long childId) {
        Caller kiosk = currentCaller.require();
        CohortSession session = scope.requireToday(kiosk, sessionId, true, TODAY_OPENED);
        Enrolment enrolment = onRoster(session, enrolmentId).orElseThrow(() -> new DomainException(ProblemType.FORBIDDEN,
                "This kiosk can only give questionnaires to people on this session's roster."));
        Stage stage = stageOf(session);
        InstrumentDefinition instrument = instruments.require(instrumentCode);
        if (!plans.require(enrolment.programmeCode()).gives(stage, instrument.code())) {
            throw new DomainException(ProblemType.FORBIDDEN, instrument.code() + " is not given at this session.");
        }
        family.require(enrolment, instrument, childId);
        if (evaluations.existing(enrolment.id(), childId, instrument.code(), stage) != null) {
            throw new DomainException(ProblemType.CONFLICT, "This questionnaire has already been answered.");
        }
        String language = InstrumentCatalogue.languageFor(em.find(Participant.class, enrolment.participantId()).preferredLanguage());
        return Questionnaires.forKiosk(instrument, enrolment.id(), childId, stage, language);
    }

    /** One response; a person not on the session's roster, or a session this kiosk may not use, is a 403. */
    @Transactional
    public ResponseAck store(KioskResponse response) {
        Caller kiosk = currentCaller.require();
        Map<String, Integer> answers = checked(response);
        CohortSession session = usableSession(kiosk, response.sessionId()).orElseThrow(() -> new DomainException(ProblemType.FORBIDDEN,
                "This kiosk can only take answers for sessions opened at its own venue."));
        ResponseAck ack = store(kiosk, session, response, answers);
        if (ack.outcome() == ResponseAck.Outcome.REJECTED && ack.reason().startsWith(NOT_ON_ROSTER)) {
            throw new DomainException(ProblemType.FORBIDDEN, "This kiosk can only take answers for people on this session's roster.");
        }
        audit.record("KIOSK_RESPONSE", "EvaluationResponse", ack.id(), AuditOutcome.SUCCESS, ack.outcome().name());
        return ack;
    }

    /**
     * A batch: every response is checked against its instrument first, and a malformed one refuses the whole batch
     * (400, nothing stored). A response for a session or person this kiosk may not use is acknowledged REJECTED, so
     * that one stale response never holds up the queue.
     */
    @Transactional
    public List<ResponseAck> store(List<KioskResponse> responses) {
        Caller kiosk = currentCaller.require();
        List<Map<String, Integer>> answers = responses.stream().map(this::checked).toList();
        Map<Long, Optional<CohortSession>> sessions = new HashMap<>();
        // Every session of the batch is locked first, in ascending order of id, as sign-in batches are (KioskAttendance):
        // two batches over the same sessions in opposite orders would otherwise each hold one and wait for the other's.
        for (Long sessionId : new TreeSet<>(responses.stream().map(KioskResponse::sessionId).filter(Objects::nonNull).toList())) {
            sessions.put(sessionId, usableSession(kiosk, sessionId));
        }
        List<ResponseAck> acks = new ArrayList<>();
        int stored = 0;
        for (int i = 0; i < responses.size(); i++) {
            KioskResponse response = responses.get(i);
            CohortSession session = sessions.computeIfAbsent(response.sessionId(), id -> usableSession(kiosk, id)).orElse(null);
            ResponseAck ack = session == null
                    ? new ResponseAck(response.id().toLowerCase(), ResponseAck.Outcome.REJECTED, "This kiosk cannot take answers for that session.")
                    : store(kiosk, session, response, answers.get(i));
            stored += ack.outcome() == ResponseAck.Outcome.STORED ? 1 : 0;
            acks.add(ack);
        }
        audit.record("KIOSK_RESPONSE", "EvaluationResponse", null, AuditOutcome.SUCCESS, responses.size() + " received, " + stored + " stored");
        return acks;
    }

    private static final String NOT_ON_ROSTER = "Not on this session's roster";
    private static final String TODAY_OPENED = "This kiosk can only use today's opened sessions at its own venue.";

    private Map<String, Integer> checked(KioskResponse response) {
        InstrumentDefinition instrument = instruments.requireVersion(response.instrument(), response.version());
        return instruments.answers(instrument, response.answers());
    }

    private ResponseAck store(Caller kiosk, CohortSession session, KioskResponse response, Map<String, Integer> answers) {
        String id = response.id().toLowerCase();
        EvaluationResponse same = em.find(EvaluationResponse.class, id);
        if (same != null) {
            return new ResponseAck(id, ResponseAck.Outcome.DUPLICATE, null);
        }
        Enrolment enrolment = response.enrolmentId() == null ? null : em.find(Enrolment.class, response.enrolmentId());
        if (enrolment == null || !scope.mayDeliverFor(enrolment.state(), enrolment.id(), enrolment.cohortId(), session.cohortId(), session.date())) {
            return new ResponseAck(id, ResponseAck.Outcome.REJECTED, NOT_ON_ROSTER + ".");
        }
        EvaluationPlan plan = plans.require(enrolment.programmeCode());
        if (!plan.gives(response.stage(), response.instrument())) {
            return new ResponseAck(id, ResponseAck.Outcome.REJECTED, "Not in the programme's plan at " + response.stage() + ".");
        }
        if (response.stage() == Stage.FOLLOW_UP && !FollowUp.due(enrolment.state(), enrolment.endedOn(), plan.followUpMonths(),
                LocalDate.ofInstant(response.answeredAt(), UkDates.UK))) {
            // The one rule, as for paper entry: the kiosk never offers a follow-up, so this is a kiosk out of step.
            return new ResponseAck(id, ResponseAck.Outcome.REJECTED, "The follow-up is not due.");
        }
        InstrumentDefinition instrument = instruments.requireVersion(response.instrument(), response.version());
        try {
            family.require(enrolment, instrument, response.childId());
        } catch (DomainException wrongRespondent) {
            return new ResponseAck(id, ResponseAck.Outcome.REJECTED, wrongRespondent.getMessage());
        }
        if (evaluations.existing(enrolment.id(), response.childId(), response.instrument(), response.stage()) != null) {
            return new ResponseAck(id, ResponseAck.Outcome.REJECTED, "Already answered at " + response.stage() + ".");
        }
        em.persist(EvaluationResponse.scored(id, enrolment.id(), enrolment.participantId(), enrolment.programmeCode(), instrument,
                response.stage(), ResponseSource.KIOSK, kiosk.kioskId(), session.id(), kiosk.username(), response.answeredAt(),
                clock.instant(), answers).answeredBy(response.childId()));
        em.flush();
        return new ResponseAck(id, ResponseAck.Outcome.STORED, null);
    }

    private Optional<Enrolment> onRoster(CohortSession session, Long enrolmentId) {
        Enrolment enrolment = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
        boolean on = enrolment != null && KioskScope.onRoster(enrolment.state(), enrolment.cohortId(), session.cohortId());
        return on ? Optional.of(enrolment) : Optional.empty();
    }

    /** The cohort's final scheduled session gives the post questionnaires; every earlier one the pre. */
    private Stage stageOf(CohortSession session) {
        Integer last = em.createQuery("SELECT MAX(s.number) FROM CohortSession s WHERE s.cohortId = :c AND s.status = :scheduled", Integer.class)
                .setParameter("c", session.cohortId()).setParameter("scheduled", SessionStatus.SCHEDULED).getSingleResult();
        return last != null && session.number() >= last ? Stage.POST : Stage.PRE;
    }

    /** Locked while its responses are written, so that a resend racing the original waits and then finds it. */
    private Optional<CohortSession> usableSession(Caller kiosk, Long sessionId) {
        CohortSession session = sessionId == null ? null : em.find(CohortSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        boolean usable = session != null && scope.mayDeliver(kiosk, session.venueId(), session.date(), session.isOpened());
        return usable ? Optional.of(session) : Optional.empty();
    }
}
