package uk.dap.shared.api.referral;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * Moves an enrolled person to another cohort of their programme from today, keeping the attendance they had: to keep
 * them apart from someone linked to them, or because the day no longer suits them.
 */
public record Transfer(
        @Required(message = "Give the id of the cohort to move them to.") Long cohortId,
        @RequiredText(max = 1000, message = "Say why they are moving, in at most 1,000 characters: it stays on their record.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
