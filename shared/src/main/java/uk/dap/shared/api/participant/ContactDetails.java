package uk.dap.shared.api.participant;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;

/** How to reach a participant. May be marked confidential (see {@link ContactView}). */
public record ContactDetails(
        @AtMost(max = 300, message = "Keep the address to 300 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String address,
        @AtMost(max = 10, message = "Enter a postcode of at most 10 characters.") String postcode,
        @AtMost(max = 30, message = "Enter a phone number of at most 30 characters.") String phone,
        @AtMost(max = 200, message = "Enter an email address of at most 200 characters.") String email) {
}
