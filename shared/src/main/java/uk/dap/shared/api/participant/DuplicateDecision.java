package uk.dap.shared.api.participant;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * A lead's decision on a possible duplicate: {@code SAME_PERSON} (the two records stay, each with its own history and
 * its own team's access, and are one person for the separation rule for good) or {@code DIFFERENT_PEOPLE}.
 */
public record DuplicateDecision(
        @Required(message = "Choose the decision: SAME_PERSON or DIFFERENT_PEOPLE.") DuplicateStatus decision,
        @RequiredText(max = 500, message = "Say how you know (at most 500 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
