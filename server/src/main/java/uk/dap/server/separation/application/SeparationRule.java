package uk.dap.server.separation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.alert.application.Alerts;
import uk.dap.server.cohort.application.ScheduleGuard;
import uk.dap.server.cohort.domain.Cohort;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.enrolment.application.PlacementGuard;
import uk.dap.server.participant.application.LinkGuard;
import uk.dap.server.separation.domain.SeparationLock;
import uk.dap.server.cohort.domain.Slot;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.application.DuplicateRecords;
import uk.dap.server.participant.domain.LinkedParty;
import uk.dap.server.participant.domain.Participant;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.participant.LinkRole;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.UkDates;

/**
 * Domain safety rule 1: linked victim and perpetrator never meet through us. Two people with a current link that keeps
 * them apart ({@link LinkedParty#requiresSeparation()}: any one of the pair's links is enough, so two records that
 * disagree keep them apart) may not hold or wait for places in the same cohort, nor in cohorts with sessions at the
 * same venue that overlap or come within the buffer of each other ({@code dap.separation.bufferMinutes}, 30 by
 * default), nor in groups run by the same facilitator (who would then see both records). Every path that could bring
 * them together asks here: placing someone, moving, adding or replacing a session, moving a cohort to
 * another venue, changing its facilitators. A link added afterwards raises alerts instead, because the link is a fact
 * that must be recorded.
 * <p>A refusal says only that a safety rule prevents the change, to everyone: where and when the other person is would
 * otherwise be found by trying times in turn. {@link SeparationRefusals} records each one and tells the other
 * person's workers.
 */
@ApplicationScoped
public class SeparationRule implements LinkGuard, PlacementGuard, ScheduleGuard {
    private static final List<EnrolmentState> ACTIVE = List.of(EnrolmentState.ENROLLED, EnrolmentState.WAITING);

    /** What every refusal says, whoever asks and whatever the clash. */
    static final String REFUSAL = "A safety rule prevents this change (linked people are kept apart). Choose another cohort,"
            + " day, time or venue, or ask your programme lead.";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Alerts alerts;
    @Inject
    SeparationRefusals refusals;
    @Inject
    DuplicateRecords sameRecords;
    @Inject
    @Any
    Instance<GroupMeetings> groupMeetings;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dap.separation.bufferMinutes", defaultValue = "30")
    int bufferMinutes;

    /**
     * Someone kept apart from {@code participantId}, where they would meet (the other person's cohort, or null for a
     * group meeting outside it, and that cohort's or meeting's programme), and how.
     */
    public record Conflict(Long participantId, Long otherParticipantId, Long otherCohortId, String otherProgramme, Where where) {
    }

    /** How two people would meet. */
    public enum Where {
        SAME_COHORT("the same group"),
        CLASHING_SESSIONS("sessions at the same venue at overlapping or back-to-back times"),
        SHARED_FACILITATOR("groups run by the same facilitator"),
        CLASHING_MEETING("a group meeting outside the cohort (SMART Recovery, support group, Life Laundry) at the same venue at an"
                + " overlapping or back-to-back time");

        private final String words;

        Where(String words) {
            this.words = words;
        }

        /** How they would meet, for the audit entry (never for the caller). */
        public String words() {
            return words;
        }
    }

    /** Refuses to place the participant in the cohort as it is scheduled now. */
    @Override
    public void requirePlacementAllowed(Long participantId, Cohort cohort) {
        lock();
        refuseIf(conflicts(participantId, cohort.id(), scheduledSlots(cohort.id())));
    }

    /** Whether the participant could be placed in the cohort now (for offering a freed place), without refusing. */
    @Override
    public boolean allowsPlacement(Long participantId, Cohort cohort) {
        lock();
        return conflicts(participantId, cohort.id(), scheduledSlots(cohort.id())).isEmpty();
    }

    /**
     * Refuses a schedule change that would bring a member near someone kept apart from them: {@code changed} are the
     * slots the change creates (a moved or replacement session, the sessions moving to a new venue). Only those are
     * tested, so that a lead told of a clash by a late link can move the session out of it: slots that stay as they
     * are were allowed when they were made, or are already the subject of an alert.
     */
    @Override
    public void requireScheduleAllowed(Long cohortId, List<Slot> changed) {
        lock();
        List<Conflict> found = new ArrayList<>(membersMeeting(cohortId, Where.CLASHING_SESSIONS,
                theirs -> clash(changed, scheduledSlots(theirs.cohortId()))));
        for (Long member : activeMembers(cohortId)) {
            found.addAll(nearMeetings(member, changed));
        }
        refuseIf(found);
    }

    /**
     * Checks a group meeting outside the cohort (a SMART Recovery or support group date, a Life Laundry place) before it
     * is recorded. One today or to come at a venue and time that clashes with a session or group meeting of someone
     * kept apart from the participant is refused; one that has already happened is a fact to record, so it is let
     * through and alerted instead ({@link #alertOnMeetingHeld}).
     */
    public void requireMeetingAllowed(Long participantId, String programme, Slot slot) {
        if (slot.date().isBefore(LocalDate.now(clock.withZone(UkDates.UK)))) {
            alertOnMeetingHeld(participantId, programme, slot);
            return;
        }
        lock();
        refuseIf(meetingConflicts(participantId, slot));
    }

    /**
     * A group meeting that has already happened is a fact and is recorded, but if someone kept apart from the participant
     * was at the venue then, the two may have met: the workers and leads of whichever side may be the one harmed are
     * alerted, each told only of their own person (as after a refused change: told the other way round, a perpetrator's
     * workers would learn where his victim goes).
     */
    private void alertOnMeetingHeld(Long participantId, String programme, Slot slot) {
        lock();
        String day = UkDates.date(slot.date());
        record OtherSide(Long participantId, String programme) {
        }
        List<OtherSide> others = meetingConflicts(participantId, slot).stream()
                .map(c -> new OtherSide(c.otherParticipantId(), c.otherProgramme())).distinct().toList();
        if (others.stream().anyMatch(other -> mayBeHarmedBy(participantId, other.participantId()))) {
            alerts.raise(AlertKind.SEPARATION_CONFLICT, programme, participantId, null, Participant.reference(participantId)
                    + " was recorded at a group meeting on " + day + " at a venue and time where someone who must be kept apart from"
                    + " them (safety rule 1) had a session or meeting. Check whether they met, and review the safety plan.");
        }
        others.stream().filter(other -> mayBeHarmedBy(other.participantId(), participantId)).forEach(other ->
                alerts.raise(AlertKind.SEPARATION_CONFLICT, other.programme(), other.participantId(), null,
                        Participant.reference(other.participantId()) + " had a session or meeting on " + day + " at a venue and time where"
                        + " someone who must be kept apart from them (safety rule 1) was recorded at a group meeting. Check whether"
                        + " they met, and review the safety plan."));
    }

    /** Where a group meeting of the participant at {@code slot} would meet someone kept apart from them. */
    private List<Conflict> meetingConflicts(Long participantId, Slot slot) {
        List<Conflict> found = new ArrayList<>();
        for (Long other : keptApartFrom(participantId)) {
            for (Enrolment theirs : activeEnrolments(other)) {
                if (clash(List.of(slot), scheduledSlots(theirs.cohortId()))) {
                    found.add(new Conflict(participantId, other, theirs.cohortId(), theirs.programmeCode(), Where.CLASHING_MEETING));
                }
            }
        }
        found.addAll(nearMeetings(participantId, List.of(slot)));
        return found;
    }

    /** Group meetings of anyone kept apart from the participant that clash with these slots (from the earliest of them on). */
    private List<Conflict> nearMeetings(Long participantId, List<Slot> slots) {
        List<Conflict> found = new ArrayList<>();
        if (slots.isEmpty()) {
            return found;
        }
        LocalDate from = slots.stream().map(Slot::date).min(LocalDate::compareTo).orElseThrow();
        for (Long other : keptApartFrom(participantId)) {
            for (GroupMeetings source : groupMeetings) {
                for (GroupMeetings.Meeting meeting : source.of(other, from)) {
                    if (clash(slots, List.of(meeting.slot()))) {
                        found.add(new Conflict(participantId, other, null, meeting.programmeCode(), Where.CLASHING_MEETING));
                    }
                }
            }
        }
        return found;
    }

    /** Refuses new facilitators for a cohort where one of them also runs a group of someone kept apart from a member. */
    @Override
    public void requireFacilitatorsAllowed(Long cohortId, Collection<Long> facilitators) {
        lock();
        refuseIf(membersMeeting(cohortId, Where.SHARED_FACILITATOR,
                theirs -> !Collections.disjoint(facilitators, em.find(Cohort.class, theirs.cohortId()).facilitatorIds())));
    }

    /** The cohort's members who would meet, as {@code where} says, someone kept apart from them in another cohort. */
    private List<Conflict> membersMeeting(Long cohortId, Where where, Predicate<Enrolment> wouldMeet) {
        List<Conflict> found = new ArrayList<>();
        for (Long member : activeMembers(cohortId)) {
            for (Long other : keptApartFrom(member)) {
                for (Enrolment theirs : activeEnrolments(other)) {
                    if (!theirs.cohortId().equals(cohortId) && wouldMeet.test(theirs)) {
                        found.add(new Conflict(member, other, theirs.cohortId(), theirs.programmeCode(), where));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Takes the rule's lock before a link is written, as every check takes it before it reads the links: a link saved
     * first and locked after deadlocked with a placement that held the lock and waited to read that link.
     */
    @Override
    public void lockBeforeLinkChange() {
        lock();
    }

    /** After a link is recorded: alerts the leads of every cohort where the two now meet. */
    @Override
    public void alertOnNewLink(Long one, Long other) {
        lock();
        Set<Long> others = sameRecords.samePerson(other);
        // On every record of the one person: the link may be on a new record while the place is held on the old one.
        for (Long record : sameRecords.samePerson(one)) {
            for (Enrolment enrolment : activeEnrolments(record)) {
                for (Conflict conflict : conflicts(record, enrolment.cohortId(), scheduledSlots(enrolment.cohortId()))) {
                    if (others.contains(conflict.otherParticipantId()) && conflict.otherCohortId() != null) {
                        raise(record, enrolment);
                        activeEnrolments(conflict.otherParticipantId()).stream().filter(e -> e.cohortId().equals(conflict.otherCohortId()))
                                .forEach(e -> raise(conflict.otherParticipantId(), e));
                    }
                }
            }
        }
    }

    private void raise(Long participantId, Enrolment enrolment) {
        // One alert per side, each naming only the participant in that lead's own cohort.
        alerts.raise(AlertKind.SEPARATION_CONFLICT, enrolment.programmeCode(), participantId, enrolment.cohortId(),
                Participant.reference(participantId) + " in cohort " + enrolment.cohortId() + " has just been linked to someone who must be "
                + "kept apart from them (safety rule 1), and they now share a group or clashing sessions at one venue. Move one of them.");
    }

    /**
     * Where the participant, in the cohort with these slots, would meet someone they must be kept apart from: the same
     * cohort, clashing sessions at one venue, or a facilitator they would share (who would then see both records).
     */
    List<Conflict> conflicts(Long participantId, Long cohortId, List<Slot> slots) {
        List<Conflict> found = new ArrayList<>();
        Cohort cohort = em.find(Cohort.class, cohortId);
        for (Long other : keptApartFrom(participantId)) {
            for (Enrolment theirs : activeEnrolments(other)) {
                if (theirs.cohortId().equals(cohortId)) {
                    found.add(new Conflict(participantId, other, cohortId, theirs.programmeCode(), Where.SAME_COHORT));
                } else if (clash(slots, scheduledSlots(theirs.cohortId()))) {
                    found.add(new Conflict(participantId, other, theirs.cohortId(), theirs.programmeCode(), Where.CLASHING_SESSIONS));
                } else if (!Collections.disjoint(cohort.facilitatorIds(), em.find(Cohort.class, theirs.cohortId()).facilitatorIds())) {
                    found.add(new Conflict(participantId, other, theirs.cohortId(), theirs.programmeCode(), Where.SHARED_FACILITATOR));
                }
            }
        }
        // Their group meetings outside any cohort, from today on: a session of ours in the past meets nobody now.
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        found.addAll(nearMeetings(participantId, slots.stream().filter(s -> !s.date().isBefore(today)).toList()));
        return found;
    }

    /** Takes the rule's lock, so that checks and the changes they allow happen one at a time. */
    private void lock() {
        em.find(SeparationLock.class, SeparationLock.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    private void refuseIf(List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        Conflict first = conflicts.get(0);
        // Read here, in the change's own transaction, which may hold that cohort's lock; recorded in one of their own.
        refusals.record(first, first.otherProgramme(), mayBeHarmedBy(first.otherParticipantId(), first.participantId()));
        throw new DomainException(ProblemType.SEPARATION_RULE, REFUSAL);
    }

    /**
     * Everyone a current link keeps apart from the participant. Records that may be (or are) one person count as one
     * ({@link DuplicateRecords#samePerson}): a link on either applies to both, on both sides of the link.
     */
    /**
     * Whether {@code person} is, or may be, the one harmed in a current link with {@code other} (any of their records):
     * a role other than perpetrator. Only that side's workers are told of a refused attempt to book someone near
     * them; told the other way round, a perpetrator's workers would learn where his victim was trying to go.
     */
    private boolean mayBeHarmedBy(Long person, Long other) {
        Set<Long> them = sameRecords.samePerson(other);
        for (Long record : sameRecords.samePerson(person)) {
            for (LinkedParty link : currentLinks(record)) {
                if (link.requiresSeparation() && them.contains(link.otherThan(record))
                        && link.roleOf(record) != LinkRole.PERPETRATOR) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<Long> keptApartFrom(Long participantId) {
        Set<Long> self = sameRecords.samePerson(participantId);
        Set<Long> others = new LinkedHashSet<>();
        for (Long record : self) {
            for (LinkedParty link : currentLinks(record)) {
                if (link.requiresSeparation()) {
                    others.addAll(sameRecords.samePerson(link.otherThan(record)));
                }
            }
        }
        others.removeAll(self);
        return others;
    }

    private List<LinkedParty> currentLinks(Long record) {
        return em.createQuery(LinkedParty.CURRENT_OF, LinkedParty.class).setParameter("p", record).getResultList();
    }

    private List<Enrolment> activeEnrolments(Long participantId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.participantId = :p AND e.state IN :active AND e.cohortId IS NOT NULL",
                Enrolment.class).setParameter("p", participantId).setParameter("active", ACTIVE).getResultList();
    }

    private List<Long> activeMembers(Long cohortId) {
        return em.createQuery("SELECT e.participantId FROM Enrolment e WHERE e.cohortId = :c AND e.state IN :active", Long.class)
                .setParameter("c", cohortId).setParameter("active", ACTIVE).getResultList();
    }

    List<Slot> scheduledSlots(Long cohortId) {
        return em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId = :c AND s.status = :scheduled", CohortSession.class)
                .setParameter("c", cohortId).setParameter("scheduled", SessionStatus.SCHEDULED)
                .getResultStream().map(CohortSession::slot).toList();
    }

    private Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    private boolean clash(List<Slot> ours, List<Slot> theirs) {
        for (Slot a : ours) {
            for (Slot b : theirs) {
                if (a.clashesWith(b, buffer())) {
                    return true;
                }
            }
        }
        return false;
    }
}
