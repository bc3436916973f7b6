package uk.dap.shared.api.referral;

/** Who referred the person. */
public enum AgencyType {
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    ADULT_SOCIAL_CARE("Adult social care"),
    PROBATION("Probation"),
    POLICE("Police"),
    HEALTH("Health"),
    IDVA_SERVICE("IDVA service"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    SELF_REFERRAL("Self-referral");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
