package uk.dap.shared.api.dataprotection;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** A subject access request as it arrived: whose, the day it was received, and how their identity was checked. */
public record NewSubjectAccessRequest(
        @Required(message = "Give the participant's id.") Long participantId,
        @Required(message = "Give the day the request was received (YYYY-MM-DD).")
        @DayIn(value = DayRange.PAST, message = "Give the day the request was received: today or before, not in the future.") LocalDate receivedOn,
        @RequiredText(max = 300, message = "Say how their identity was checked (up to 300 characters), e.g. photo ID seen by the key worker.")
        @JsonbTypeDeserializer(SafeText.SingleLine.class) String identityChecked) {
}
