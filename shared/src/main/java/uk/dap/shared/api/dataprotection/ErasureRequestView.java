package uk.dap.shared.api.dataprotection;

import java.time.Instant;

/**
 * A request to erase a person's records: {@code PENDING} until a second worker approves it ({@code ERASED}, done at
 * once) or refuses it ({@code REFUSED}).
 */
public record ErasureRequestView(long id, long participantId, String reference, String reason, String requestedBy,
                                 Instant requestedAt, String status, String decidedBy, Instant decidedAt, String decisionReason) {
}
