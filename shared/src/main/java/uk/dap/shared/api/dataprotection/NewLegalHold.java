package uk.dap.shared.api.dataprotection;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** A legal hold on a person's records: its grounds and the reason (a case number, a review's name; no one's details). */
public record NewLegalHold(
        @Required(message = "Give the grounds: COURT_PROCEEDINGS, SERIOUS_CASE_REVIEW, CHILD_PROTECTION_PLAN or OTHER.") HoldGrounds grounds,
        @RequiredText(max = 500, message = "Say why the records are held (up to 500 characters).")
        @JsonbTypeDeserializer(SafeText.SingleLine.class) String reason) {
}
