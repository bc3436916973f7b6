package uk.dap.shared.api.attendance;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.cohort.SessionStatus;

/**
 * A cohort's register: participants by week. {@code statuses} has one entry per session column (null: not marked or
 * not yet held); the rate is attended / held sessions, cancelled sessions not counting. Someone moved to another cohort
 * keeps a row for their time here, with the day they moved ({@code movedOn}; null for everyone still in the cohort).
 */
public record CohortRegister(Long cohortId, List<Column> sessions, List<Row> rows) {

    public record Column(Long sessionId, int number, LocalDate date, SessionStatus status, boolean closed) {
    }

    public record Row(Long enrolmentId, Long participantId, String reference, String firstName, String lastName,
                      List<AttendanceStatus> statuses, int attended, int held, Integer ratePercent, LocalDate movedOn) {
    }
}
