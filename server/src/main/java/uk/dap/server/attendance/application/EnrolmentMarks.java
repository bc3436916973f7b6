package uk.dap.server.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import uk.dap.server.attendance.domain.Attendance;
import uk.dap.server.enrolment.application.AttendanceMarks;
import uk.dap.shared.api.attendance.AttendanceStatus;

/** The marks of one enrolment on every register, whichever cohort the session was in. */
@ApplicationScoped
public class EnrolmentMarks implements AttendanceMarks {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public Map<Long, AttendanceStatus> of(Long enrolmentId) {
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        for (Attendance a : em.createQuery("SELECT a FROM Attendance a WHERE a.enrolmentId = :e", Attendance.class)
                .setParameter("e", enrolmentId).getResultList()) {
            marks.put(a.sessionId(), a.status());
        }
        return marks;
    }
}
