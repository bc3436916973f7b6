package uk.dap.shared.api.participant;

/** A child's status with children's social care. NONE means no open case (or a closed one). */
public enum SocialCareStatus {
    NONE("None (no open case)"),
    EARLY_HELP("Early help"),
    CHILD_IN_NEED("Child in need"),
    CHILD_PROTECTION_PLAN("Child protection plan"),
    LOOKED_AFTER("Looked after");

    private final String label;

    SocialCareStatus(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
