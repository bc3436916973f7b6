package uk.dap.server.separation.application;

import java.time.LocalDate;
import java.util.List;
import uk.dap.server.cohort.domain.Slot;

/**
 * Where and when a person meets a group outside their cohorts (New Beginnings' SMART Recovery, support group and Life
 * Laundry): the capability that keeps such meetings says so here, so that {@link SeparationRule} checks them as it checks
 * sessions without reaching into that capability.
 */
public interface GroupMeetings {

    /** One such meeting: when and where, and the programme it belongs to (for the alerts a refusal raises). */
    record Meeting(Slot slot, String programmeCode) {
    }

    /** The person's meetings on or after {@code from}, at a known venue and time. */
    List<Meeting> of(Long participantId, LocalDate from);
}
