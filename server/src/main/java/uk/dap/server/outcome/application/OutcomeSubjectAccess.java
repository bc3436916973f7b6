package uk.dap.server.outcome.application;

import static uk.dap.server.common.SubjectAccessSource.date;
import static uk.dap.server.common.SubjectAccessSource.day;
import static uk.dap.server.common.SubjectAccessSource.words;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.common.SubjectAccessSource;

/** The outcome of each of the person's programmes for their subject access pack (children's statuses are theirs, left out). */
@ApplicationScoped
public class OutcomeSubjectAccess implements SubjectAccessSource {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public List<PackItem> itemsAbout(long participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> outcomes = em.createNativeQuery("SELECT o.id, p.name, o.summary, o.support_offered, o.support_what, o.support_offered_on,"
                + " o.support_response, o.recorded_by, o.recorded_at FROM enrolment_outcome o JOIN enrolment e ON e.id = o.enrolment_id"
                + " JOIN programme p ON p.code = e.programme_code WHERE e.participant_id = ? ORDER BY o.recorded_at, o.id")
                .setParameter(1, participantId).getResultList();
        List<PackItem> items = new ArrayList<>();
        for (Object[] o : outcomes) {
            items.add(PackItem.of("outcome-" + o[0], "Outcomes", "Outcome of " + o[1], day(o[8]))
                    .field("Summary", o[2]).field("Support offered", Boolean.TRUE.equals(o[3]) ? "Yes" : "No").field("Support", o[4])
                    .field("Offered on", date(o[5])).field("Their answer", words(o[6])).staff("Recorded by", (String) o[7]).build());
        }
        return items;
    }
}
