package uk.dap.server.participant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.server.common.RetentionClocks;
import uk.dap.shared.api.dataprotection.RecordKind;

/**
 * A person's contact details, name and date of birth, and their children's, removed when the retention schedule or an
 * erasure says (docs/data-protection.md). A date of birth keeps its year (1 January), so that ages in years stay
 * roughly right for figures; the search words go with the name, so an anonymised person is found by reference only.
 */
@ApplicationScoped
public class ParticipantPersonalRecords implements PersonalRecords, RetentionClocks {
    /** What an anonymised name reads: plainly not a person's name, and the same for everyone. */
    public static final String ANONYMISED = "Anonymised";
    private static final String YEAR_ONLY = "DATE(CAST(YEAR(date_of_birth) AS CHAR(4)) || '-01-01')";

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        return switch (kind) {
            case CONTACT_DETAILS -> BulkUpdates.update(em, "UPDATE participant SET preferred_language = NULL, accessibility_needs = NULL,"
                    + " address = NULL, postcode = NULL, phone = NULL, email = NULL, confidential_reason = NULL, code_word = NULL,"
                    + " safe_times = NULL, version = version + 1 WHERE id IN (:ids)", ids);
            case IDENTITY -> BulkUpdates.update(em, "DELETE FROM participant_name_word WHERE participant_id IN (:ids)", ids)
                    + BulkUpdates.update(em, "UPDATE participant SET first_name = ?, last_name = 'person', date_of_birth = " + YEAR_ONLY
                    + ", version = version + 1 WHERE id IN (:ids)", ids, ANONYMISED);
            case CHILDREN -> BulkUpdates.update(em, "UPDATE child SET first_name = ?, last_name = NULL, date_of_birth = " + YEAR_ONLY
                    + ", version = version + 1 WHERE id IN (:ids)", ids, ANONYMISED);
            default -> 0;
        };
    }

    @Override
    public Map<Long, ChildClock> childrensBirthdays() {
        Map<Long, ChildClock> clocks = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, participant_id, date_of_birth FROM child").getResultList();
        for (Object[] row : rows) {
            LocalDate born = ((Date) row[2]).toLocalDate();
            clocks.put(((Number) row[0]).longValue(), new ChildClock(((Number) row[1]).longValue(), born.plusYears(25)));
        }
        return clocks;
    }

    @Override
    public List<Long> childrenOf(long participantId) {
        return em.createQuery("SELECT c.id FROM Child c WHERE c.participantId = :p ORDER BY c.id", Long.class)
                .setParameter("p", participantId).getResultList();
    }
}
