package uk.dap.shared.api.cohort;

import java.time.LocalDate;

/** Someone on a cohort's waiting list, in referral order; {@code offered} when a freed place was offered to them. */
public record WaitingEntry(int position, Long enrolmentId, Long participantId, String reference, String firstName,
                           String lastName, LocalDate referredOn, boolean offered) {
}
