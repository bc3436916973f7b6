package uk.dap.server.common;

import java.time.LocalDate;
import java.util.Map;

/**
 * When each person's (or child's) retention clock started, for the data-protection capability's schedule (issue 22).
 * Declared here so that the capability that knows the dates says them: enrolment knows when a person's last enrolment
 * ended, participant knows children's birthdays.
 */
public interface RetentionClocks {
    /**
     * Every participant whose enrolments have all ended (completed, withdrawn or declined), with the day the last one
     * ended; a person never referred counts from the day their record was made. Someone with an enrolment still open has
     * no clock yet and is left out.
     */
    default Map<Long, LocalDate> casesClosed() {
        return Map.of();
    }

    /** Every child with their 25th birthday and their parent's participant id (whose legal hold covers them too). */
    default Map<Long, ChildClock> childrensBirthdays() {
        return Map.of();
    }

    /** Whether the person has an enrolment not yet ended (referred, assessed, accepted, waiting or placed). */
    default boolean caseOpen(long participantId) {
        return false;
    }

    /** The person's children's ids. */
    default java.util.List<Long> childrenOf(long participantId) {
        return java.util.List.of();
    }

    record ChildClock(long parentId, LocalDate twentyFifthBirthday) {
    }
}
