package uk.dap.server.enrolment.application;

import java.util.Map;
import uk.dap.shared.api.attendance.AttendanceStatus;

/**
 * One enrolment's marks by session id, for the completion rule. Declared here and implemented by attendance, which
 * keeps the registers: attendance depends on enrolment (who is on a register), never the other way round.
 */
public interface AttendanceMarks {
    Map<Long, AttendanceStatus> of(Long enrolmentId);
}
