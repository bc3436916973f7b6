package uk.dap.shared.api.dataprotection;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** A request to erase a person's records, for another worker to approve. */
public record NewErasureRequest(
        @Required(message = "Give the participant's id.") Long participantId,
        @RequiredText(max = 1000, message = "Give the reason the law allows the erasure (up to 1,000 characters).")
        @JsonbTypeDeserializer(SafeText.SingleLine.class) String reason) {
}
