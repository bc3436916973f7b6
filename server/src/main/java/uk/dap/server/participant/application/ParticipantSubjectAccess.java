package uk.dap.server.participant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.dap.server.common.SubjectAccessSource;
import uk.dap.server.participant.domain.Participant;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.text.UkDates;

/**
 * The person's own record for their subject access pack: their details and their own contact details (confidential or
 * not: they are theirs). Left out by design: the people they are linked to (a partner's record is hers, and even that
 * a link exists may say where she is) and their children's records (a child's own, answered on the child's behalf).
 */
@ApplicationScoped
public class ParticipantSubjectAccess implements SubjectAccessSource {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Override
    public List<PackItem> itemsAbout(long participantId) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null) {
            return List.of();
        }
        ContactDetails contact = p.contact();
        SafeContact safe = p.safeContact();
        return List.of(PackItem.of("record", "Your record", "Your details", null)
                .field("Reference", p.reference())
                .field("Name", p.fullName())
                .field("Date of birth", UkDates.date(p.dateOfBirth()))
                .field("Gender", p.gender() == null ? null : p.gender().label())
                .field("Preferred language", p.preferredLanguage())
                .field("Interpreter needed", p.interpreterNeeded() ? "Yes" : "No")
                .field("Accessibility needs", p.accessibilityNeeds())
                .field("Address", contact == null ? null : contact.address())
                .field("Postcode", contact == null ? null : contact.postcode())
                .field("Phone", contact == null ? null : contact.phone())
                .field("Email", contact == null ? null : contact.email())
                .field("Contact details kept confidential", p.contactConfidential() ? "Yes" : "No")
                .field("Why confidential", p.confidentialReason())
                .field("Safe to phone", yes(safe == null ? null : safe.phone()))
                .field("Safe to leave voicemail", yes(safe == null ? null : safe.voicemail()))
                .field("Safe to text", yes(safe == null ? null : safe.text()))
                .field("Safe to email", yes(safe == null ? null : safe.email()))
                .field("Safe to send letters", yes(safe == null ? null : safe.letters()))
                .field("Code word", safe == null ? null : safe.codeWord())
                .field("Safe times to contact", safe == null ? null : safe.safeTimes())
                .build());
    }

    /**
     * The names and contact details of everyone linked to the person (current or past links), and every confidential
     * address and phone number held of anyone else.
     */
    @Override
    public Set<String> otherPeoplesDetails(long participantId) {
        Set<String> details = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> linked = em.createNativeQuery("SELECT o.first_name, o.last_name, o.address, o.postcode, o.phone, o.email"
                + " FROM linked_party l JOIN participant o ON o.id = CASE WHEN l.participant_a = ? THEN l.participant_b ELSE l.participant_a END"
                + " WHERE l.participant_a = ? OR l.participant_b = ?")
                .setParameter(1, participantId).setParameter(2, participantId).setParameter(3, participantId).getResultList();
        linked.forEach(row -> addAll(details, row));
        @SuppressWarnings("unchecked")
        List<Object[]> confidential = em.createNativeQuery("SELECT address, postcode, phone, email FROM participant"
                + " WHERE contact_confidential = TRUE AND id <> ?").setParameter(1, participantId).getResultList();
        confidential.forEach(row -> addAll(details, row));
        return details;
    }

    static void addAll(Set<String> details, Object[] row) {
        for (Object value : row) {
            if (value != null && !value.toString().isBlank()) {
                details.add(value.toString().trim());
            }
        }
    }

    private static String yes(Boolean answer) {
        return SafeContact.yes(answer) ? "Yes" : "No";
    }
}
