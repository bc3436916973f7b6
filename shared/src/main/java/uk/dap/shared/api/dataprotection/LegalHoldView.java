package uk.dap.shared.api.dataprotection;

import java.time.Instant;

/** A legal hold, placed and perhaps lifted; while it stands nothing of the person's records is anonymised or erased. */
public record LegalHoldView(long id, long participantId, String reference, HoldGrounds grounds, String groundsLabel, String reason,
                            String placedBy, Instant placedAt, String liftedBy, Instant liftedAt, String liftReason) {
}
