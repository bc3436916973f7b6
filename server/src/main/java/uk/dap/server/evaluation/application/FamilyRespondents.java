package uk.dap.server.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.KioskName;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.referral.domain.Referral;
import uk.dap.shared.evaluation.InstrumentDefinition;

/**
 * Who answers a questionnaire in an enrolment: the participant, or, for a children's questionnaire, each child who came
 * to the family programme with them (the children named on the referral, whose ages the programme's rule checked
 * when it was accepted). The one place that decides whether a response's respondent fits its questionnaire, for paper
 * entry and the kiosk alike.
 */
@ApplicationScoped
public class FamilyRespondents {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    /** The children of the enrolment's family, youngest last; none outside a family programme. */
    public List<Child> children(Enrolment enrolment) {
        Referral referral = em.find(Referral.class, enrolment.referralId());
        if (referral == null || referral.familyChildIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Child c WHERE c.id IN :ids ORDER BY c.dateOfBirth, c.id", Child.class)
                .setParameter("ids", referral.familyChildIds()).getResultList();
    }

    /**
     * Refuses a respondent that does not fit the questionnaire (400 naming {@code childId}): a children's questionnaire
     * needs one of the family's children, any other questionnaire is the participant's own.
     */
    public void require(Enrolment enrolment, InstrumentDefinition instrument, Long childId) {
        if (instrument.forChildren() && childId == null) {
            throw DomainException.field("childId", instrument.code() + " is answered by each child: say which child answered (childId).");
        }
        if (!instrument.forChildren() && childId != null) {
            throw DomainException.field("childId", instrument.code() + " is answered by the participant, not a child: leave childId out.");
        }
        if (childId != null && children(enrolment).stream().noneMatch(c -> c.id().equals(childId))) {
            throw DomainException.field("childId", "Child " + childId + " is not one of the children who came to the programme with this person.");
        }
    }

    /** How a child is named beside their answers: first name and initial, as on the kiosk; null for the participant. */
    public String name(Long childId) {
        if (childId == null) {
            return null;
        }
        Child child = em.find(Child.class, childId);
        if (child == null) {
            return null;
        }
        String last = child.lastName() != null ? child.lastName() : em.find(Participant.class, child.participantId()).lastName();
        return KioskName.of(child.firstName(), last);
    }
}
