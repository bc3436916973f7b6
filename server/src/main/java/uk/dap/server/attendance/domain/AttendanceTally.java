package uk.dap.server.attendance.domain;

import java.time.LocalDate;
import java.util.List;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.shared.api.attendance.AttendanceStatus;

/**
 * One person's attendance over a cohort's sessions, counted the same way everywhere (the cohort register, the
 * progress page): a session counts as held once it was not cancelled and its register is closed, it has a mark, or its
 * day has come. Cancelled sessions never count against anyone.
 */
public record AttendanceTally(int held, int attended, int late, int leftEarly, int excused, int absent, int unmarked, int toCome) {

    /** A session and this person's mark at it (null when unmarked). */
    public record Mark(CohortSession session, AttendanceStatus status) {
    }

    /** @param joinedOn the day the person was placed in the cohort (null: count every session) */
    public static AttendanceTally of(List<Mark> marks, LocalDate today, LocalDate joinedOn) {
        return of(marks, today, joinedOn, null);
    }

    /**
     * @param leftOn the day the person's enrolment ended (null while it runs): unmarked sessions after it are not theirs
     *     to have missed, so a withdrawn person's rate does not keep falling week by week after they left
     */
    public static AttendanceTally of(List<Mark> marks, LocalDate today, LocalDate joinedOn, LocalDate leftOn) {
        return over(marks, today, List.of(new Stay(null, joinedOn, leftOn)));
    }

    /**
     * Over the sessions of the person's stays ({@link Stay}): a session is theirs once it is scheduled and they have a
     * mark at it or it falls within one of their stays.
     */
    public static AttendanceTally over(List<Mark> marks, LocalDate today, List<Stay> stays) {
        int held = 0, attended = 0, late = 0, leftEarly = 0, excused = 0, absent = 0, unmarked = 0, toCome = 0;
        for (Mark mark : marks) {
            CohortSession s = mark.session();
            AttendanceStatus status = mark.status();
            if (!Stay.expected(stays, s, status)) {
                continue;
            }
            if (!(s.isRegisterClosed() || status != null || !s.date().isAfter(today))) {
                toCome++;
                continue;
            }
            held++;
            if (status == null) {
                unmarked++;
                continue;
            }
            attended += status.attended() ? 1 : 0;
            late += status == AttendanceStatus.LATE ? 1 : 0;
            leftEarly += status == AttendanceStatus.LEFT_EARLY ? 1 : 0;
            excused += status == AttendanceStatus.EXCUSED ? 1 : 0;
            absent += status == AttendanceStatus.ABSENT ? 1 : 0;
        }
        return new AttendanceTally(held, attended, late, leftEarly, excused, absent, unmarked, toCome);
    }

    /** Attended over held, as a whole percentage; null before any session was held. */
    public Integer ratePercent() {
        return held == 0 ? null : Math.round(attended * 100f / held);
    }
}
