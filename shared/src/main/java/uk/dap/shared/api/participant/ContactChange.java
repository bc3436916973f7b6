package uk.dap.shared.api.participant;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** New contact details, and whether they are confidential (a reason is then required, e.g. "moved to a refuge"). */
public record ContactChange(
        @Valid ContactDetails contact,
        @Required(message = "Say whether the contact details are confidential (true or false).") Boolean confidential,
        @AtMost(max = 300, message = "Keep the reason to 300 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String confidentialReason) {
}
