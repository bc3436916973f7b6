package uk.dap.shared.api.participant;

import java.time.LocalDate;

/** A participant's child, with the date their social care status last changed. */
public record ChildView(Long id, String firstName, String lastName, LocalDate dateOfBirth, boolean livesWithParticipant,
                        Boolean regularContact, SocialCareStatus socialCareStatus, LocalDate statusChangedOn,
                        boolean needsCreche) {
}
