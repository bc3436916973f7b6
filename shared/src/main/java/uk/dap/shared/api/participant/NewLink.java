package uk.dap.shared.api.participant;

import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.Required;

/**
 * Links this participant to another, with the relationship and each side's role. Name the other person by
 * {@code otherParticipantId} when you may see them, or else by their {@code otherReference} and
 * {@code otherDateOfBirth} together (for a person in another team's programme): the link is made without showing you
 * their record.
 */
public record NewLink(
        Long otherParticipantId,
        String otherReference,
        @DayIn(value = DayRange.BIRTH, message = "Give a date of birth from 1900-01-01 up to today.") java.time.LocalDate otherDateOfBirth,
        @Required(message = "Choose the relationship: PARTNER, EX_PARTNER, PARENT_AND_CHILD or OTHER_FAMILY.") Relationship relationship,
        @Required(message = "Choose this participant's role: VICTIM, PERPETRATOR, BOTH or UNKNOWN.") LinkRole thisRole,
        @Required(message = "Choose the other participant's role: VICTIM, PERPETRATOR, BOTH or UNKNOWN.") LinkRole otherRole) {
}
