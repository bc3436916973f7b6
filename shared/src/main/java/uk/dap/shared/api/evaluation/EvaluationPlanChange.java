package uk.dap.shared.api.evaluation;

import java.util.List;
import uk.dap.shared.validation.Between;
import uk.dap.shared.validation.Required;

/** A programme lead's new plan for their programme; {@code version} is the one they read. */
public record EvaluationPlanChange(
        @Between(min = 1, max = 36, message = "Give the follow-up as a number of months from 1 to 36.") Integer followUpMonths,
        @Required(message = "Give the plan's entries as a list.") List<PlanEntry> entries,
        @Required(message = "Give the version you are changing (from the plan you read).") Long version) {
}
