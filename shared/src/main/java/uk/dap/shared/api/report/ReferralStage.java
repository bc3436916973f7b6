package uk.dap.shared.api.report;

/** Where a referral stands, in words a referring social worker uses. */
public enum ReferralStage {
    /** Received; eligibility or the lead's decision still to come. */
    BEING_ASSESSED,
    /** The lead declined it. */
    DECLINED,
    /** Accepted, waiting for a place in a group. */
    WAITING_FOR_PLACE,
    /** Placed in a group whose first session is still to come. */
    PLACED,
    /** Attending a group that is running. */
    ATTENDING,
    /** Completed the programme. */
    COMPLETED,
    /** Left the programme before completing it. */
    WITHDRAWN
}
