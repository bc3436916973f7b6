package uk.dap.shared.api.participant;

/** A participant's gender as they describe it. */
public enum Gender {
    FEMALE("Female"),
    MALE("Male"),
    NON_BINARY("Non-binary"),
    OTHER("Other"),
    NOT_SAID("Prefers not to say");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
