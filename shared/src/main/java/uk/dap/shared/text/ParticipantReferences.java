package uk.dap.shared.text;

import java.util.Locale;
import java.util.OptionalLong;

/** A participant's reference, which people read out on the phone: "P-" and six digits, e.g. P-000123. */
public final class ParticipantReferences {
    private ParticipantReferences() {
    }

    public static String of(long participantId) {
        return String.format("P-%06d", participantId);
    }

    /** The participant id in a typed reference ("P-000123", "p123", "123"); empty when it is not one. */
    public static OptionalLong parse(String typed) {
        String digits = typed == null ? "" : typed.trim().toUpperCase(Locale.UK).replaceFirst("^P-?", "");
        return digits.matches("\\d{1,9}") ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
    }
}
