package uk.dap.server.enrolment.application;

import uk.dap.server.cohort.domain.Cohort;

/**
 * The separation rule as placing someone in a cohort needs it: declared here and implemented by
 * {@code separation.application.SeparationRule}, so that enrolment need not depend on the rule (which reads enrolments).
 */
public interface PlacementGuard {
    /** Refuses (409, the same words to everyone) when the person may not hold or wait for a place in the cohort. */
    void requirePlacementAllowed(Long participantId, Cohort cohort);

    /** Whether the person may hold or wait for a place in the cohort (no refusal recorded: used to pick whom to offer a place). */
    boolean allowsPlacement(Long participantId, Cohort cohort);
}
