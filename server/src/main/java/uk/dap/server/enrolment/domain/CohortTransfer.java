package uk.dap.server.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An enrolled person moved from one cohort of their programme to another, with the reason: also the record of their
 * earlier stay, so that the attendance they had there still counts. Never changed once made.
 */
@Entity
@Table(name = "cohort_transfer")
public class CohortTransfer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    @Column(name = "from_cohort_id")
    private Long fromCohortId;
    @Column(name = "to_cohort_id")
    private Long toCohortId;
    @Column(name = "placed_on")
    private LocalDate placedOn;
    @Column(name = "transferred_on")
    private LocalDate transferredOn;
    private String reason;
    @Column(name = "transferred_by")
    private String transferredBy;
    @Column(name = "transferred_at")
    private Instant transferredAt;

    protected CohortTransfer() {
        // for JPA
    }

    public CohortTransfer(Long enrolmentId, Long fromCohortId, LocalDate placedOn, Long toCohortId, LocalDate transferredOn,
                          String reason, String transferredBy, Instant transferredAt) {
        this.enrolmentId = enrolmentId;
        this.fromCohortId = fromCohortId;
        this.placedOn = placedOn;
        this.toCohortId = toCohortId;
        this.transferredOn = transferredOn;
        this.reason = reason;
        this.transferredBy = transferredBy;
        this.transferredAt = transferredAt;
    }

    /** Their time in the cohort they left: to the day before the move (a session on the day of the move is the new cohort's). */
    public Stay earlierStay() {
        return Stay.earlier(fromCohortId, placedOn, transferredOn);
    }

    /**
     * Whether the person was in the cohort they left on this day, the day of the move included: what a kiosk took for
     * them at its session that day happened, and is still delivered.
     */
    public boolean inOldCohortOn(LocalDate day) {
        return !day.isBefore(placedOn) && !day.isAfter(transferredOn);
    }

    public Long id() {
        return id;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public Long fromCohortId() {
        return fromCohortId;
    }

    public Long toCohortId() {
        return toCohortId;
    }

    public LocalDate transferredOn() {
        return transferredOn;
    }

    public String reason() {
        return reason;
    }

    public String transferredBy() {
        return transferredBy;
    }
}
