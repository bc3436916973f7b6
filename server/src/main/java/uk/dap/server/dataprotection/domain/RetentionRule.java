package uk.dap.server.dataprotection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.dap.shared.api.dataprotection.RecordKind;

/** How long one kind of record is kept after its clock starts (RecordKind says what starts it). */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {
    @Id
    @Enumerated(EnumType.STRING)
    private RecordKind kind;
    @Column(name = "period_months")
    private int periodMonths;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected RetentionRule() {
        // for JPA
    }

    public void change(int months, String by, Instant at) {
        this.periodMonths = months;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The day a record whose clock started on {@code started} falls due: it is anonymised by the first run on or after it. */
    public LocalDate dueOn(LocalDate started) {
        return started.plusMonths(periodMonths);
    }

    /** For a kind dated by the record: records made before this day are due on {@code today}. */
    public LocalDate recordedBefore(LocalDate today) {
        return today.minusMonths(periodMonths);
    }

    public RecordKind kind() {
        return kind;
    }

    public int periodMonths() {
        return periodMonths;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
