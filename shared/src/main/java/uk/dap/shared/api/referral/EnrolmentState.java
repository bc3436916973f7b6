package uk.dap.shared.api.referral;

/**
 * Where a referral is on its way through the programme. Its label is the one name of the state on every screen, page
 * and message (issue 19: one referral read "Referred" on one screen and "Being assessed" on another); a referrer's coarser
 * {@link uk.dap.shared.api.report.ReferralStage} uses the same words where the two meet.
 */
public enum EnrolmentState {
    REFERRED("Referred, being assessed"),
    ASSESSED("Assessed, waiting for a decision"),
    ELIGIBLE("Accepted, waiting for a place"),
    INELIGIBLE("Declined"),
    WAITING("Accepted, on a group's waiting list"),
    ENROLLED("Placed in a group"),
    COMPLETED("Completed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    EnrolmentState(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
