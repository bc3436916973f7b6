package uk.dap.shared.api.onetoone;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** A QbCheck screening; when ADHD traits are confirmed the onward referral (to whom, when) must be given. */
public record QbCheckScreening(
        @Required(message = "Give the date of the screening (YYYY-MM-DD).") LocalDate date,
        @Required(message = "Give the result: TRAITS_CONFIRMED, NOT_CONFIRMED or INCONCLUSIVE.") QbCheckResult result,
        @AtMost(max = 500, message = "Keep the onward referral to 500 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String onwardReferral) {
}
