package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.common.PersonalRecords;
import uk.dap.shared.api.dataprotection.RecordKind;

/**
 * Anonymises one kind of record for some people (or children) by asking every capability that holds personal data to
 * remove its part (PersonalRecords), and notes what was done in {@code anonymisation}, in the caller's transaction: the
 * records and the note are written together or not at all. The one way records are anonymised, for the schedule and
 * for an erasure alike.
 */
@ApplicationScoped
public class Anonymiser {
    /** Why a record was anonymised. */
    public enum Cause { SCHEDULE, ERASURE }

    @Inject
    @Any
    Instance<PersonalRecords> holders;
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    /** Rows changed across every capability. */
    public long anonymise(RecordKind kind, Collection<Long> subjectIds, Cause cause, LocalDate on) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        long changed = 0;
        for (PersonalRecords holder : holders) {
            changed += holder.anonymise(kind, subjectIds);
        }
        BulkUpdates.update(em, "DELETE FROM anonymisation WHERE kind = ? AND subject_id IN (:ids)", subjectIds, kind.name());
        for (Long id : subjectIds) {
            em.createNativeQuery("INSERT INTO anonymisation (kind, subject_id, anonymised_on, cause) VALUES (?, ?, ?, ?)")
                    .setParameter(1, kind.name()).setParameter(2, id).setParameter(3, java.sql.Date.valueOf(on))
                    .setParameter(4, cause.name()).executeUpdate();
        }
        return changed;
    }

    /** For a kind dated by the record: rows changed across every capability, leaving out the held. */
    public long anonymiseRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        long changed = 0;
        for (PersonalRecords holder : holders) {
            changed += holder.anonymiseRecordedBefore(kind, before, held);
        }
        return changed;
    }

    public long countRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        long count = 0;
        for (PersonalRecords holder : holders) {
            count += holder.countRecordedBefore(kind, before, held);
        }
        return count;
    }

    /** The subjects already anonymised for a kind, so that a run does each once. */
    public Set<Long> done(RecordKind kind) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT subject_id FROM anonymisation WHERE kind = ?").setParameter(1, kind.name()).getResultList();
        Set<Long> done = new HashSet<>();
        ids.forEach(id -> done.add(id.longValue()));
        return done;
    }
}
