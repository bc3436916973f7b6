package uk.dap.server.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.referral.application.FamilyChildren;
import uk.dap.shared.evaluation.InstrumentDefinition;

/**
 * Who answers a questionnaire in an enrolment: the participant, or, for a children's questionnaire, each child who came
 * to the family programme with them ({@link FamilyChildren}). The one place that decides whether a response's
 * respondent fits its questionnaire, for paper entry and the kiosk alike.
 */
@ApplicationScoped
public class FamilyRespondents {
    @Inject
    FamilyChildren families;

    /** The children of the enrolment's family, eldest first; none outside a family programme. */
    public List<Child> children(Enrolment enrolment) {
        return families.of(enrolment.referralId());
    }

    /** The ids of the children of each of these referrals' families, by referral id, in one statement. */
    public Map<Long, List<Long>> childIdsOfReferrals(List<Long> referralIds) {
        return families.idsOf(referralIds);
    }

    /** The children of each of these enrolments' families, by enrolment id, in one statement. */
    public Map<Long, List<Child>> children(Collection<Enrolment> enrolments) {
        Map<Long, List<Child>> byReferral = families.of(enrolments.stream().map(Enrolment::referralId).distinct().toList());
        Map<Long, List<Child>> byEnrolment = new HashMap<>();
        enrolments.forEach(e -> byEnrolment.put(e.id(), byReferral.getOrDefault(e.referralId(), List.of())));
        return byEnrolment;
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
        if (childId != null && !families.includes(enrolment.referralId(), childId)) {
            throw DomainException.field("childId", "Child " + childId + " is not one of the children who came to the programme with this person.");
        }
    }

    /** How a child is named on the kiosk's list of what is due: first name and initial. */
    public String name(Child child) {
        return families.kioskName(child);
    }

    /** How a child is named beside their answers: first name and initial, as on the kiosk; null for the participant. */
    public String name(Long childId) {
        return childId == null ? null : families.kioskNames(List.of(childId)).get(childId);
    }
}
