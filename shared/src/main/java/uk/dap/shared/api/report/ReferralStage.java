package uk.dap.shared.api.report;

import uk.dap.shared.api.referral.EnrolmentState;

/**
 * Where a referral stands, in words a referring social worker uses: the staff's states, some taken together. Its label
 * is the state's own where the two meet, so that a referral never reads one way to its referrer and another to staff.
 */
public enum ReferralStage {
    /** Received; eligibility or the lead's decision still to come. */
    BEING_ASSESSED(EnrolmentState.REFERRED.label()),
    /** The lead declined it. */
    DECLINED(EnrolmentState.INELIGIBLE.label()),
    /** Accepted, waiting for a place in a group (on a group's waiting list or not). */
    WAITING_FOR_PLACE(EnrolmentState.ELIGIBLE.label()),
    /** Placed in a group whose first session is still to come. */
    PLACED(EnrolmentState.ENROLLED.label() + ", not started yet"),
    /** Attending a group that is running. */
    ATTENDING("Attending a group"),
    /** Completed the programme. */
    COMPLETED(EnrolmentState.COMPLETED.label()),
    /** Left the programme before completing it. */
    WITHDRAWN(EnrolmentState.WITHDRAWN.label());

    private final String label;

    ReferralStage(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }
}
