package uk.dap.shared.api.casework;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.RequiredText;

/**
 * A correction: the whole corrected text, and why. It becomes the note's new version; earlier versions are kept.
 * {@code occurredOn} keeps the current date when absent; {@code sensitive} may mark the note sensitive but never
 * unmark it.
 */
public record NoteCorrection(
        @RequiredText(max = 4000, message = "Write the corrected note (at most 4,000 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String text,
        LocalDate occurredOn,
        Boolean sensitive,
        @RequiredText(max = 300, message = "Say why the note is corrected (at most 300 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
