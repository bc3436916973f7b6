package uk.dap.server.casework.application;

import static uk.dap.server.common.SubjectAccessSource.date;
import static uk.dap.server.common.SubjectAccessSource.day;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.common.SubjectAccessSource;
import uk.dap.shared.api.casework.AppointmentOutcome;
import uk.dap.shared.api.casework.AppointmentType;
import uk.dap.shared.api.casework.NoteType;

/**
 * The person's case notes (as they now read, corrections applied) and appointments for their subject access pack.
 * Partner-contact notes never go in: they are the partner's words, kept on his file only so that his workers know what
 * the service heard from her, and even that they exist could put her at risk. Group observations go in with every
 * other group member's name taken out (the pack's redaction of other people's details).
 */
@ApplicationScoped
public class CaseworkSubjectAccess implements SubjectAccessSource {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<PackItem> itemsAbout(long participantId) {
        List<PackItem> items = new ArrayList<>();
        List<Object[]> notes = em.createNativeQuery("SELECT n.id, n.note_type, v.occurred_on, v.body, v.author_name FROM case_note n"
                + " JOIN case_note_version v ON v.note_id = n.id WHERE n.participant_id = ? AND n.note_type <> ?"
                + " AND v.version_number = (SELECT MAX(w.version_number) FROM case_note_version w WHERE w.note_id = n.id)"
                + " ORDER BY v.occurred_on, n.id").setParameter(1, participantId).setParameter(2, NoteType.PARTNER_CONTACT.name()).getResultList();
        for (Object[] n : notes) {
            items.add(PackItem.of("note-" + n[0], "Case notes", NoteType.valueOf((String) n[1]).label(), day(n[2]))
                    .field("Date", date(n[2])).field("Note", n[3]).staff("Written by", (String) n[4]).build());
        }
        List<Object[]> appointments = em.createNativeQuery("SELECT id, appointment_type, starts_at, with_whom, outcome FROM appointment"
                + " WHERE participant_id = ? ORDER BY starts_at, id").setParameter(1, participantId).getResultList();
        for (Object[] a : appointments) {
            items.add(PackItem.of("appointment-" + a[0], "Appointments", AppointmentType.valueOf((String) a[1]).label(), day(a[2]))
                    .field("When", date(a[2]) + " " + ((java.sql.Timestamp) a[2]).toInstant().atZone(uk.dap.shared.text.UkDates.UK).toLocalTime())
                    .staff("With", (String) a[3])
                    .field("Kept or missed", a[4] == null ? "Not yet marked" : AppointmentOutcome.valueOf((String) a[4]).label()).build());
        }
        return items;
    }
}
