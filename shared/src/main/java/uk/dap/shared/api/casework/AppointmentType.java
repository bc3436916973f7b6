package uk.dap.shared.api.casework;

/** The kinds of appointment a key worker books with a participant. */
public enum AppointmentType {
    ONE_TO_ONE("One-to-one session"),
    HOME_VISIT("Home visit");

    private final String label;

    AppointmentType(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
