package uk.dap.shared.api.attendance;

/**
 * Someone on today's roster as the kiosk may show them: first name and initial only ("Priya P."), their preferred
 * language as recorded (for the kiosk's text), and whether they have signed in.
 */
public record RosterPerson(Long enrolmentId, String displayName, String language, boolean signedIn) {
}
