package uk.dap.shared.api.evaluation;

/** When a questionnaire is given: before the programme (first session), after it (final session), or months later. */
public enum Stage {
    PRE("Before the programme"),
    POST("After the programme"),
    FOLLOW_UP("Follow-up");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
