package uk.dap.server.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.application.Participants;
import uk.dap.server.referral.application.Referrals;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.api.referral.ConsentBasis;
import uk.dap.shared.api.referral.ConsentPurpose;
import uk.dap.shared.api.referral.NewConsent;
import uk.dap.shared.api.referral.NewReferral;
import uk.dap.shared.api.referral.NewRisk;
import uk.dap.shared.api.referral.ReferralAnswers;

/**
 * Sends a referral made in the portal: the person, their children, the referral with its risk, and the consent, through
 * the use cases the API's calls use (so every rule of theirs applies: the duplicate check, the eligibility questions,
 * the separation rule, access), in <b>one</b> transaction: a refusal at any step leaves nothing written.
 */
@ApplicationScoped
public class PortalReferrals {
    @Inject
    Participants participants;
    @Inject
    Referrals referrals;
    @Inject
    Validator validator;

    /** The new referral's id. */
    @Transactional(rollbackOn = Exception.class)
    public long send(ReferralDraft d) {
        NewParticipant person = valid(new NewParticipant(d.firstName, d.lastName, d.dateOfBirth, d.gender, blankToNull(d.language),
                d.interpreterNeeded, null,
                new ContactDetails(blankToNull(d.address), blankToNull(d.postcode), blankToNull(d.phone), blankToNull(d.email)),
                d.confidential, d.confidential ? d.confidentialReason : null,
                new SafeContact(d.safeWays.contains("phone"), d.safeWays.contains("voicemail"), d.safeWays.contains("text"),
                        d.safeWays.contains("email"), d.safeWays.contains("letters"), blankToNull(d.codeWord), blankToNull(d.safeTimes)),
                null, d.confirmedDifferentPerson));
        long participantId = participants.create(person).id();
        List<Long> childIds = new ArrayList<>();
        for (ReferralDraft.ChildDraft child : d.children) {
            childIds.add(participants.addChild(participantId, valid(new NewChild(child.firstName, blankToNull(child.lastName),
                    child.dateOfBirth, child.livesWith, null, child.status, child.needsCreche))).id());
        }
        NewRisk risk = new NewRisk(d.dashAnswered ? d.dashYes.size() : null, d.judgedLevel,
                d.judgedLevel == null ? null : d.judgementReason, d.maracOpen, null);
        ReferralAnswers answers = new ReferralAnswers(d.answers.get("fatherFigure"), d.answers.get("abusiveToMother"),
                d.answers.get("hostileAfterSeparation"), d.answers.get("mainConcernChildSexualAbuse"), d.answers.get("experiencedDomesticAbuse"));
        List<Long> family = d.familyChildren.stream().filter(i -> i < childIds.size()).map(childIds::get).toList();
        long referralId = referrals.create(valid(new NewReferral(participantId, d.programme, d.agencyType, null, null, null, d.reason,
                answers, family.isEmpty() ? null : family, valid(risk)))).id();
        referrals.addConsent(referralId, valid(d.consentBasis == ConsentBasis.CONSENT
                ? new NewConsent(ConsentPurpose.REFERRAL, ConsentBasis.CONSENT, null, d.consentObtainedBy, d.consentObtainedOn, null, null)
                : new NewConsent(ConsentPurpose.REFERRAL, ConsentBasis.SAFEGUARDING, null, null, null, d.safeguardingReason, d.safeguardingDecidedBy)));
        return referralId;
    }

    /** The API's own checks of what a request may hold (its Bean Validation constraints), refused as the API refuses. */
    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    violations.stream().map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining(" ")));
        }
        return request;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
