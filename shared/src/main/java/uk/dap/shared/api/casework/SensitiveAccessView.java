package uk.dap.shared.api.casework;

import java.time.Instant;

/** Access to one participant's sensitive notes, granted to the caller until {@code expiresAt}. */
public record SensitiveAccessView(long participantId, String participantReference, Instant grantedAt, Instant expiresAt) {
}
