package uk.dap.shared.api.cohort;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.RequiredText;

/** Cancels a session; a replacement is added after the last one so the schedule keeps the programme's length. */
public record SessionCancellation(
        @RequiredText(max = 200, message = "Give the reason for cancelling (at most 200 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
