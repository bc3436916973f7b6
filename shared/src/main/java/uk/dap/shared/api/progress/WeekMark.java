package uk.dap.shared.api.progress;

import java.time.LocalDate;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.cohort.SessionStatus;

/** One session of the cohort and this person's mark at it (null: not marked, or not held yet). */
public record WeekMark(int number, LocalDate date, SessionStatus sessionStatus, AttendanceStatus mark) {
}
