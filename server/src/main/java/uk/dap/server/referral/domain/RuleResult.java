package uk.dap.server.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.dap.shared.api.referral.RuleOutcome;

/** One rule's result in an eligibility check, with a sentence a person understands. */
@Embeddable
public class RuleResult {
    @Column(name = "rule_id")
    private String ruleId;
    @Enumerated(EnumType.STRING)
    private RuleOutcome outcome;
    private String explanation;

    protected RuleResult() {
        // for JPA
    }

    public RuleResult(String ruleId, RuleOutcome outcome, String explanation) {
        this.ruleId = ruleId;
        this.outcome = outcome;
        this.explanation = explanation;
    }

    static RuleResult pass(String ruleId, String explanation) {
        return new RuleResult(ruleId, RuleOutcome.PASS, explanation);
    }

    static RuleResult fail(String ruleId, String explanation) {
        return new RuleResult(ruleId, RuleOutcome.FAIL, explanation);
    }

    static RuleResult unknown(String ruleId, String explanation) {
        return new RuleResult(ruleId, RuleOutcome.UNKNOWN, explanation);
    }

    public String ruleId() {
        return ruleId;
    }

    public RuleOutcome outcome() {
        return outcome;
    }

    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return ruleId + "=" + outcome;
    }
}
