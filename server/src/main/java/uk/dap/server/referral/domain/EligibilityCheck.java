package uk.dap.server.referral.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.dap.shared.api.referral.EligibilityOutcome;
import uk.dap.shared.api.referral.RuleOutcome;

/**
 * The programme's rules run over a referral at one moment, kept as run: any failed rule makes the person
 * ineligible; otherwise any unknown makes the check "needs information"; only all passes make them eligible.
 */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_id")
    private Long referralId;
    @Enumerated(EnumType.STRING)
    private EligibilityOutcome outcome;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "eligibility_rule_result", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<RuleResult> results = new ArrayList<>();

    protected EligibilityCheck() {
        // for JPA
    }

    public EligibilityCheck(Long referralId, List<RuleResult> results, String checkedBy, Instant checkedAt) {
        this.referralId = referralId;
        this.results = new ArrayList<>(results);
        this.outcome = outcomeOf(results);
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    public static EligibilityOutcome outcomeOf(List<RuleResult> results) {
        if (results.stream().anyMatch(r -> r.outcome() == RuleOutcome.FAIL)) {
            return EligibilityOutcome.INELIGIBLE;
        }
        if (results.stream().anyMatch(r -> r.outcome() == RuleOutcome.UNKNOWN)) {
            return EligibilityOutcome.NEEDS_INFORMATION;
        }
        return EligibilityOutcome.ELIGIBLE;
    }

    public Long id() {
        return id;
    }

    public Long referralId() {
        return referralId;
    }

    public EligibilityOutcome outcome() {
        return outcome;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public List<RuleResult> results() {
        return List.copyOf(results);
    }
}
