package uk.dap.shared.api.onetoone;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** An adult attachment interview: when, who coded it, and the attachment strategy (an id from the configurable list). */
public record AttachmentInterview(
        @Required(message = "Give the date of the interview (YYYY-MM-DD).") LocalDate date,
        @RequiredText(max = 100, message = "Say who coded the interview (up to 100 characters).") String codedBy,
        @Required(message = "Choose the attachment strategy (strategyId from /api/attachment-strategies).") Long strategyId,
        @AtMost(max = 2000, message = "Keep the notes to 2,000 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String notes) {
}
