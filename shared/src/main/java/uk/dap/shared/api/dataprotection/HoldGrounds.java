package uk.dap.shared.api.dataprotection;

/** Why a person's records must be kept whatever the retention schedule says. */
public enum HoldGrounds {
    COURT_PROCEEDINGS("Court proceedings"),
    SERIOUS_CASE_REVIEW("Serious case review or safeguarding practice review"),
    CHILD_PROTECTION_PLAN("An open child protection plan"),
    OTHER("Other (the reason says what)");

    private final String label;

    HoldGrounds(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
