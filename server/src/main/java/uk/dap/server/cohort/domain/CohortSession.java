package uk.dap.server.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.SessionStatus;

/** One weekly meeting of a cohort, on a local date and time at a venue (usually the cohort's). */
@Entity
@Table(name = "cohort_session")
public class CohortSession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cohort_id")
    private Long cohortId;
    private int number;
    @Column(name = "session_date")
    private LocalDate date;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    @Column(name = "venue_id")
    private Long venueId;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private String note;
    @Column(name = "opened_at")
    private java.time.Instant openedAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "register_closed_at")
    private java.time.Instant registerClosedAt;
    @Column(name = "register_closed_by")
    private String registerClosedBy;
    @Version
    private long version;

    protected CohortSession() {
        // for JPA
    }

    public CohortSession(Long cohortId, int number, Slot slot) {
        this.cohortId = cohortId;
        this.number = number;
        this.date = slot.date();
        this.startTime = slot.startTime();
        this.durationMinutes = slot.durationMinutes();
        this.venueId = slot.venueId();
        this.status = SessionStatus.SCHEDULED;
    }

    public void cancel(String reason) {
        requireScheduled();
        this.status = SessionStatus.CANCELLED;
        this.note = reason;
    }

    public void move(Slot slot, String note) {
        requireScheduled();
        this.date = slot.date();
        this.startTime = slot.startTime();
        this.venueId = slot.venueId();
        if (note != null && !note.isBlank()) {
            this.note = note.trim();
        }
    }

    /** A facilitator opened the session on a kiosk: its roster may now be read there. Opening again is harmless. */
    public void open(String by, java.time.Instant at) {
        requireScheduled();
        if (openedAt == null) {
            openedAt = at;
            openedBy = by;
        }
    }

    public void closeRegister(String by, java.time.Instant at) {
        requireScheduled();
        if (registerClosedAt != null) {
            throw new DomainException(ProblemType.CONFLICT, "The register of session " + number + " is already closed; "
                    + "change a mark with a reason instead.");
        }
        registerClosedAt = at;
        registerClosedBy = by;
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public boolean isRegisterClosed() {
        return registerClosedAt != null;
    }

    public java.time.Instant registerClosedAt() {
        return registerClosedAt;
    }

    public String registerClosedBy() {
        return registerClosedBy;
    }

    public String openedBy() {
        return openedBy;
    }

    private void requireScheduled() {
        if (status == SessionStatus.CANCELLED) {
            throw new DomainException(ProblemType.CONFLICT, "Session " + number + " is cancelled; it cannot be changed.");
        }
    }

    public Slot slot() {
        return new Slot(venueId, date, startTime, durationMinutes);
    }

    public boolean isScheduled() {
        return status == SessionStatus.SCHEDULED;
    }

    public Long id() {
        return id;
    }

    public Long cohortId() {
        return cohortId;
    }

    public int number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public Long venueId() {
        return venueId;
    }

    public SessionStatus status() {
        return status;
    }

    public String note() {
        return note;
    }
}
