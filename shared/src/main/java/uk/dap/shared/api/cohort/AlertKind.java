package uk.dap.shared.api.cohort;

/** What an alert is about. */
public enum AlertKind {
    SEPARATION_CONFLICT("Linked people share a group or a room"),
    SEPARATION_ATTEMPT("A change that would have brought a linked person near them was refused"),
    SEPARATION_PROBING("Repeated refused attempts by one member of staff to book near a linked person"),
    LINK_CHANGED("A link that kept people apart was corrected or ended"),
    POSSIBLE_DUPLICATE("A record may be a second one for the same person"),
    CASE_CLOSED_DURING_CARING_DADS("Child's case closed while he attends Caring Dads"),
    PLACE_OFFERED("A place was offered from the waiting list"),
    MOVED_COHORT("Moved to another cohort"),
    NON_ENGAGEMENT("Missed sessions in a row without explanation"),
    SELF_REFERRAL("A woman referred herself: review the referral and contact her only in the ways she said are safe");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
