package uk.dap.shared.api.participant;

import java.time.LocalDate;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** A participant's child. {@code regularContact} may be unknown (null) when the child does not live with them. */
public record NewChild(
        @RequiredText(max = 60, message = "Enter the child's first name (at most 60 characters).") String firstName,
        @AtMost(max = 60, message = "Keep the child's last name to 60 characters.") String lastName,
        @Required(message = "Enter the child's date of birth as YYYY-MM-DD.")
        @DayIn(value = DayRange.BIRTH, message = "Give a date of birth from 1900-01-01 up to today.") LocalDate dateOfBirth,
        @Required(message = "Say whether the child lives with the participant (true or false).") Boolean livesWithParticipant,
        Boolean regularContact,
        @Required(message = "Choose the child's status with children's social care: NONE, EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION_PLAN or LOOKED_AFTER.")
        SocialCareStatus socialCareStatus,
        Boolean needsCreche) {
}
