package uk.dap.shared.api.referral;

/** Why someone left a programme before the end. */
public enum WithdrawalReason {
    MOVED_AWAY("Moved away"),
    DISENGAGED("Disengaged"),
    EXCLUDED("Excluded"),
    NEW_RISK("New risk"),
    IN_CUSTODY("In custody"),
    HEALTH("Health"),
    OTHER("Other");

    private final String label;

    WithdrawalReason(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
