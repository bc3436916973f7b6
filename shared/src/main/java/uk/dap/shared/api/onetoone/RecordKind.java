package uk.dap.shared.api.onetoone;

/** The kinds of New Beginnings one-to-one record. */
public enum RecordKind {
    ATTACHMENT_INTERVIEW("Adult attachment interview"),
    TIMELINE_EVENT("Life timeline event"),
    VIG_SESSION("Video Interaction Guidance session"),
    QBCHECK("QbCheck screening"),
    SMART_RECOVERY("SMART Recovery session"),
    CP_MEETING("Child protection meeting"),
    SUPPORT_GROUP("Post-programme support group"),
    LIFE_LAUNDRY("Life Laundry workshop place");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
