package uk.dap.server.cohort.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One run of a programme: where and when it meets, how many places, who facilitates. Sessions are separate rows. */
@Entity
@Cacheable
@Table(name = "cohort")
public class Cohort {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "venue_id")
    private Long venueId;
    private String room;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    private int capacity;
    /**
     * The day of its last session, cancelled or not, for lists only: kept by the database whenever a session is added or
     * moved (V25), so read-only here.
     */
    @Column(name = "last_session_on", insertable = false, updatable = false)
    private LocalDate lastSessionOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "account_id")
    private Set<Long> facilitatorIds = new LinkedHashSet<>();
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Cohort() {
        // for JPA
    }

    public Cohort(String programmeCode, Long venueId, String room, LocalDate startDate, LocalTime startTime,
                  int durationMinutes, int capacity, List<Long> facilitatorIds, Long createdBy, Instant createdAt) {
        this.programmeCode = programmeCode;
        this.venueId = venueId;
        this.room = room;
        this.startDate = startDate;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.capacity = capacity;
        this.facilitatorIds = new LinkedHashSet<>(facilitatorIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void moveTo(Long venueId, String room) {
        this.venueId = venueId;
        this.room = room;
    }

    /** The cohort's reference as the service writes it in an export: C-000123. */
    public static String reference(long id) {
        return uk.dap.server.common.RecordReference.of("C", id);
    }

    /** The id in a reference written exactly as {@link #reference} writes it; empty for anything else. */
    public static java.util.Optional<Long> idFromReference(String reference) {
        return uk.dap.server.common.RecordReference.idIn("C", reference);
    }

    public Long id() {
        return id;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public Long venueId() {
        return venueId;
    }

    public String room() {
        return room;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public int capacity() {
        return capacity;
    }

    public void changeFacilitators(List<Long> facilitators) {
        facilitatorIds.clear();
        facilitatorIds.addAll(facilitators);
    }

    public Set<Long> facilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }
}
