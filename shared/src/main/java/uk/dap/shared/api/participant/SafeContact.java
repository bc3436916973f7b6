package uk.dap.shared.api.participant;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;

/**
 * How it is safe to contact a participant (domain safety rule 3). A missing yes/no counts as "no": nobody is phoned
 * or written to until someone has asked. Letters, when allowed, are neutrally worded.
 */
public record SafeContact(
        Boolean phone,
        Boolean voicemail,
        Boolean text,
        Boolean email,
        Boolean letters,
        @AtMost(max = 50, message = "Keep the code word to 50 characters.") String codeWord,
        @AtMost(max = 200, message = "Keep the safe times to 200 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String safeTimes) {

    public static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
