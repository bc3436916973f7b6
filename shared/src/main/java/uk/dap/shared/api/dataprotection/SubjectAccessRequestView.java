package uk.dap.shared.api.dataprotection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A subject access request: {@code dueOn} is one calendar month after it was received ({@code extendedTo} two months
 * later still, once, with a reason); {@code daysLeft} counts to whichever applies (negative once overdue) and
 * {@code warning} says so in words while it is open and 7 days or fewer remain. {@code OPEN} until the pack is
 * released ({@code RELEASED}).
 */
public record SubjectAccessRequestView(long id, long participantId, String reference, LocalDate receivedOn, String identityChecked,
                                       String loggedBy, Instant loggedAt, LocalDate dueOn, LocalDate extendedTo, String extensionReason,
                                       String status, long daysLeft, String warning, int withheld, String releasedBy, Instant releasedAt,
                                       String packSha256) {
}
