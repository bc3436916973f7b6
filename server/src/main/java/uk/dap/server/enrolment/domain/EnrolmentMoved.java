package uk.dap.server.enrolment.domain;

import uk.dap.shared.api.referral.EnrolmentState;

/**
 * An enrolment changed state ({@code from} is null for a new one), announced by the journal in the transaction that
 * changed it, so that what must happen with it (the children's status at the start, for outcomes) is atomic with it.
 */
public record EnrolmentMoved(Enrolment enrolment, EnrolmentState from) {
    public boolean started() {
        return enrolment.state() == EnrolmentState.ENROLLED && from != EnrolmentState.ENROLLED;
    }

    /** A placement taken back before their group met: as far as anything else is concerned, they never started. */
    public boolean placementUndone() {
        return from == EnrolmentState.ENROLLED && enrolment.state() == EnrolmentState.ELIGIBLE;
    }
}
