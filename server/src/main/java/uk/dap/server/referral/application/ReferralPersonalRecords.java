package uk.dap.server.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.shared.api.dataprotection.RecordKind;

/**
 * The words of a person's referrals, consent, risk judgements and decisions, removed when the retention schedule or an
 * erasure says (docs/data-protection.md). The programme, agency, dates, DASH score, levels and decisions stay: the
 * completion report counts them. Who decided stays too: it is a member of staff, not the person.
 */
@ApplicationScoped
public class ReferralPersonalRecords implements PersonalRecords {
    static final String REMOVED = "(removed)";
    private static final String THEIR_REFERRALS = " IN (SELECT r.id FROM referral r WHERE r.participant_id IN (:ids))";

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        if (kind != RecordKind.REFERRALS_AND_RISK) {
            return 0;
        }
        return BulkUpdates.update(em, "UPDATE referral SET reason = ?, external_contact = NULL, version = version + 1"
                + " WHERE participant_id IN (:ids)", ids, REMOVED)
                + BulkUpdates.update(em, "UPDATE consent_record SET reason = NULL, withdrawal_note = NULL WHERE referral_id" + THEIR_REFERRALS, ids)
                + BulkUpdates.update(em, "UPDATE risk_assessment SET judgement_reason = NULL WHERE referral_id" + THEIR_REFERRALS, ids)
                + BulkUpdates.update(em, "UPDATE eligibility_decision SET reason = ?, justification = NULL WHERE referral_id" + THEIR_REFERRALS,
                ids, REMOVED);
    }
}
