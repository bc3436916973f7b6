package uk.dap.server.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dap.shared.api.evaluation.ResponseSource;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.evaluation.Score;
import uk.dap.shared.evaluation.Scorer;

/**
 * One questionnaire answered by one person (the participant, or one of the children they came to a family programme
 * with) in one enrolment at one stage, with an answer (or a skip) for every item
 * and the score the definition gives. Never changed once stored: a response is evidence of what was answered.
 */
@Entity
@Table(name = "evaluation_response")
public class EvaluationResponse {
    @Id
    private String id;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    @Column(name = "participant_id")
    private Long participantId;
    @Column(name = "child_id")
    private Long childId;
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "instrument_code")
    private String instrumentCode;
    @Column(name = "instrument_version")
    private int instrumentVersion;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    @Enumerated(EnumType.STRING)
    private ResponseSource source;
    @Column(name = "kiosk_id")
    private Long kioskId;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "entered_by")
    private String enteredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    private Double score;
    @Column(name = "answered_items")
    private int answeredItems;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected EvaluationResponse() {
        // for JPA
    }

    /**
     * A response scored by its instrument's definition. {@code answers} must already be checked against it; every
     * item of the instrument is stored, skipped ones with no value.
     */
    public static EvaluationResponse scored(String id, Long enrolmentId, Long participantId, String programmeCode, InstrumentDefinition instrument,
                                            Stage stage, ResponseSource source, Long kioskId, Long sessionId, String enteredBy,
                                            Instant answeredAt, Instant receivedAt, Map<String, Integer> given) {
        EvaluationResponse r = new EvaluationResponse();
        r.id = id;
        r.enrolmentId = enrolmentId;
        r.participantId = participantId;
        r.programmeCode = programmeCode;
        r.instrumentCode = instrument.code();
        r.instrumentVersion = instrument.version();
        r.stage = stage;
        r.source = source;
        r.kioskId = kioskId;
        r.sessionId = sessionId;
        r.enteredBy = enteredBy;
        r.answeredAt = answeredAt;
        r.receivedAt = receivedAt;
        for (InstrumentDefinition.Item item : instrument.items()) {
            r.answers.add(new Answer(item.id(), given.get(item.id())));
        }
        Score score = Scorer.score(instrument, given);
        r.score = score.total();
        r.answeredItems = score.answered();
        return r;
    }

    /**
     * A response from a service's history of which only the total score was kept (docs/import.md): no item's answer,
     * and the score as recorded then.
     */
    public static EvaluationResponse totalOnly(String id, Long enrolmentId, Long participantId, String programmeCode, InstrumentDefinition instrument,
                                               Stage stage, String enteredBy, Instant answeredAt, Instant receivedAt, double total) {
        EvaluationResponse r = scored(id, enrolmentId, participantId, programmeCode, instrument, stage, ResponseSource.PAPER, null, null,
                enteredBy, answeredAt, receivedAt, Map.of());
        r.score = total;
        return r;
    }

    /** The same response, answered by one of the children the participant came with (a family programme). */
    public EvaluationResponse answeredBy(Long childId) {
        this.childId = childId;
        return this;
    }

    /** The child who answered; null when the participant did. */
    public Long childId() {
        return childId;
    }

    /** The answers by item, in the instrument's order; null for a skipped item. */
    public Map<String, Integer> answerMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        answers.forEach(a -> map.put(a.itemId(), a.value()));
        return map;
    }

    public String id() {
        return id;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public Long participantId() {
        return participantId;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public int instrumentVersion() {
        return instrumentVersion;
    }

    public Stage stage() {
        return stage;
    }

    public ResponseSource source() {
        return source;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Double score() {
        return score;
    }

    public int answeredItems() {
        return answeredItems;
    }
}
