package uk.dap.server.dataprotection.domain;

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
import uk.dap.shared.api.dataprotection.HoldGrounds;

/** A legal hold: while it stands, nothing of the person's records (or their children's) is anonymised or erased. */
@Entity
@Table(name = "legal_hold")
public class LegalHold {
    public static final String OPEN_OF = "SELECT h FROM LegalHold h WHERE h.participantId = :p AND h.liftedAt IS NULL ORDER BY h.placedAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id")
    private Long participantId;
    @Enumerated(EnumType.STRING)
    private HoldGrounds grounds;
    private String reason;
    @Column(name = "placed_by")
    private String placedBy;
    @Column(name = "placed_at")
    private Instant placedAt;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "lifted_at")
    private Instant liftedAt;
    @Column(name = "lift_reason")
    private String liftReason;

    protected LegalHold() {
        // for JPA
    }

    public LegalHold(Long participantId, HoldGrounds grounds, String reason, String placedBy, Instant placedAt) {
        this.participantId = participantId;
        this.grounds = grounds;
        this.reason = reason.trim();
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    public void lift(String by, String why, Instant at) {
        if (liftedAt != null) {
            throw new DomainException(ProblemType.CONFLICT, "This hold was already lifted by " + liftedBy + ".");
        }
        this.liftedBy = by;
        this.liftReason = why.trim();
        this.liftedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public HoldGrounds grounds() {
        return grounds;
    }

    public String reason() {
        return reason;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftReason() {
        return liftReason;
    }
}
