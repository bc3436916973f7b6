package uk.dap.shared.api.participant;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.RequiredText;

/**
 * Ends a link recorded in error, with the reason (kept on the link and in the audit trail). Ending a link that keeps
 * two people apart needs a programme lead.
 */
public record LinkEnding(
        @RequiredText(max = 500, message = "Say why the link is being ended (at most 500 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
