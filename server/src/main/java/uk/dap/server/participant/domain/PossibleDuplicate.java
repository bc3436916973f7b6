package uk.dap.server.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dap.shared.api.participant.DuplicateStatus;

/**
 * Two records that may be one person (stored once per pair, lower id first): found when the second was created, and
 * open until a lead who may see both decides. While open, and for good once a lead says they are the same person, the
 * separation rule treats the two as one: every link of either applies to both.
 */
@Entity
@Table(name = "possible_duplicate")
public class PossibleDuplicate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_a")
    private Long participantA;
    @Column(name = "participant_b")
    private Long participantB;
    private String reason;
    @Enumerated(EnumType.STRING)
    private DuplicateStatus status;
    @Column(name = "detected_at")
    private Instant detectedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;

    protected PossibleDuplicate() {
        // for JPA
    }

    public PossibleDuplicate(Long one, Long other, String reason, Instant detectedAt) {
        this.participantA = Math.min(one, other);
        this.participantB = Math.max(one, other);
        this.reason = reason;
        this.status = DuplicateStatus.OPEN;
        this.detectedAt = detectedAt;
    }

    public void decide(DuplicateStatus decision, Long by, Instant at, String why) {
        if (decision == DuplicateStatus.OPEN) {
            throw new IllegalArgumentException("A decision is SAME_PERSON or DIFFERENT_PEOPLE");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = why;
    }

    /** Whether the separation rule treats the two as one person. */
    public boolean joinsThem() {
        return status != DuplicateStatus.DIFFERENT_PEOPLE;
    }

    public Long otherThan(Long participantId) {
        return participantA.equals(participantId) ? participantB : participantA;
    }

    public Long id() {
        return id;
    }

    public Long participantA() {
        return participantA;
    }

    public Long participantB() {
        return participantB;
    }

    public String reason() {
        return reason;
    }

    public DuplicateStatus status() {
        return status;
    }

    public Instant detectedAt() {
        return detectedAt;
    }
}
