package uk.dap.shared.api.evaluation;

/** One person's scores on one instrument in one enrolment: before, after, the change (after minus before), follow-up. */
public record ScoreChange(Long enrolmentId, String programme, String instrument, String title, Double pre, Double post, Double change,
                          Double followUp) {
}
