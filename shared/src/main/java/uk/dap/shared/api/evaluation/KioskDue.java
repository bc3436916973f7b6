package uk.dap.shared.api.evaluation;

/**
 * A questionnaire due today for someone on the kiosk's roster (shown to the facilitator, in English); {@code childId}
 * and {@code respondent} (first name and initial) name the child who answers a children's questionnaire.
 */
public record KioskDue(Long enrolmentId, Stage stage, String instrument, String title, Long childId, String respondent) {
}
