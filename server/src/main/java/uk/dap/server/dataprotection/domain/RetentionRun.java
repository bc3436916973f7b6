package uk.dap.server.dataprotection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the retention schedule and what it did, as counts per kind ({@code KIND=subjects/records;...}); never who.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String cause;
    @Column(name = "as_of")
    private LocalDate asOf;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    private String counts;
    @Column(name = "held_back")
    private long heldBack;

    protected RetentionRun() {
        // for JPA
    }

    public RetentionRun(String cause, LocalDate asOf, Instant startedAt, Instant finishedAt, String counts, long heldBack) {
        this.cause = cause;
        this.asOf = asOf;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.counts = counts;
        this.heldBack = heldBack;
    }

    public Long id() {
        return id;
    }

    public String cause() {
        return cause;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String counts() {
        return counts;
    }

    public long heldBack() {
        return heldBack;
    }
}
