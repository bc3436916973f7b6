package uk.dap.server.enrolment.application;

import static uk.dap.server.common.SubjectAccessSource.date;
import static uk.dap.server.common.SubjectAccessSource.day;
import static uk.dap.server.common.SubjectAccessSource.words;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.dap.server.common.SubjectAccessSource;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * The person's enrolments for their subject access pack (programme, state, when placed and when ended, why they
 * withdrew, moves between groups), and the names of everyone they met in a group, kept out of the pack's words.
 */
@ApplicationScoped
public class EnrolmentSubjectAccess implements SubjectAccessSource {
    private static final String SECTION = "Programmes";

    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<PackItem> itemsAbout(long participantId) {
        List<PackItem> items = new ArrayList<>();
        List<Object[]> enrolments = em.createNativeQuery("SELECT e.id, p.name, e.state, e.placed_on, e.enrolled_at, e.ended_on,"
                + " e.withdrawal_reason, e.withdrawal_note FROM enrolment e JOIN programme p ON p.code = e.programme_code"
                + " WHERE e.participant_id = ? ORDER BY e.id").setParameter(1, participantId).getResultList();
        for (Object[] e : enrolments) {
            items.add(PackItem.of("enrolment-" + e[0], SECTION, String.valueOf(e[1]), day(e[4]))
                    .field("Where it stands", EnrolmentState.valueOf((String) e[2]).label())
                    .field("Placed in a group on", e[3] != null ? date(e[3]) : date(e[4]))
                    .field("Ended on", date(e[5])).field("Why they withdrew", words(e[6])).field("Withdrawal note", e[7]).build());
        }
        List<Object[]> moves = em.createNativeQuery("SELECT t.id, t.transferred_on, t.reason, t.transferred_by FROM cohort_transfer t"
                + " JOIN enrolment e ON e.id = t.enrolment_id WHERE e.participant_id = ? ORDER BY t.transferred_on, t.id")
                .setParameter(1, participantId).getResultList();
        for (Object[] t : moves) {
            items.add(PackItem.of("move-" + t[0], SECTION, "Moved to another group", day(t[1]))
                    .field("Moved on", date(t[1])).field("Why", t[2]).staff("Moved by", (String) t[3]).build());
        }
        return items;
    }

    /** The names of everyone who was placed in a group with the person. */
    @Override
    public Set<String> otherPeoplesDetails(long participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> names = em.createNativeQuery("SELECT DISTINCT o.first_name, o.last_name FROM enrolment mine"
                + " JOIN enrolment theirs ON theirs.cohort_id = mine.cohort_id AND theirs.participant_id <> mine.participant_id"
                + " JOIN participant o ON o.id = theirs.participant_id WHERE mine.participant_id = ? AND mine.cohort_id IS NOT NULL")
                .setParameter(1, participantId).getResultList();
        Set<String> details = new HashSet<>();
        for (Object[] name : names) {
            details.add((String) name[0]);
            details.add((String) name[1]);
        }
        return details;
    }
}
