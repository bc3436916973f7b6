package uk.dap.shared.api.dataprotection;

/**
 * A kind of record the retention schedule keeps for a period (docs/data-protection.md): what is removed when it falls
 * due, and what starts its clock. Ids, dates, states and scores that the completion report counts are never removed.
 */
public enum RecordKind {
    CONTACT_DETAILS("Contact details", "address, postcode, phone, email, safe-contact times and code word, language and access needs",
            RetentionStart.END_OF_LAST_ENROLMENT),
    IDENTITY("Name and date of birth", "first and last name (the search words with them); the date of birth is kept as its year",
            RetentionStart.END_OF_LAST_ENROLMENT),
    CASE_NOTES("Case notes and one-to-one records", "the words of every case note and one-to-one record, whom an appointment was with",
            RetentionStart.END_OF_LAST_ENROLMENT),
    REFERRALS_AND_RISK("Referrals, consent and risk", "the referral's reason and agency contact, consent notes, risk judgements and the words of decisions",
            RetentionStart.END_OF_LAST_ENROLMENT),
    ATTENDANCE("Attendance and withdrawals", "notes on register corrections, withdrawals and moves between groups (the marks stay)",
            RetentionStart.END_OF_LAST_ENROLMENT),
    QUESTIONNAIRE_ANSWERS("Questionnaire answers", "each answer item by item (the total score stays)",
            RetentionStart.END_OF_LAST_ENROLMENT),
    OUTCOMES("Outcomes", "the outcome's summary and the support offered in words (the outcome's codes stay)",
            RetentionStart.END_OF_LAST_ENROLMENT),
    CHILDREN("Children's records", "a child's name, their date of birth (kept as its year) and their own answers",
            RetentionStart.CHILD_25TH_BIRTHDAY),
    KIOSK_AND_SIGN_IN("Kiosk sign-in records", "which kiosk a sign-in came from and the kiosk's own clock (the mark stays)",
            RetentionStart.RECORD_DATE),
    AUDIT_TRAIL("The audit trail", "entries older than the period, from the start of the chain (they hold no personal data; what is"
            + " left still verifies)", RetentionStart.RECORD_DATE);

    private final String label;
    private final String removes;
    private final RetentionStart start;

    RecordKind(String label, String removes, RetentionStart start) {
        this.label = label;
        this.removes = removes;
        this.start = start;
    }

    public String label() {
        return label;
    }

    /** What anonymising this kind removes, in words. */
    public String removes() {
        return removes;
    }

    /** What starts the clock: one per kind, because each kind's records have one natural start. */
    public RetentionStart start() {
        return start;
    }
}
