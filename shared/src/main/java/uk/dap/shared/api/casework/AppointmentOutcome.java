package uk.dap.shared.api.casework;

/** How an appointment went. Only {@link #MISSED} counts towards the non-engagement alert. */
public enum AppointmentOutcome {
    KEPT("Kept"),
    MISSED("Missed"),
    /** Called off with notice beforehand: explained, so it breaks a run of misses like an excused absence. */
    CANCELLED("Cancelled with notice");

    private final String label;

    AppointmentOutcome(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
