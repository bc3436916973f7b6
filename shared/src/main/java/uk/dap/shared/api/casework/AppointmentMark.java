package uk.dap.shared.api.casework;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** How an appointment went. Changing an outcome already given needs a reason. */
public record AppointmentMark(
        @Required(message = "Choose the outcome: KEPT, MISSED or CANCELLED.") AppointmentOutcome outcome,
        @AtMost(max = 300, message = "Keep the reason to 300 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
