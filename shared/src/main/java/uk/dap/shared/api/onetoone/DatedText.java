package uk.dap.shared.api.onetoone;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * A dated entry with a text that is required: a life timeline event (a short text), a Video Interaction Guidance
 * session (a summary of the notes), or a child protection meeting (the progress update the key worker gave).
 */
public record DatedText(
        @Required(message = "Give the date (YYYY-MM-DD).") LocalDate date,
        @RequiredText(max = 2000, message = "Write the text (up to 2,000 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String text) {
}
