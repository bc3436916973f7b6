package uk.dap.shared.api.evaluation;

import java.util.List;

/** Which instrument a programme gives at which stage, and how many months after the end the follow-up is due. */
public record EvaluationPlanView(String programme, String programmeName, int followUpMonths, List<PlanEntry> entries, long version) {
}
