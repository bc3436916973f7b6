package uk.dap.shared.api.referral;

/** One eligibility rule's result, with a sentence a person understands. */
public record RuleResultView(String ruleId, RuleOutcome outcome, String explanation) {
}
