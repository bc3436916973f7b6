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
import java.time.LocalDate;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * One risk assessment, kept as history (the newest counts). The DASH score gives a level by the programme's bands;
 * professional judgement may raise it, never lower it, and needs a reason. Both are kept.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_id")
    private Long referralId;
    @Column(name = "dash_score")
    private Integer dashScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "score_level")
    private RiskLevel scoreLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "judged_level")
    private RiskLevel judgedLevel;
    @Column(name = "judgement_reason")
    private String judgementReason;
    @Column(name = "marac_open")
    private boolean maracOpen;
    @Column(name = "last_marac_on")
    private LocalDate lastMaracOn;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected RiskAssessment() {
        // for JPA
    }

    public RiskAssessment(Long referralId, Integer dashScore, RiskLevel scoreLevel, RiskLevel judgedLevel,
                          String judgementReason, boolean maracOpen, LocalDate lastMaracOn, String assessedBy,
                          Instant assessedAt) {
        if (dashScore == null && judgedLevel == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "Give a DASH score (0-24), a level by professional judgement, or both.");
        }
        if (judgedLevel != null) {
            if (judgementReason == null || judgementReason.isBlank()) {
                throw new DomainException(ProblemType.VALIDATION_FAILED,
                        "Say why professional judgement sets the level (for example strangulation, stalking, threats to kill).");
            }
            if (scoreLevel != null && judgedLevel.compareTo(scoreLevel) < 0) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "Professional judgement may raise the level, not lower it: "
                        + "the DASH score gives " + scoreLevel.label().toLowerCase() + " risk.");
            }
        }
        this.referralId = referralId;
        this.dashScore = dashScore;
        this.scoreLevel = scoreLevel;
        this.judgedLevel = judgedLevel;
        this.judgementReason = judgedLevel == null ? null : judgementReason.trim();
        this.maracOpen = maracOpen;
        this.lastMaracOn = lastMaracOn;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    /** The level that counts: the judged level when given (never lower than the score's), else the score's. */
    public RiskLevel level() {
        return judgedLevel != null ? judgedLevel : scoreLevel;
    }

    public Long id() {
        return id;
    }

    public Integer dashScore() {
        return dashScore;
    }

    public RiskLevel scoreLevel() {
        return scoreLevel;
    }

    public RiskLevel judgedLevel() {
        return judgedLevel;
    }

    public String judgementReason() {
        return judgementReason;
    }

    public boolean maracOpen() {
        return maracOpen;
    }

    public LocalDate lastMaracOn() {
        return lastMaracOn;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
