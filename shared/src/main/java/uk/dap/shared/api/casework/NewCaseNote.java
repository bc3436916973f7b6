package uk.dap.shared.api.casework;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * A new case note about a participant. The author is whoever is signed in; {@code occurredOn} may not be in the future.
 * {@code sensitive}: true or false (absent: not sensitive).
 */
public record NewCaseNote(
        @Required(message = "Choose the type of note.") NoteType type,
        @Required(message = "Give the date it happened (YYYY-MM-DD).") LocalDate occurredOn,
        @RequiredText(max = 4000, message = "Write the note (at most 4,000 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String text,
        Boolean sensitive) {

    /** Whether the note is marked sensitive; absent means not. */
    public boolean markedSensitive() {
        return Boolean.TRUE.equals(sensitive);
    }
}
