package uk.dap.shared.api.participant;

import java.time.LocalDate;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.Required;

/** A change of a child's status with children's social care, on the day it changed (today when absent). */
public record ChildStatusChange(
        @Required(message = "Choose the new status: NONE, EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION_PLAN or LOOKED_AFTER.")
        SocialCareStatus status,
        @DayIn(value = DayRange.PAST, message = "Give the day it changed: today or before.") LocalDate changedOn) {
}
