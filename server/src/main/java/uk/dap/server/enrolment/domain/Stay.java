package uk.dap.server.enrolment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.shared.api.attendance.AttendanceStatus;

/**
 * A time a person spent in one cohort: from the day they were placed in it to the day they left it (moved to another
 * cohort, completed or withdrew). Most people have one stay; someone moved to another cohort has one per cohort. The
 * sessions a person was expected at are the scheduled sessions within their stays, and any session they have a mark at.
 *
 * @param cohortId the cohort (null: any cohort, for a caller that already chose the sessions)
 * @param from the day they were placed (null: every session before counts)
 * @param to the last day they were in it (null while they still are)
 */
public record Stay(Long cohortId, LocalDate from, LocalDate to) {

    /**
     * Their time in a cohort they were moved out of: from the day placed in it to the day before the move (a session on
     * the day of the move is the new cohort's).
     */
    public static Stay earlier(Long cohortId, LocalDate placedOn, LocalDate transferredOn) {
        return new Stay(cohortId, placedOn, transferredOn.minusDays(1));
    }

    /**
     * Their time in their current cohort: from the day placed in it (the day they were enrolled, unless moved there
     * since) to the day the enrolment ended; none before they are enrolled.
     */
    public static Stay current(Long cohortId, LocalDate movedHereOn, LocalDate enrolledOn, LocalDate endedOn) {
        return enrolledOn == null || cohortId == null ? null : new Stay(cohortId, movedHereOn != null ? movedHereOn : enrolledOn, endedOn);
    }

    /** Whether this session was theirs to attend: scheduled, and marked or within one of the stays. */
    public static boolean expected(List<Stay> stays, CohortSession session, AttendanceStatus status) {
        return expected(stays, session.cohortId(), session.date(), session.isScheduled(), status != null);
    }

    /** The same rule for a session read as plain values (the completion report's JDBC reads). */
    public static boolean expected(List<Stay> stays, Long cohortId, LocalDate day, boolean scheduled, boolean marked) {
        return scheduled && (marked || within(stays, cohortId, day));
    }

    /** Whether the day falls in one of the stays in that cohort. */
    public static boolean within(List<Stay> stays, Long cohortId, LocalDate day) {
        for (Stay stay : stays) {
            if ((stay.cohortId == null || stay.cohortId.equals(cohortId)) && (stay.from == null || !day.isBefore(stay.from))
                    && (stay.to == null || !day.isAfter(stay.to))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stays as the completion rule reads them: the first one reaches back to the start of its cohort. A programme is
     * completed over all of it, so the sessions a late joiner missed before being placed count as missed; otherwise a
     * woman placed in week 12 with a paper mark for week 1 would be assessed over that one session. Sessions of a cohort
     * someone was moved into, before the move, stay out: they were at the same session in the cohort they came from.
     */
    public static List<Stay> fromTheStart(List<Stay> stays) {
        if (stays.isEmpty()) {
            return stays;
        }
        List<Stay> whole = new ArrayList<>(stays);
        Stay first = whole.get(0);
        whole.set(0, new Stay(first.cohortId, null, first.to));
        return List.copyOf(whole);
    }

    /** The cohorts of these stays, each once. */
    public static List<Long> cohorts(List<Stay> stays) {
        return stays.stream().map(Stay::cohortId).distinct().toList();
    }
}
