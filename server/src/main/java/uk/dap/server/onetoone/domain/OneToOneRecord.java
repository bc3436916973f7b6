package uk.dap.server.onetoone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import uk.dap.server.cohort.domain.Slot;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.onetoone.QbCheckResult;
import uk.dap.shared.api.onetoone.RecordKind;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * One New Beginnings one-to-one record: an attachment interview, a timeline event, a VIG session, a QbCheck screening,
 * a SMART Recovery or support group date, a child protection meeting with the update given, or a Life Laundry place.
 * Append-only: never changed once written. The factory methods hold each kind's rules.
 */
@Entity
@Table(name = "one_to_one_record")
public class OneToOneRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id")
    private Long enrolmentId;
    @Column(name = "participant_id")
    private Long participantId;
    @Enumerated(EnumType.STRING)
    private RecordKind kind;
    @Column(name = "occurred_on")
    private LocalDate date;
    private String text;
    @Column(name = "coded_by")
    private String codedBy;
    @Column(name = "strategy_id")
    private Long strategyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "qb_result")
    private QbCheckResult result;
    @Column(name = "onward_referral")
    private String onwardReferral;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "venue_id")
    private Long venueId;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    /** The kinds that are group meetings outside the cohort: they meet at a venue and time the separation rule checks. */
    public static final Set<RecordKind> GROUP_MEETINGS = Set.of(RecordKind.SMART_RECOVERY, RecordKind.SUPPORT_GROUP, RecordKind.LIFE_LAUNDRY);

    protected OneToOneRecord() {
        // for JPA
    }

    /** What every record needs: whose, what kind, when (not in the future, except a Life Laundry place), by whom. */
    public static OneToOneRecord of(RecordKind kind, Long enrolmentId, Long participantId, EnrolmentState state, LocalDate date,
                                    String text, String by, Instant now, LocalDate today) {
        if (kind == RecordKind.LIFE_LAUNDRY || kind == RecordKind.SUPPORT_GROUP) {
            if (state != EnrolmentState.COMPLETED) {
                throw new DomainException(ProblemType.NOT_COMPLETED, kind.label() + " is open only to parents who completed New Beginnings;"
                        + " this enrolment is " + state.label().toLowerCase() + ".");
            }
        } else if (state == EnrolmentState.INELIGIBLE) {
            throw new DomainException(ProblemType.CONFLICT, "This referral was found ineligible: it has no one-to-one work.");
        }
        // A workshop place is booked ahead; everything else records what has happened.
        if (kind != RecordKind.LIFE_LAUNDRY && date.isAfter(today)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The date is still to come: record it once it has happened.");
        }
        OneToOneRecord r = new OneToOneRecord();
        r.kind = kind;
        r.enrolmentId = enrolmentId;
        r.participantId = participantId;
        r.date = date;
        r.text = text == null || text.isBlank() ? null : text.trim();
        r.recordedBy = by;
        r.recordedAt = now;
        return r;
    }

    /** Where and when a group meeting meets; only those kinds have a place and a time. */
    public OneToOneRecord meetingAt(Long venueId, LocalTime startTime, int durationMinutes) {
        if (!GROUP_MEETINGS.contains(kind)) {
            throw new IllegalStateException(kind + " is not a group meeting");
        }
        this.venueId = venueId;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        return this;
    }

    /** When and where it meets, for the separation rule; null for other kinds and for records made before venues were kept. */
    public Slot slot() {
        return venueId == null ? null : new Slot(venueId, date, startTime, durationMinutes);
    }

    public OneToOneRecord codedAs(String codedBy, Long strategyId) {
        this.codedBy = codedBy.trim();
        this.strategyId = strategyId;
        return this;
    }

    /** A screening result; confirmed ADHD traits need the onward referral. */
    public OneToOneRecord screened(QbCheckResult result, String onwardReferral) {
        String referral = onwardReferral == null || onwardReferral.isBlank() ? null : onwardReferral.trim();
        if (result == QbCheckResult.TRAITS_CONFIRMED && referral == null) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    "ADHD traits are confirmed: say where the onward referral went and when (onwardReferral).");
        }
        this.result = result;
        this.onwardReferral = referral;
        return this;
    }

    public Long id() {
        return id;
    }

    public RecordKind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    public String text() {
        return text;
    }

    public String codedBy() {
        return codedBy;
    }

    public Long strategyId() {
        return strategyId;
    }

    public QbCheckResult result() {
        return result;
    }

    public String onwardReferral() {
        return onwardReferral;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Long venueId() {
        return venueId;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }
}
