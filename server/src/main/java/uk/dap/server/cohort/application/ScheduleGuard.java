package uk.dap.server.cohort.application;

import java.util.Collection;
import java.util.List;
import uk.dap.server.cohort.domain.Slot;

/**
 * The separation rule as changing a cohort needs it: declared here and implemented by
 * {@code separation.application.SeparationRule}, so that cohort need not depend on the rule (which reads cohorts).
 */
public interface ScheduleGuard {
    /** Refuses when the cohort's new or moved sessions would bring someone near a person they must be kept apart from. */
    void requireScheduleAllowed(Long cohortId, List<Slot> changed);

    /** Refuses when the facilitators would run groups of two people who must be kept apart (they would see both records). */
    void requireFacilitatorsAllowed(Long cohortId, Collection<Long> facilitators);
}
