package uk.dap.shared.api.dataprotection;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.RequiredText;

/** A reason, where a step needs nothing else: lifting a hold, refusing or approving an erasure. */
public record ReasonGiven(
        @RequiredText(max = 500, message = "Give the reason (up to 500 characters).")
        @JsonbTypeDeserializer(SafeText.SingleLine.class) String reason) {
}
