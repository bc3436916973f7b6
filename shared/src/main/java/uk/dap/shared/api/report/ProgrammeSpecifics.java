package uk.dap.shared.api.report;

import java.util.List;

/**
 * What one programme's board asks about beyond the common flow. Only the rows that apply to the programmes in scope
 * are present: DART mothers and children counted separately, Caring Dads men whose partner was contacted, New
 * Beginnings children remaining at home at the end, and Gateway crèche places used per week.
 */
public record ProgrammeSpecifics(List<LabelledFigure> figures, List<WeekFigure> crechePlacesByWeek) {
}
