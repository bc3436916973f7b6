package uk.dap.server.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.referral.ConsentBasis;
import uk.dap.shared.api.referral.ConsentPurpose;

/**
 * What was agreed, by whom, when. Never overwritten: a withdrawal is added once and the record stays. Sharing on
 * safeguarding grounds (no consent) carries the reason and who decided.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_id")
    private Long referralId;
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;
    @Enumerated(EnumType.STRING)
    private ConsentBasis basis;
    private String agencies;
    @Column(name = "obtained_by")
    private String obtainedBy;
    @Column(name = "obtained_on")
    private LocalDate obtainedOn;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawal_note")
    private String withdrawalNote;
    @Version
    private long version;

    protected ConsentRecord() {
        // for JPA
    }

    public ConsentRecord(Long referralId, ConsentPurpose purpose, ConsentBasis basis, String agencies, String obtainedBy,
                         LocalDate obtainedOn, String reason, String decidedBy, String recordedBy, Instant recordedAt) {
        if (basis == ConsentBasis.SAFEGUARDING) {
            if (purpose != ConsentPurpose.INFORMATION_SHARING) {
                throw new DomainException(ProblemType.VALIDATION_FAILED,
                        "Only information sharing can rest on safeguarding grounds; referral and partner contact need consent.");
            }
            if (blank(reason) || blank(decidedBy)) {
                throw new DomainException(ProblemType.VALIDATION_FAILED,
                        "Sharing without consent needs the safeguarding reason and the name of who decided.");
            }
        }
        if (purpose == ConsentPurpose.INFORMATION_SHARING && blank(agencies)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Name the agencies information may be shared with.");
        }
        this.referralId = referralId;
        this.purpose = purpose;
        this.basis = basis;
        this.agencies = blank(agencies) ? null : agencies.trim();
        this.obtainedBy = obtainedBy;
        this.obtainedOn = obtainedOn;
        this.reason = blank(reason) ? null : reason.trim();
        this.decidedBy = blank(decidedBy) ? null : decidedBy.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void withdraw(LocalDate on, String note) {
        if (withdrawnOn != null) {
            throw new DomainException(ProblemType.CONFLICT, "This consent was already withdrawn on " + withdrawnOn
                    + "; record a new consent if it was given again.");
        }
        if (basis == ConsentBasis.SAFEGUARDING) {
            throw new DomainException(ProblemType.CONFLICT,
                    "Sharing on safeguarding grounds was not based on consent, so there is nothing to withdraw.");
        }
        this.withdrawnOn = on;
        this.withdrawalNote = blank(note) ? null : note.trim();
    }

    public boolean isActive() {
        return withdrawnOn == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long id() {
        return id;
    }

    public Long referralId() {
        return referralId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public ConsentBasis basis() {
        return basis;
    }

    public String agencies() {
        return agencies;
    }

    public String obtainedBy() {
        return obtainedBy;
    }

    public LocalDate obtainedOn() {
        return obtainedOn;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalNote() {
        return withdrawalNote;
    }
}
