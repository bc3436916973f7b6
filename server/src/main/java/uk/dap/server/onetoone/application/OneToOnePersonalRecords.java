package uk.dap.server.onetoone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.shared.api.dataprotection.RecordKind;

/**
 * The words of New Beginnings' one-to-one records (timeline events, session notes, onward referrals), removed with the
 * case notes (docs/data-protection.md); each record's kind, date and coded results stay.
 */
@ApplicationScoped
public class OneToOnePersonalRecords implements PersonalRecords {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        if (kind != RecordKind.CASE_NOTES) {
            return 0;
        }
        return BulkUpdates.update(em, "UPDATE one_to_one_record SET text = NULL, onward_referral = NULL"
                + " WHERE (text IS NOT NULL OR onward_referral IS NOT NULL) AND participant_id IN (:ids)", ids);
    }
}
