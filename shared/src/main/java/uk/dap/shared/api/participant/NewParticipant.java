package uk.dap.shared.api.participant;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * A new participant's record. Contact details may be confidential from the start (give the reason). A record that may
 * be someone already known (the same name and date of birth, for example) is refused until it is sent again with
 * {@code confirmedDifferentPerson: true}.
 */
public record NewParticipant(
        @RequiredText(max = 60, message = "Enter the first name (at most 60 characters).") String firstName,
        @RequiredText(max = 60, message = "Enter the last name (at most 60 characters).") String lastName,
        @Required(message = "Enter the date of birth as YYYY-MM-DD.")
        @DayIn(value = DayRange.BIRTH, message = "Give a date of birth from 1900-01-01 up to today.") LocalDate dateOfBirth,
        @Required(message = "Choose a gender: FEMALE, MALE, NON_BINARY, OTHER or NOT_SAID.") Gender gender,
        @AtMost(max = 40, message = "Keep the preferred language to 40 characters.") String preferredLanguage,
        Boolean interpreterNeeded,
        @AtMost(max = 500, message = "Keep the accessibility needs to 500 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String accessibilityNeeds,
        @Valid ContactDetails contact,
        Boolean contactConfidential,
        @AtMost(max = 300, message = "Keep the reason to 300 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String confidentialReason,
        @Valid SafeContact safeContact,
        Long keyWorkerId,
        Boolean confirmedDifferentPerson) {
}
