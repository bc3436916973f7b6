package uk.dap.server.cohort.domain;

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
