package uk.dap.shared.api.report;

/** A count for one programme week (session number). */
public record WeekFigure(int week, Figure count) {
}
