package uk.dap.server.enrolment.domain;

import static uk.dap.shared.api.referral.EnrolmentState.ASSESSED;
import static uk.dap.shared.api.referral.EnrolmentState.COMPLETED;
import static uk.dap.shared.api.referral.EnrolmentState.ELIGIBLE;
import static uk.dap.shared.api.referral.EnrolmentState.ENROLLED;
import static uk.dap.shared.api.referral.EnrolmentState.INELIGIBLE;
import static uk.dap.shared.api.referral.EnrolmentState.REFERRED;
import static uk.dap.shared.api.referral.EnrolmentState.WAITING;
import static uk.dap.shared.api.referral.EnrolmentState.WITHDRAWN;

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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.dap.server.common.DomainException;
import uk.dap.shared.text.UkDates;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.WithdrawalReason;

/**
 * A referral's way through a programme, as a state machine: referred -> assessed -> eligible or ineligible ->
 * waiting -> enrolled -> completed or withdrawn. Assessed may stay assessed (a re-check, a deferred decision);
 * someone waiting may leave the list (back to eligible, to wait for another cohort); anyone not yet finished may
 * withdraw. Every other move is refused, naming the moves that are allowed.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {
    private static final Map<EnrolmentState, Set<EnrolmentState>> ALLOWED = new EnumMap<>(EnrolmentState.class);

    static {
        ALLOWED.put(REFERRED, EnumSet.of(ASSESSED, WITHDRAWN));
        ALLOWED.put(ASSESSED, EnumSet.of(ASSESSED, ELIGIBLE, INELIGIBLE, WITHDRAWN));
        ALLOWED.put(ELIGIBLE, EnumSet.of(WAITING, ENROLLED, WITHDRAWN));
        ALLOWED.put(INELIGIBLE, EnumSet.noneOf(EnrolmentState.class));
        ALLOWED.put(WAITING, EnumSet.of(ELIGIBLE, ENROLLED, WITHDRAWN));
        ALLOWED.put(ENROLLED, EnumSet.of(COMPLETED, WITHDRAWN));
        ALLOWED.put(COMPLETED, EnumSet.noneOf(EnrolmentState.class));
        ALLOWED.put(WITHDRAWN, EnumSet.noneOf(EnrolmentState.class));
    }

    /** The states an enrolment ends in: those it can never leave (completed, withdrawn, declined). */
    public static final Set<EnrolmentState> FINISHED = finished();

    private static Set<EnrolmentState> finished() {
        Set<EnrolmentState> finished = EnumSet.noneOf(EnrolmentState.class);
        ALLOWED.forEach((state, next) -> {
            if (next.isEmpty()) {
                finished.add(state);
            }
        });
        return java.util.Collections.unmodifiableSet(finished);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "referral_id")
    private Long referralId;
    @Column(name = "participant_id")
    private Long participantId;
    @Column(name = "programme_code")
    private String programmeCode;
    @Enumerated(EnumType.STRING)
    private EnrolmentState state;
    @Column(name = "cohort_id")
    private Long cohortId;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "placed_on")
    private LocalDate placedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    private WithdrawalReason withdrawalReason;
    @Column(name = "withdrawal_note")
    private String withdrawalNote;
    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(Long referralId, Long participantId, String programmeCode) {
        this.referralId = referralId;
        this.participantId = participantId;
        this.programmeCode = programmeCode;
        this.state = REFERRED;
    }

    public static Set<EnrolmentState> allowedFrom(EnrolmentState state) {
        return ALLOWED.get(state);
    }

    public List<EnrolmentState> allowedNext() {
        return List.copyOf(ALLOWED.get(state));
    }

    /** Moves to {@code next} or refuses, naming the allowed states. Returns the state it came from. */
    public EnrolmentState moveTo(EnrolmentState next) {
        if (!ALLOWED.get(state).contains(next)) {
            List<String> allowed = ALLOWED.get(state).stream().map(Enum::name).toList();
            throw new DomainException(ProblemType.ILLEGAL_TRANSITION, "This referral is " + state.label().toLowerCase()
                    + " and cannot become " + next.label().toLowerCase() + ". "
                    + (allowed.isEmpty() ? "It is finished; nothing more can change." : "It can become: " + String.join(", ", allowed) + "."),
                    allowed);
        }
        EnrolmentState from = state;
        state = next;
        return from;
    }

    public void assessed() {
        moveTo(ASSESSED);
    }

    public void decided(boolean eligible) {
        moveTo(eligible ? ELIGIBLE : INELIGIBLE);
    }

    public void enrolIn(Long cohortId, Instant now) {
        moveTo(ENROLLED);
        this.cohortId = cohortId;
        this.enrolledAt = now;
        this.offeredAt = null;
    }

    /** Enrolled in the cohort from a day in the past: a placement brought in from a service's history (docs/import.md). */
    public void enrolIn(Long cohortId, Instant now, LocalDate placedOn) {
        enrolIn(cohortId, now);
        this.placedOn = placedOn;
    }

    /**
     * Moves an enrolled person to another cohort of the programme from {@code on}; the transfer returned keeps their
     * stay in the cohort they leave.
     */
    public CohortTransfer transferTo(Long newCohortId, LocalDate on, String reason, String by, Instant now) {
        requireEnrolled();
        CohortTransfer transfer = new CohortTransfer(id, cohortId, placedOn(), newCohortId, on, reason, by, now);
        this.cohortId = newCohortId;
        this.placedOn = on;
        return transfer;
    }

    /** Only someone enrolled in a cohort can be moved to another; anyone else is placed (or is finished). */
    public void requireEnrolled() {
        if (state != ENROLLED) {
            throw new DomainException(ProblemType.ILLEGAL_TRANSITION, "This referral is " + state.label().toLowerCase()
                    + ": only someone enrolled in a cohort can be moved to another."
                    + (state == ELIGIBLE || state == WAITING ? " Place them in the cohort instead." : ""), List.of());
        }
    }

    /** Whether they were moved into their current cohort from another one after this day (so it was not theirs). */
    public boolean movedHereAfter(java.time.LocalDate day) {
        return placedOn != null && day.isBefore(placedOn);
    }

    /** The day they were placed in their current cohort: the day they were enrolled, unless moved since. */
    public LocalDate placedOn() {
        return placedOn != null ? placedOn : enrolledAt == null ? null : LocalDate.ofInstant(enrolledAt, UkDates.UK);
    }

    /** Their time in the current cohort, to the day the enrolment ended (none before they are enrolled). */
    public Stay currentStay() {
        return Stay.current(cohortId, placedOn, enrolledAt == null ? null : LocalDate.ofInstant(enrolledAt, UkDates.UK), endedOn);
    }

    public void waitFor(Long cohortId) {
        moveTo(WAITING);
        this.cohortId = cohortId;
    }

    /** Leaves a cohort's waiting list, still eligible: to be placed in another cohort. */
    public void leaveWaitingList() {
        moveTo(ELIGIBLE);
        this.cohortId = null;
        this.offeredAt = null;
    }

    /**
     * Takes back a placement (made in error, or the wrong person): accepted and waiting for a place again, as before
     * it. The caller has checked that nothing has happened in the cohort for them yet ({@code sessionHeld} false);
     * someone moved here from another cohort is moved again or withdrawn instead.
     */
    public void undoPlacement(boolean sessionHeld) {
        if (state == WAITING) {
            leaveWaitingList();
            return;
        }
        if (state != ENROLLED) {
            throw new DomainException(ProblemType.ILLEGAL_TRANSITION, "This referral is " + state.label().toLowerCase()
                    + ": only a placement in a cohort can be undone.", List.of());
        }
        if (sessionHeld || placedOn != null) {
            throw new DomainException(ProblemType.ILLEGAL_TRANSITION, placedOn != null
                    ? "They were moved into this cohort from another, so the placement cannot simply be undone: move them again, or withdraw them."
                    : "Their group has met since they were placed, so the placement can no longer be undone: withdraw them instead.", List.of());
        }
        state = ELIGIBLE;
        cohortId = null;
        enrolledAt = null;
        offeredAt = null;
    }

    public void offerPlace(Instant now) {
        if (state != WAITING) {
            throw new IllegalStateException("Only someone waiting can be offered a place");
        }
        this.offeredAt = now;
    }

    /**
     * Withdraws with a reason code, from the day given ({@link #requireEndDay} checked it); "other" says nothing by
     * itself, so it needs a note.
     */
    public void withdraw(WithdrawalReason reason, String note, LocalDate on, Instant now) {
        if (!ALLOWED.get(state).contains(WITHDRAWN)) {
            moveTo(WITHDRAWN); // refuses, naming what is allowed: the state speaks before the note
        }
        if (reason == WithdrawalReason.OTHER && (note == null || note.isBlank())) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "The reason is OTHER: write a note saying why they withdrew.");
        }
        moveTo(WITHDRAWN);
        this.withdrawalReason = reason;
        this.withdrawalNote = note == null || note.isBlank() ? null : note.trim();
        this.endedAt = now;
        this.endedOn = on;
        this.offeredAt = null;
    }

    /** Completes on the day given ({@link #requireEndDay} checked it). */
    public void complete(LocalDate on, Instant now) {
        moveTo(COMPLETED);
        this.endedAt = now;
        this.endedOn = on;
    }

    /**
     * Refuses a day of completion or withdrawal that cannot be true: in the future, before the referral, or before the
     * last session they attended. The day they were placed is not a bound: it is the day the placement was recorded,
     * and a service recording a year after the fact places people today in cohorts that ran months ago.
     *
     * @param field the body's field, named in the refusal
     * @param referredOn the day of the referral
     * @param lastAttended the day of the last session they attended (null: none)
     */
    public void requireEndDay(LocalDate on, String field, LocalDate referredOn, LocalDate lastAttended, LocalDate today) {
        String what = field.equals("completedOn") ? "completed" : "withdrew";
        if (on.isAfter(today)) {
            throw DomainException.field(field, "The day they " + what + " cannot be in the future.");
        }
        if (referredOn != null && on.isBefore(referredOn)) {
            throw DomainException.field(field, "The day they " + what + " cannot be before the referral (" + UkDates.date(referredOn) + ").");
        }
        if (lastAttended != null && on.isBefore(lastAttended)) {
            throw DomainException.field(field, "The day they " + what + " cannot be before a session they attended (" + UkDates.date(lastAttended) + ").");
        }
    }

    /** Holds or waits for a place in a cohort: counts for the separation rule and the waiting list. */
    public boolean isActiveInCohort() {
        return state == ENROLLED || state == WAITING;
    }

    public boolean isOffered() {
        return offeredAt != null;
    }

    public Long id() {
        return id;
    }

    public Long referralId() {
        return referralId;
    }

    public Long participantId() {
        return participantId;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public EnrolmentState state() {
        return state;
    }

    public Long cohortId() {
        return cohortId;
    }


    /** The day they completed or withdrew, as the lead gave it; null while the enrolment runs. */
    public LocalDate endedOn() {
        return endedOn;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public WithdrawalReason withdrawalReason() {
        return withdrawalReason;
    }

    public String withdrawalNote() {
        return withdrawalNote;
    }
}
