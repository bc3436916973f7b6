package uk.dap.shared.api.referral;

/** Risk level by the DASH bands (up to 9 standard, 10-13 medium, 14 and over high, configurable per programme). */
public enum RiskLevel {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
