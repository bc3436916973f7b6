package uk.dap.shared.api.referral;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * A programme lead's decision. Declining someone the check found eligible, or accepting someone it did not, needs a
 * written {@code justification}.
 */
public record NewDecision(
        @Required(message = "Choose the decision: ACCEPT, DECLINE or DEFER.") DecisionKind decision,
        @RequiredText(max = 500, message = "Give the reason for the decision (at most 500 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason,
        @AtMost(max = 2000, message = "Keep the justification to 2,000 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String justification) {
}
