package uk.dap.server.dataprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.dap.server.audit.application.RecordNotes;
import uk.dap.server.common.BulkUpdates;
import uk.dap.server.participant.domain.Participant;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.text.UkDates;

/** For the audit trail: a person whose name and date of birth are gone reads "P-000123 erased on 8 Dec 2026". */
@ApplicationScoped
public class AnonymisedPeople implements RecordNotes {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public Map<String, String> notesFor(Set<String> participantReferences) {
        List<Long> ids = participantReferences.stream().map(Participant::idFromReference).flatMap(java.util.Optional::stream).toList();
        Map<String, String> notes = new HashMap<>();
        if (ids.isEmpty()) {
            return notes;
        }
        for (Object[] row : BulkUpdates.select(em, "SELECT subject_id, anonymised_on, cause FROM anonymisation WHERE kind = ? AND subject_id IN (:ids)",
                ids, RecordKind.IDENTITY.name())) {
            String reference = Participant.reference(((Number) row[0]).longValue());
            String on = UkDates.date(((Date) row[1]).toLocalDate());
            notes.put(reference, reference + ("ERASURE".equals(row[2]) ? " erased on " : " anonymised (retention schedule) on ") + on);
        }
        return notes;
    }
}
