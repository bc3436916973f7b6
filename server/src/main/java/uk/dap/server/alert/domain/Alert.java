package uk.dap.server.alert.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dap.shared.api.cohort.AlertKind;

/**
 * Something the programme lead (and the participant's key worker) must look at. The message names references and
 * programmes, never contact details.
 */
@Entity
@Table(name = "alert")
public class Alert {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private AlertKind kind;
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "participant_id")
    private Long participantId;
    @Column(name = "cohort_id")
    private Long cohortId;
    private String message;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "acknowledgement_note")
    private String acknowledgementNote;
    /** For alerts about a run of events (absences): the run, so that it alerts once. */
    @Column(name = "streak_key")
    private String streakKey;

    protected Alert() {
        // for JPA
    }

    public Alert(AlertKind kind, String programmeCode, Long participantId, Long cohortId, String message, Instant raisedAt) {
        this.kind = kind;
        this.programmeCode = programmeCode;
        this.participantId = participantId;
        this.cohortId = cohortId;
        this.message = message;
        this.raisedAt = raisedAt;
    }

    public Alert withStreak(String key) {
        this.streakKey = key;
        return this;
    }

    public void acknowledge(String by, String note, Instant at) {
        if (acknowledgedAt != null) {
            throw new uk.dap.server.common.DomainException(uk.dap.shared.api.ProblemType.CONFLICT,
                    "This alert was already acknowledged by " + acknowledgedBy + ".");
        }
        this.acknowledgedAt = at;
        this.acknowledgedBy = by;
        this.acknowledgementNote = note.trim();
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public String acknowledgementNote() {
        return acknowledgementNote;
    }

    public Long id() {
        return id;
    }

    public AlertKind kind() {
        return kind;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public Long participantId() {
        return participantId;
    }

    public Long cohortId() {
        return cohortId;
    }

    public String message() {
        return message;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
