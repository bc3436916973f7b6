package uk.dap.server.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A registered kiosk device, bound to one venue. Its life: registered with a one-time enrolment code, enrolled once
 * (the code is spent and a device secret issued), and perhaps revoked, after which nothing it holds works.
 * Only hashes of the code and the secret are kept.
 */
@Entity
@Cacheable
@Table(name = "kiosk")
@NamedQuery(name = Kiosk.BY_CODE_HASH, query = "SELECT k FROM Kiosk k WHERE k.enrolmentCodeHash = :hash")
@NamedQuery(name = Kiosk.ALL, query = "SELECT k FROM Kiosk k ORDER BY k.id")
public class Kiosk {
    public static final String BY_CODE_HASH = "Kiosk.byCodeHash";
    public static final String ALL = "Kiosk.all";

    public enum Status { AWAITING_ENROLMENT, ACTIVE, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "venue_id")
    private Long venueId;
    private String label;
    @Column(name = "enrolment_code_hash")
    private String enrolmentCodeHash;
    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;
    @Column(name = "device_secret_hash")
    private String deviceSecretHash;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Kiosk() {
        // for JPA
    }

    public Kiosk(Long venueId, String label, Instant createdAt) {
        this.venueId = venueId;
        this.label = label;
        this.createdAt = createdAt;
    }

    /** Issues (or re-issues, while not yet enrolled) the one-time code; only its hash is kept. */
    public void issueEnrolmentCode(String codeHash, Instant expiresAt) {
        if (status() != Status.AWAITING_ENROLMENT) {
            throw new IllegalStateException("Kiosk " + id + " is " + status() + " and takes no enrolment code");
        }
        this.enrolmentCodeHash = codeHash;
        this.codeExpiresAt = expiresAt;
    }

    public boolean acceptsEnrolmentCode(Instant now) {
        return status() == Status.AWAITING_ENROLMENT && enrolmentCodeHash != null && now.isBefore(codeExpiresAt);
    }

    /** Spends the code: it can never be used again, whatever happens next. */
    public void enrol(String deviceSecretHash, Instant now) {
        if (!acceptsEnrolmentCode(now)) {
            throw new IllegalStateException("Kiosk " + id + " cannot be enrolled now");
        }
        this.enrolmentCodeHash = null;
        this.codeExpiresAt = null;
        this.deviceSecretHash = deviceSecretHash;
        this.enrolledAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            enrolmentCodeHash = null;
            codeExpiresAt = null;
            deviceSecretHash = null;
        }
    }

    public Status status() {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return enrolledAt == null ? Status.AWAITING_ENROLMENT : Status.ACTIVE;
    }

    public boolean isActive() {
        return status() == Status.ACTIVE;
    }

    public String deviceSecretHash() {
        return deviceSecretHash;
    }

    public Long id() {
        return id;
    }

    public Long venueId() {
        return venueId;
    }

    public String label() {
        return label;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
