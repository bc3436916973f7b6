package uk.dap.shared.api.dataprotection;

import uk.dap.shared.text.SafeText;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.validation.Between;
import uk.dap.shared.validation.RequiredText;

/** An administrator's change to one kind's retention period, with the reason (kept in the audit trail). */
public record RetentionChange(
        @Between(min = 0, max = 1200, message = "Give the period in whole months, from 0 to 1200 (100 years).") Integer periodMonths,
        @RequiredText(max = 300, message = "Say why the period changes (up to 300 characters), e.g. the policy it follows.")
        @JsonbTypeDeserializer(SafeText.SingleLine.class) String reason) {
}
