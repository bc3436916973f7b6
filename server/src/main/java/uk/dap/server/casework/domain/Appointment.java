package uk.dap.server.casework.domain;

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
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.casework.AppointmentOutcome;
import uk.dap.shared.api.casework.AppointmentType;

/**
 * A one-to-one session or home visit booked with a participant. It is marked once it has started; marking it again
 * is a change of record and needs a reason.
 */
@Entity
@Table(name = "appointment")
public class Appointment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id", updatable = false)
    private Long participantId;
    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_type", updatable = false)
    private AppointmentType type;
    @Column(name = "starts_at", updatable = false)
    private Instant startsAt;
    @Column(name = "with_whom", updatable = false)
    private String withWhom;
    @Column(name = "scheduled_by", updatable = false)
    private String scheduledBy;
    @Column(name = "scheduled_at", updatable = false)
    private Instant scheduledAt;
    @Enumerated(EnumType.STRING)
    private AppointmentOutcome outcome;
    @Column(name = "marked_by")
    private String markedBy;
    @Column(name = "marked_at")
    private Instant markedAt;
    @Column(name = "change_reason")
    private String changeReason;
    @Version
    private long version;

    protected Appointment() {
        // for JPA
    }

    public Appointment(Long participantId, AppointmentType type, Instant startsAt, String withWhom, String scheduledBy, Instant now) {
        this.participantId = participantId;
        this.type = type;
        this.startsAt = startsAt;
        this.withWhom = withWhom;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = now;
    }

    /** Records how it went; returns the outcome it had before (null the first time). */
    public AppointmentOutcome mark(AppointmentOutcome newOutcome, String reason, String by, Instant now) {
        if (now.isBefore(startsAt)) {
            throw new DomainException(ProblemType.CONFLICT, "This appointment has not started yet: mark it once it has happened.");
        }
        AppointmentOutcome before = outcome;
        if (before != null) {
            if (before == newOutcome) {
                throw new DomainException(ProblemType.CONFLICT, "This appointment is already marked " + before.label().toLowerCase() + ".");
            }
            if (reason == null || reason.isBlank()) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "This appointment was already marked: give the reason for the change.");
            }
        }
        this.outcome = newOutcome;
        this.markedBy = by;
        this.markedAt = now;
        this.changeReason = before == null ? null : reason.strip();
        return before;
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public AppointmentType type() {
        return type;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String withWhom() {
        return withWhom;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public AppointmentOutcome outcome() {
        return outcome;
    }

    public String markedBy() {
        return markedBy;
    }

    public Instant markedAt() {
        return markedAt;
    }

    public String changeReason() {
        return changeReason;
    }
}
