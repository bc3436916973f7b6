package uk.dap.shared.api.outcome;

/** What the person said to the post-programme support offered to them. */
public enum SupportResponse {
    AWAITING("Awaiting an answer"),
    ACCEPTED("Accepted"),
    DECLINED("Declined");

    private final String label;

    SupportResponse(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
