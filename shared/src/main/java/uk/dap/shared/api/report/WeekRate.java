package uk.dap.shared.api.report;

/**
 * Attendance in one programme week (session number) across everyone in scope who was expected at it: sessions
 * held (not cancelled) for people placed by then.
 */
public record WeekRate(int week, Figure expected, Figure attended, Rate rate) {
}
