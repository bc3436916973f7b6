package uk.dap.shared.api.evaluation;

import uk.dap.shared.validation.Required;

/** One instrument given at one stage of a programme. */
public record PlanEntry(
        @Required(message = "Give the stage (PRE, POST or FOLLOW_UP).") Stage stage,
        @Required(message = "Give the instrument's code.") String instrument) {
}
