package uk.dap.shared.api.participant;

/** How two linked participants are related. */
public enum Relationship {
    PARTNER("Partner"),
    EX_PARTNER("Ex-partner"),
    PARENT_AND_CHILD("Parent and child"),
    OTHER_FAMILY("Other family");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
