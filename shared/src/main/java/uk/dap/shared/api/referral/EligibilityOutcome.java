package uk.dap.shared.api.referral;

/** What an eligibility check concluded. */
public enum EligibilityOutcome {
    ELIGIBLE("Eligible"),
    INELIGIBLE("Ineligible"),
    NEEDS_INFORMATION("Needs information");

    private final String label;

    EligibilityOutcome(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
