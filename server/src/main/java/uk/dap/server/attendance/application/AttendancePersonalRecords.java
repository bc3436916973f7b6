package uk.dap.server.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.text.UkDates;

/**
 * The notes on a person's register corrections (with their attendance) and where and when a kiosk took their sign-in
 * (kiosk sign-in records, by the record's date), removed when the retention schedule or an erasure says
 * (docs/data-protection.md). Every mark, its session and the server's time stay: attendance is what the report counts.
 */
@ApplicationScoped
public class AttendancePersonalRecords implements PersonalRecords {
    private static final String THEIR_ENROLMENTS = " IN (SELECT e.id FROM enrolment e WHERE e.participant_id IN (:ids))";
    private static final String KIOSK_LEFT = "UPDATE attendance SET kiosk_id = NULL, kiosk_time = NULL, sign_in_id = NULL, version = version + 1"
            + " WHERE (kiosk_id IS NOT NULL OR kiosk_time IS NOT NULL OR sign_in_id IS NOT NULL)";

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        return switch (kind) {
            case ATTENDANCE -> BulkUpdates.update(em, "UPDATE attendance SET correction_reason = NULL, version = version + 1"
                    + " WHERE correction_reason IS NOT NULL AND enrolment_id" + THEIR_ENROLMENTS, ids);
            case KIOSK_AND_SIGN_IN -> BulkUpdates.update(em, KIOSK_LEFT + " AND enrolment_id" + THEIR_ENROLMENTS, ids);
            default -> 0;
        };
    }

    @Override
    public int anonymiseRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        if (kind != RecordKind.KIOSK_AND_SIGN_IN) {
            return 0;
        }
        return em.createNativeQuery(KIOSK_LEFT + " AND server_time < ?" + heldLeftOut(held))
                .setParameter(1, Timestamp.from(before.atStartOfDay(UkDates.UK).toInstant())).executeUpdate();
    }

    @Override
    public long countRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        if (kind != RecordKind.KIOSK_AND_SIGN_IN) {
            return 0;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM attendance WHERE (kiosk_id IS NOT NULL OR kiosk_time IS NOT NULL"
                + " OR sign_in_id IS NOT NULL) AND server_time < ?" + heldLeftOut(held))
                .setParameter(1, Timestamp.from(before.atStartOfDay(UkDates.UK).toInstant())).getSingleResult()).longValue();
    }

    /** Ids are numbers the service made, so they go into the statement as they are. */
    private static String heldLeftOut(Set<Long> held) {
        return held.isEmpty() ? "" : " AND enrolment_id NOT IN (SELECT e.id FROM enrolment e WHERE e.participant_id IN ("
                + String.join(",", held.stream().map(String::valueOf).toList()) + "))";
    }
}
