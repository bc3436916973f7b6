package uk.dap.shared.api.dataprotection;

/** What starts a kind of record's retention period (docs/data-protection.md). */
public enum RetentionStart {
    END_OF_LAST_ENROLMENT("the end of the person's last enrolment"),
    CHILD_25TH_BIRTHDAY("the child's 25th birthday"),
    RECORD_DATE("the date of the record");

    private final String label;

    RetentionStart(String label) {
        this.label = label;
    }

    /** In words, to follow "... after". */
    public String label() {
        return label;
    }
}
