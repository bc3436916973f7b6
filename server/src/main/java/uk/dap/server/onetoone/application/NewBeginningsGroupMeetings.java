package uk.dap.server.onetoone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.dap.server.separation.application.GroupMeetings;
import uk.dap.server.onetoone.domain.OneToOneRecord;

/** New Beginnings' group meetings outside the cohort, for the separation rule. */
@ApplicationScoped
public class NewBeginningsGroupMeetings implements GroupMeetings {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public List<Meeting> of(Long participantId, LocalDate from) {
        return em.createQuery("SELECT r FROM OneToOneRecord r WHERE r.participantId = :p AND r.venueId IS NOT NULL AND r.date >= :from",
                        OneToOneRecord.class).setParameter("p", participantId).setParameter("from", from)
                .getResultStream().map(r -> new Meeting(r.slot(), NewBeginnings.PROGRAMME)).toList();
    }
}
