package uk.dap.server.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.server.common.RetentionClocks;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.text.UkDates;

/**
 * When a person's last enrolment ended, the clock of most of the retention schedule; and the words written about their
 * withdrawals and moves between groups, removed with their attendance (docs/data-protection.md). The withdrawal's reason
 * (a code the report counts) and every date stay.
 */
@ApplicationScoped
public class EnrolmentPersonalRecords implements PersonalRecords, RetentionClocks {
    /** Enrolment.FINISHED as the column holds it. */
    private static final Set<String> ENDED = Enrolment.FINISHED.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> ids) {
        if (kind != RecordKind.ATTENDANCE) {
            return 0;
        }
        return BulkUpdates.update(em, "UPDATE enrolment SET withdrawal_note = NULL WHERE withdrawal_note IS NOT NULL AND participant_id IN (:ids)", ids)
                + BulkUpdates.update(em, "UPDATE cohort_transfer SET reason = '(removed)' WHERE reason <> '(removed)'"
                + " AND enrolment_id IN (SELECT e.id FROM enrolment e WHERE e.participant_id IN (:ids))", ids);
    }

    /**
     * A completed or withdrawn enrolment ends on the day given for it; a declined one on the day the decision was recorded
     * (its last move), which for an imported history is the day of the import: later than the decision, so kept longer,
     * never shorter.
     */
    @Override
    public Map<Long, LocalDate> casesClosed() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.created_at, e.state, e.ended_on,"
                + " (SELECT MAX(t.occurred_at) FROM enrolment_transition t WHERE t.enrolment_id = e.id)"
                + " FROM participant p LEFT JOIN enrolment e ON e.participant_id = p.id").getResultList();
        Map<Long, LocalDate> closed = new HashMap<>();
        Set<Long> open = new HashSet<>();
        for (Object[] row : rows) {
            long person = ((Number) row[0]).longValue();
            String state = (String) row[2];
            LocalDate ended;
            if (state == null) {
                ended = day((Timestamp) row[1]);
            } else if (ENDED.contains(state)) {
                ended = row[3] != null ? ((Date) row[3]).toLocalDate() : day(row[4] != null ? (Timestamp) row[4] : (Timestamp) row[1]);
            } else {
                open.add(person);
                continue;
            }
            closed.merge(person, ended, (a, b) -> a.isAfter(b) ? a : b);
        }
        closed.keySet().removeAll(open);
        return closed;
    }

    @Override
    public boolean caseOpen(long participantId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.participantId = :p AND e.state NOT IN :finished", Long.class)
                .setParameter("p", participantId).setParameter("finished", Enrolment.FINISHED).getSingleResult() > 0;
    }

    private static LocalDate day(Timestamp at) {
        return LocalDate.ofInstant(at.toInstant(), UkDates.UK);
    }
}
