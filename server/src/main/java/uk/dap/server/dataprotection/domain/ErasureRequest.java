package uk.dap.server.dataprotection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;

/**
 * A request to erase a person's records: made by one worker, decided by another (the two-person rule lives here), and
 * carried out at once when approved.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {
    public static final String PENDING = "PENDING";
    public static final String ERASED = "ERASED";
    public static final String REFUSED = "REFUSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id")
    private Long participantId;
    private String reason;
    @Column(name = "requested_by_id")
    private Long requestedById;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    private String status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;

    protected ErasureRequest() {
        // for JPA
    }

    public ErasureRequest(Long participantId, String reason, Long requestedById, String requestedBy, Instant at) {
        this.participantId = participantId;
        this.reason = reason.trim();
        this.requestedById = requestedById;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.status = PENDING;
    }

    /** Refuses a decision by the worker who asked, or on a request already decided. */
    public void requireDecidableBy(Long accountId) {
        if (!PENDING.equals(status)) {
            throw new DomainException(ProblemType.CONFLICT, "This request was already decided (" + status.toLowerCase() + ") by " + decidedBy + ".");
        }
        if (Objects.equals(accountId, requestedById)) {
            throw new DomainException(ProblemType.FORBIDDEN,
                    "You asked for this erasure: another worker (a programme lead or an administrator) must approve or refuse it.");
        }
    }

    public void decide(boolean erased, String by, String why, Instant at) {
        this.status = erased ? ERASED : REFUSED;
        this.decidedBy = by;
        this.decisionReason = why.trim();
        this.decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
