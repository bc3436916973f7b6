package uk.dap.shared.api.onetoone;

/** The result of a QbCheck screening for ADHD traits. */
public enum QbCheckResult {
    TRAITS_CONFIRMED("ADHD traits confirmed"),
    NOT_CONFIRMED("ADHD traits not confirmed"),
    INCONCLUSIVE("Inconclusive");

    private final String label;

    QbCheckResult(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
