package uk.dap.server.evaluation.application;

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
 * Questionnaire answers item by item, removed when the retention schedule or an erasure says (docs/data-protection.md):
 * a person's own answers with their questionnaires, a child's with the child's records. Each response's total score,
 * stage and dates stay: the completion report counts them. A kiosk's id goes with the kiosk sign-in records.
 */
@ApplicationScoped
public class EvaluationPersonalRecords implements PersonalRecords {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        return switch (kind) {
            case QUESTIONNAIRE_ANSWERS -> BulkUpdates.update(em, "DELETE FROM evaluation_answer WHERE response_id IN"
                    + " (SELECT r.id FROM evaluation_response r WHERE r.child_id IS NULL AND r.participant_id IN (:ids))", ids);
            case CHILDREN -> BulkUpdates.update(em, "DELETE FROM evaluation_answer WHERE response_id IN"
                    + " (SELECT r.id FROM evaluation_response r WHERE r.child_id IN (:ids))", ids);
            case KIOSK_AND_SIGN_IN -> BulkUpdates.update(em, "UPDATE evaluation_response SET kiosk_id = NULL"
                    + " WHERE kiosk_id IS NOT NULL AND participant_id IN (:ids)", ids);
            default -> 0;
        };
    }

    @Override
    public int anonymiseRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        if (kind != RecordKind.KIOSK_AND_SIGN_IN) {
            return 0;
        }
        return em.createNativeQuery("UPDATE evaluation_response SET kiosk_id = NULL WHERE kiosk_id IS NOT NULL AND received_at < ?"
                + heldLeftOut(held)).setParameter(1, startOf(before)).executeUpdate();
    }

    @Override
    public long countRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        if (kind != RecordKind.KIOSK_AND_SIGN_IN) {
            return 0;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM evaluation_response WHERE kiosk_id IS NOT NULL AND received_at < ?"
                + heldLeftOut(held)).setParameter(1, startOf(before)).getSingleResult()).longValue();
    }

    /** Ids are numbers the service made, so they go into the statement as they are. */
    static String heldLeftOut(Set<Long> held) {
        return held.isEmpty() ? "" : " AND participant_id NOT IN (" + String.join(",", held.stream().map(String::valueOf).toList()) + ")";
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(UkDates.UK).toInstant());
    }
}
