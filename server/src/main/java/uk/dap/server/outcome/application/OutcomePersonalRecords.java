package uk.dap.server.outcome.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.shared.api.dataprotection.RecordKind;

/**
 * The words of a person's outcomes (the summary, the support offered), removed when the retention schedule or an
 * erasure says (docs/data-protection.md); whether support was offered and taken up, and each child's status, stay.
 */
@ApplicationScoped
public class OutcomePersonalRecords implements PersonalRecords {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        if (kind != RecordKind.OUTCOMES) {
            return 0;
        }
        return BulkUpdates.update(em, "UPDATE enrolment_outcome SET summary = '(removed)', support_what = NULL, version = version + 1"
                + " WHERE enrolment_id IN (SELECT e.id FROM enrolment e WHERE e.participant_id IN (:ids))", ids);
    }
}
