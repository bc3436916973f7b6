package uk.dap.shared.api.report;

/**
 * Whose answers a row of the report's evaluation section counts. DART's published evaluations report mothers and
 * children separately; a report whose scope is DART alone calls its adults mothers, a wider one participants.
 */
public enum RespondentGroup {
    PARTICIPANTS("Participants"),
    MOTHERS("Mothers"),
    CHILDREN("Children");

    private final String label;

    RespondentGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
