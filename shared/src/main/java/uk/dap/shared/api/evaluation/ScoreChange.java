package uk.dap.shared.api.evaluation;

/**
 * One person's scores on one instrument in one enrolment: before, after, the change (after minus before), follow-up.
 * {@code childId} and {@code respondent} (first name and initial) name the child whose scores these are; both are
 * absent for the participant's own.
 */
public record ScoreChange(Long enrolmentId, String programme, String instrument, String title, Double pre, Double post, Double change,
                          Double followUp, Long childId, String respondent) {
}
