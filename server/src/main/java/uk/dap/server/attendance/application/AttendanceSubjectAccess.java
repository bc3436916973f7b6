package uk.dap.server.attendance.application;

import static uk.dap.server.common.SubjectAccessSource.date;
import static uk.dap.server.common.SubjectAccessSource.day;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.common.SubjectAccessSource;
import uk.dap.shared.api.attendance.AttendanceStatus;

/** The person's attendance for their subject access pack: one item per programme, each session's day and mark. */
@ApplicationScoped
public class AttendanceSubjectAccess implements SubjectAccessSource {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public List<PackItem> itemsAbout(long participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> marks = em.createNativeQuery("SELECT e.id, p.name, s.session_date, a.status, a.correction_reason FROM attendance a"
                + " JOIN enrolment e ON e.id = a.enrolment_id JOIN programme p ON p.code = e.programme_code"
                + " JOIN cohort_session s ON s.id = a.session_id WHERE e.participant_id = ? ORDER BY e.id, s.session_date")
                .setParameter(1, participantId).getResultList();
        Map<Object, SubjectAccessSource.Builder> byEnrolment = new LinkedHashMap<>();
        for (Object[] mark : marks) {
            SubjectAccessSource.Builder item = byEnrolment.computeIfAbsent(mark[0],
                    enrolment -> PackItem.of("attendance-" + enrolment, "Attendance", "Attendance at " + mark[1], day(mark[2])));
            String status = AttendanceStatus.valueOf((String) mark[3]).label();
            item.field(date(mark[2]), mark[4] == null ? status : status + " (corrected: " + mark[4] + ")");
        }
        List<PackItem> items = new ArrayList<>();
        byEnrolment.values().forEach(item -> items.add(item.build()));
        return items;
    }
}
