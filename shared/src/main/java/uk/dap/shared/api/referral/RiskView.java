package uk.dap.shared.api.referral;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk assessment as kept: the score and the level it gives, the judged level and why (if raised), and the level
 * that counts ({@code level}, the higher of the two).
 */
public record RiskView(Integer dashScore, RiskLevel scoreLevel, RiskLevel judgedLevel, String judgementReason,
                       RiskLevel level, boolean maracOpen, LocalDate lastMaracOn, String assessedBy, Instant assessedAt) {
}
