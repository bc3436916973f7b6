package uk.dap.shared.api.participant;

import java.time.Instant;

/** Two records that may be one person, for a lead who may see both; {@code reason} says what matched. */
public record DuplicateView(Long id, ParticipantSummary one, ParticipantSummary other, String reason, DuplicateStatus status,
                            Instant detectedAt) {
}
