package uk.dap.shared.api.attendance;

/**
 * A participant's attendance at one session. PRESENT and LATE come from a sign-in (kiosk or staff); the others are
 * marked by the facilitator. Only ABSENT is unexplained: it counts towards the non-engagement alert.
 */
public enum AttendanceStatus {
    PRESENT("Present", true),
    LATE("Late", true),
    ATTENDED_PAPER("Attended (signed in on paper)", true),
    LEFT_EARLY("Left early", true),
    EXCUSED("Absent with notice", false),
    ABSENT("Absent", false);

    private final String label;
    private final boolean attended;

    AttendanceStatus(String label, boolean attended) {
        this.label = label;
        this.attended = attended;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }

    /** Whether it counts as attending for the attendance rate. */
    public boolean attended() {
        return attended;
    }
}
