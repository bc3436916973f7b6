package uk.dap.shared.api.participant;

import java.time.LocalDate;

/** A participant in a search result or a list: never contact details. {@code gender} chooses a referral form's programme. */
public record ParticipantSummary(Long id, String reference, String firstName, String lastName, LocalDate dateOfBirth, Gender gender) {
}
