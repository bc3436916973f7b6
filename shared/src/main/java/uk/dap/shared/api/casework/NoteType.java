package uk.dap.shared.api.casework;

/** What a case note records. */
public enum NoteType {
    HOME_VISIT("Home visit"),
    ONE_TO_ONE("One-to-one session"),
    PHONE_CALL("Phone call"),
    CP_MEETING_UPDATE("Child protection meeting update"),
    MISSED_APPOINTMENT("Missed appointment"),
    /** The victim's side of a perpetrator programme: never shown to his facilitators or key worker. */
    PARTNER_CONTACT("Partner contact"),
    GROUP_OBSERVATION("Group observation"),
    OTHER("Other");

    private final String label;

    NoteType(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
