package uk.dap.shared.api.report;

import java.util.List;

/**
 * Attendance across the scope: the rate per week (charted), each band of personal attendance rate, and the overall
 * rate. Attended includes late arrivals, paper sign-ins and leaving early; cancelled sessions do not count.
 */
public record ReportAttendance(List<WeekRate> weeks, List<BandFigure> bands, Rate overall) {
}
