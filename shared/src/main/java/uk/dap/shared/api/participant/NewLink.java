package uk.dap.shared.api.participant;

import uk.dap.shared.validation.Required;

/** Links this participant to another, with the relationship and each side's role. */
public record NewLink(
        @Required(message = "Give the id of the other participant.") Long otherParticipantId,
        @Required(message = "Choose the relationship: PARTNER, EX_PARTNER, PARENT_AND_CHILD or OTHER_FAMILY.") Relationship relationship,
        @Required(message = "Choose this participant's role: VICTIM, PERPETRATOR, BOTH or UNKNOWN.") LinkRole thisRole,
        @Required(message = "Choose the other participant's role: VICTIM, PERPETRATOR, BOTH or UNKNOWN.") LinkRole otherRole) {
}
