package uk.dap.shared.api.outcome;

import java.time.LocalDate;

/**
 * The lead's confirmation of completion: the day they completed (today when not given, or when no body is sent; not in
 * the future, not before the referral nor before a session they attended).
 */
public record CompletionConfirmation(LocalDate completedOn) {
}
