package uk.dap.shared.api.referral;

/** Where a referral is on its way through the programme. */
public enum EnrolmentState {
    REFERRED("Referred"),
    ASSESSED("Assessed"),
    ELIGIBLE("Eligible"),
    INELIGIBLE("Ineligible"),
    WAITING("Waiting list"),
    ENROLLED("Enrolled"),
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
