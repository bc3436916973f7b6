package uk.dap.shared.api.progress;

/**
 * Counts over the sessions held so far (cancelled sessions do not count); {@code ratePercent} is attended over held,
 * null before the first session. Attended includes late arrivals, paper sign-ins and leaving early.
 */
public record AttendanceSummary(int held, int attended, int late, int leftEarly, int excused, int absent, int unmarked,
                                int toCome, Integer ratePercent) {
}
