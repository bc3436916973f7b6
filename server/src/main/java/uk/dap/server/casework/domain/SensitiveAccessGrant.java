package uk.dap.server.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A programme lead's reasoned access to one participant's sensitive notes, for a limited time. Never extended: ask again. */
@Entity
@Table(name = "sensitive_access_grant")
public class SensitiveAccessGrant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id", updatable = false)
    private Long participantId;
    @Column(name = "account_id", updatable = false)
    private Long accountId;
    @Column(updatable = false)
    private String reason;
    @Column(name = "granted_at", updatable = false)
    private Instant grantedAt;
    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    protected SensitiveAccessGrant() {
        // for JPA
    }

    public SensitiveAccessGrant(Long participantId, Long accountId, String reason, Instant now, Duration lasts) {
        if (lasts.isNegative() || lasts.isZero()) {
            throw new IllegalArgumentException("A grant must last some time");
        }
        this.participantId = participantId;
        this.accountId = accountId;
        this.reason = reason.strip();
        this.grantedAt = now;
        this.expiresAt = now.plus(lasts);
    }

    /** Open from the moment it is granted until (not including) its expiry. */
    public boolean isActiveAt(Instant now) {
        return !now.isBefore(grantedAt) && now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
