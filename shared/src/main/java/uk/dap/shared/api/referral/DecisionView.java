package uk.dap.shared.api.referral;

import java.time.Instant;

/** A recorded decision, with the check outcome it was made against. */
public record DecisionView(Long id, DecisionKind decision, String reason, String justification,
                           EligibilityOutcome checkOutcome, String decidedBy, Instant decidedAt) {
}
