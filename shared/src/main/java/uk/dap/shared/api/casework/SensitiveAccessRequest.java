package uk.dap.shared.api.casework;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.RequiredText;

/** A programme lead's reason for opening a participant's sensitive notes. */
public record SensitiveAccessRequest(
        @RequiredText(max = 300, message = "Give the reason you need to open the sensitive notes (at most 300 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
