package uk.dap.shared.api.referral;

import java.time.Instant;
import java.util.List;

/** An eligibility check: the outcome and one line per rule of the programme. */
public record EligibilityCheckView(Long id, EligibilityOutcome outcome, List<RuleResultView> rules, Instant checkedAt,
                                   String checkedBy) {
}
