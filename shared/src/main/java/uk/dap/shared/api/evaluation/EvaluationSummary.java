package uk.dap.shared.api.evaluation;

import java.util.List;

/** A participant's questionnaire responses the caller may see, and the pre/post change per enrolment and instrument. */
public record EvaluationSummary(Long participantId, List<ResponseView> responses, List<ScoreChange> changes) {
}
