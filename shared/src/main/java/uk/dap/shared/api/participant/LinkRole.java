package uk.dap.shared.api.participant;

/** Each side's role in a link between two participants. */
public enum LinkRole {
    VICTIM("Victim"),
    PERPETRATOR("Perpetrator"),
    BOTH("Both"),
    UNKNOWN("Unknown");

    private final String label;

    LinkRole(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
