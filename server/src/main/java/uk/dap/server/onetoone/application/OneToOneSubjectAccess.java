package uk.dap.server.onetoone.application;

import static uk.dap.server.common.SubjectAccessSource.date;
import static uk.dap.server.common.SubjectAccessSource.day;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.common.SubjectAccessSource;
import uk.dap.shared.api.onetoone.RecordKind;

/** New Beginnings' one-to-one records about the person, for their subject access pack. */
@ApplicationScoped
public class OneToOneSubjectAccess implements SubjectAccessSource {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public List<PackItem> itemsAbout(long participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> records = em.createNativeQuery("SELECT r.id, r.kind, r.occurred_on, r.text, r.qb_result, r.onward_referral, r.recorded_by,"
                + " s.label FROM one_to_one_record r LEFT JOIN attachment_strategy s ON s.id = r.strategy_id WHERE r.participant_id = ?"
                + " ORDER BY r.occurred_on, r.id").setParameter(1, participantId).getResultList();
        List<PackItem> items = new ArrayList<>();
        for (Object[] r : records) {
            items.add(PackItem.of("one-to-one-" + r[0], "New Beginnings records", RecordKind.valueOf((String) r[1]).label(), day(r[2]))
                    .field("Date", date(r[2])).field("Record", r[3]).field("Attachment strategy", r[7]).field("Result", r[4])
                    .field("Onward referral", r[5]).staff("Recorded by", (String) r[6]).build());
        }
        return items;
    }
}
