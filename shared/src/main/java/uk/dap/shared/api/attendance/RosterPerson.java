package uk.dap.shared.api.attendance;

/**
 * Someone on today's roster as the kiosk may show them: first name and initial only ("Priya P."), their preferred
 * language as recorded (for the kiosk's text), and whether they have signed in. In a family programme (DART) each
 * child who came with their mother is on the roster too, straight after her: {@code childId} says which child, with
 * the mother's {@code enrolmentId}; it is null for the mother (or anyone enrolled).
 */
public record RosterPerson(Long enrolmentId, String displayName, String language, boolean signedIn, Long childId) {

    /** One key per person on the roster: the enrolment, and the child when it is a child. */
    public String key() {
        return childId == null ? enrolmentId.toString() : enrolmentId + "/" + childId;
    }
}
