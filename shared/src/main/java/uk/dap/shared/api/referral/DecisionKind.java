package uk.dap.shared.api.referral;

/** A programme lead's decision on a referral. */
public enum DecisionKind {
    ACCEPT("Accept"),
    DECLINE("Decline"),
    DEFER("Defer");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
