package uk.dap.shared.api.outcome;

import uk.dap.shared.api.participant.SocialCareStatus;

/**
 * One child's social care status at the start of the enrolment (when the parent was placed in a cohort) and at the
 * end (when the outcome was recorded; until then, today's). {@code statusAtStart} is null for a child added to the
 * record after the start. New Beginnings adds whether the child lived at home at the start and remains at home.
 */
public record OutcomeChild(
        Long childId,
        String firstName,
        SocialCareStatus statusAtStart,
        SocialCareStatus statusAtEnd,
        boolean statusChanged,
        Boolean livedAtHomeAtStart,
        Boolean remainsAtHome) {
}
