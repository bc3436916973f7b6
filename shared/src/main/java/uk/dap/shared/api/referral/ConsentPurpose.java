package uk.dap.shared.api.referral;

/** What a consent record is about. */
public enum ConsentPurpose {
    REFERRAL("Referral to the programme"),
    INFORMATION_SHARING("Sharing information with named agencies"),
    PARTNER_CONTACT("Partner contact");

    private final String label;

    ConsentPurpose(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
