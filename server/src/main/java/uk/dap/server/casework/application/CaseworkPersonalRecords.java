package uk.dap.server.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.shared.api.dataprotection.RecordKind;

/**
 * The words of a person's case notes (every version) and whom their appointments were with, removed when the retention
 * schedule or an erasure says (docs/data-protection.md). A note's type, date and author stay, and so do appointments'
 * times and whether they were kept: the progress page and the non-engagement rule count them.
 */
@ApplicationScoped
public class CaseworkPersonalRecords implements PersonalRecords {
    private static final String REMOVED = "(removed)";

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        if (kind != RecordKind.CASE_NOTES) {
            return 0;
        }
        return BulkUpdates.update(em, "UPDATE case_note_version SET body = ?, correction_reason = NULL"
                + " WHERE note_id IN (SELECT n.id FROM case_note n WHERE n.participant_id IN (:ids))", ids, REMOVED)
                + BulkUpdates.update(em, "UPDATE appointment SET with_whom = ?, change_reason = NULL, version = version + 1"
                + " WHERE participant_id IN (:ids)", ids, REMOVED);
    }
}
