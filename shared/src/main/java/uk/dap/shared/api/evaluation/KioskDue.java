package uk.dap.shared.api.evaluation;

/** A questionnaire due today for someone on the kiosk's roster (shown to the facilitator, in English). */
public record KioskDue(Long enrolmentId, Stage stage, String instrument, String title) {
}
