package uk.dap.shared.api.referral;

/** Why information may be used: the person's consent, or safeguarding without consent. */
public enum ConsentBasis {
    CONSENT("Consent given"),
    SAFEGUARDING("Safeguarding, without consent");

    private final String label;

    ConsentBasis(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
