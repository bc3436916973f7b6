package uk.dap.shared.api.outcome;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/**
 * Post-programme support: whether it was offered, what and when (both needed when offered), and the person's answer
 * (AWAITING when absent).
 */
public record PostProgrammeSupport(
        @Required(message = "Say whether post-programme support was offered (true or false).") Boolean offered,
        @AtMost(max = 300, message = "Keep the description of the support to 300 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String what,
        LocalDate offeredOn,
        SupportResponse response) {
}
