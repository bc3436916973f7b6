package uk.dap.shared.api.referral;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.InRange;

/**
 * A risk assessment: the DASH score (0-24) gives a level by the programme's bands; a worker may raise the level by
 * professional judgement, with a reason. MARAC: whether the case is open to MARAC and the date of the last one.
 */
public record NewRisk(
        @InRange(min = 0, max = 24, message = "Give the DASH score as the number of yes answers, from 0 to 24.") Integer dashScore,
        RiskLevel judgedLevel,
        @AtMost(max = 500, message = "Keep the reason for the judgement to 500 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String judgementReason,
        Boolean maracOpen,
        @DayIn(value = DayRange.PAST, message = "Give the day of the last MARAC: today or before.") java.time.LocalDate lastMaracOn) {
}
