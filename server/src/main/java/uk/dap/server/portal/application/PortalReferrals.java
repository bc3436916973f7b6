package uk.dap.server.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.dap.server.common.ValidRequests;
import uk.dap.server.participant.application.Participants;
import uk.dap.server.referral.application.Referrals;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.NewParticipant;
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
    ValidRequests requests;

    /** The new referral's id. */
    @Transactional(rollbackOn = Exception.class)
    public long send(ReferralDraft d) {
        long participantId;
        List<Long> childIds = new ArrayList<>();
        if (d.existingParticipantId != null) {
            participantId = d.existingParticipantId;
        } else {
            NewParticipant person = requests.require(new NewParticipant(d.firstName, d.lastName, d.dateOfBirth, d.gender, blankToNull(d.language),
                    d.interpreterNeeded, null,
                    new ContactDetails(blankToNull(d.address), blankToNull(d.postcode), blankToNull(d.phone), blankToNull(d.email)),
                    d.confidential, d.confidential ? d.confidentialReason : null,
                    SafeWays.of(d.safeWays, d.codeWord, d.safeTimes),
                    null, d.confirmedDifferentPerson));
            participantId = participants.create(person).id();
            for (ReferralDraft.ChildDraft child : d.children) {
                childIds.add(participants.addChild(participantId, requests.require(new NewChild(child.firstName, blankToNull(child.lastName),
                        child.dateOfBirth, child.livesWith, null, child.status, child.needsCreche))).id());
            }
        }
        // A risk assessment needs a score or a judged level; without either the lead completes it (the risk page says so).
        NewRisk risk = d.dashAnswered || d.judgedLevel != null ? new NewRisk(d.dashAnswered ? d.dashYes.size() : null, d.judgedLevel,
                d.judgedLevel == null ? null : d.judgementReason, d.maracOpen, null) : null;
        ReferralAnswers answers = new ReferralAnswers(d.answers.get("fatherFigure"), d.answers.get("abusiveToMother"),
                d.answers.get("hostileAfterSeparation"), d.answers.get("mainConcernChildSexualAbuse"), d.answers.get("experiencedDomesticAbuse"));
        List<Long> family = d.familyChildren.stream().filter(i -> i < childIds.size()).map(childIds::get).toList();
        long referralId = referrals.create(requests.require(new NewReferral(participantId, d.programme, d.agencyType, null, null, null, d.reason,
                answers, family.isEmpty() ? null : family, risk == null ? null : requests.require(risk)))).id();
        referrals.addConsent(referralId, requests.require(new NewConsent(ConsentPurpose.REFERRAL, ConsentBasis.CONSENT, null,
                d.consentObtainedBy, d.consentObtainedOn, null, null)));
        if ("consent".equals(d.sharing)) {
            referrals.addConsent(referralId, requests.require(new NewConsent(ConsentPurpose.INFORMATION_SHARING, ConsentBasis.CONSENT,
                    d.sharingAgencies, d.consentObtainedBy, d.consentObtainedOn, null, null)));
        } else if ("safeguarding".equals(d.sharing)) {
            referrals.addConsent(referralId, requests.require(new NewConsent(ConsentPurpose.INFORMATION_SHARING, ConsentBasis.SAFEGUARDING,
                    d.sharingAgencies, null, null, d.safeguardingReason, d.safeguardingDecidedBy)));
        }
        return referralId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
