package uk.dap.shared.api.referral;

/** One rule's result in an eligibility check. */
public enum RuleOutcome {
    PASS("Pass"),
    FAIL("Fail"),
    UNKNOWN("Unknown");

    private final String label;

    RuleOutcome(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
