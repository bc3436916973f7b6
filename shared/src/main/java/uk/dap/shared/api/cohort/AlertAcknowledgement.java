package uk.dap.shared.api.cohort;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.RequiredText;

/** Acknowledging an alert, with a note of what was done. */
public record AlertAcknowledgement(
        @RequiredText(max = 500, message = "Say what was done (at most 500 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String note) {
}
