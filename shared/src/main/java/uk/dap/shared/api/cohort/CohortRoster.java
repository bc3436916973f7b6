package uk.dap.shared.api.cohort;

import java.util.List;

/** Who is enrolled in a cohort and who waits for a place. */
public record CohortRoster(Long cohortId, int capacity, List<RosterEntry> enrolled, List<WaitingEntry> waiting) {
}
