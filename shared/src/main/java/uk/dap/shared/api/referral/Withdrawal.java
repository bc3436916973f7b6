package uk.dap.shared.api.referral;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/**
 * Withdrawal with a reason code, a note, and the day they withdrew (today when not given; not in the future, not before
 * the referral, nor before a session they attended).
 */
public record Withdrawal(
        @Required(message = "Choose a reason: MOVED_AWAY, DISENGAGED, EXCLUDED, NEW_RISK, IN_CUSTODY, HEALTH or OTHER.") WithdrawalReason reason,
        @AtMost(max = 1000, message = "Keep the note to 1,000 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String note,
        LocalDate withdrawnOn) {
}
