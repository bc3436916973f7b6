package uk.dap.shared.api.participant;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * Puts a link right: the relationship and both roles as they should be, seen from the participant in the path, and why
 * (kept on the link and in the audit trail). A link that keeps the two apart is corrected by a programme lead only.
 */
public record LinkCorrection(
        @Required(message = "Choose the relationship: PARTNER, EX_PARTNER, PARENT_AND_CHILD or OTHER_FAMILY.") Relationship relationship,
        @Required(message = "Choose this participant's role: VICTIM, PERPETRATOR, BOTH or UNKNOWN.") LinkRole thisRole,
        @Required(message = "Choose the other participant's role: VICTIM, PERPETRATOR, BOTH or UNKNOWN.") LinkRole otherRole,
        @RequiredText(max = 500, message = "Say why the link is being corrected (at most 500 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
