package uk.dap.shared.api.referral;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;

/** Consent withdrawn on a day (today when absent), with a note. */
public record ConsentWithdrawal(LocalDate withdrawnOn,
                                @AtMost(max = 500, message = "Keep the note to 500 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String note) {
}
