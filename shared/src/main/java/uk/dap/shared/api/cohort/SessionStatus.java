package uk.dap.shared.api.cohort;

/** Whether a weekly session takes place. */
public enum SessionStatus {
    SCHEDULED("Scheduled"),
    CANCELLED("Cancelled");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
