package uk.dap.shared.api.casework;

import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** How an appointment went. Changing an outcome already given needs a reason. */
public record AppointmentMark(
        @Required(message = "Choose the outcome: KEPT, MISSED or CANCELLED.") AppointmentOutcome outcome,
        @AtMost(max = 300, message = "Keep the reason to 300 characters.") String reason) {
}
