package uk.dap.server.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.referral.DecisionKind;
import uk.dap.shared.api.referral.EligibilityOutcome;

/**
 * A programme lead's decision on a referral, made against the latest check. Going against the check (declining an
 * eligible person, accepting one who is not eligible) needs a written justification.
 */
@Entity
@Table(name = "eligibility_decision")
public class EligibilityDecision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_id")
    private Long referralId;
    @Enumerated(EnumType.STRING)
    private DecisionKind decision;
    private String reason;
    private String justification;
    @Enumerated(EnumType.STRING)
    @Column(name = "check_outcome")
    private EligibilityOutcome checkOutcome;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected EligibilityDecision() {
        // for JPA
    }

    public EligibilityDecision(Long referralId, DecisionKind decision, String reason, String justification,
                               EligibilityOutcome checkOutcome, String decidedBy, Instant decidedAt) {
        boolean blankJustification = justification == null || justification.isBlank();
        if (goesAgainst(decision, checkOutcome) && blankJustification) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, decision == DecisionKind.ACCEPT
                    ? "The check did not find this person eligible (" + checkOutcome.label().toLowerCase()
                      + "). Write a justification to accept them anyway."
                    : "The check found this person eligible. Write a justification to decline them.");
        }
        this.referralId = referralId;
        this.decision = decision;
        this.reason = reason.trim();
        this.justification = blankJustification ? null : justification.trim();
        this.checkOutcome = checkOutcome;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public static boolean goesAgainst(DecisionKind decision, EligibilityOutcome checkOutcome) {
        return (decision == DecisionKind.ACCEPT && checkOutcome != EligibilityOutcome.ELIGIBLE)
                || (decision == DecisionKind.DECLINE && checkOutcome == EligibilityOutcome.ELIGIBLE);
    }

    public boolean isOverride() {
        return goesAgainst(decision, checkOutcome);
    }

    public Long id() {
        return id;
    }

    public DecisionKind decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String justification() {
        return justification;
    }

    public EligibilityOutcome checkOutcome() {
        return checkOutcome;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
