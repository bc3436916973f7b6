package uk.dap.server.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.dap.server.common.Alerting;
import uk.dap.server.common.ValidRequests;
import uk.dap.server.participant.application.Participants;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.referral.domain.Referral;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.api.referral.ReferralAnswers;

/**
 * A woman referring herself to Freedom or Gateway on the public self-referral page (docs/portal.md). Her record and
 * referral are made by the use cases every referral goes through ({@link Participants#createForSelfReferral},
 * {@link Referrals#receiveSelfReferral}), so every rule applies as for any other (a linked person found later is kept
 * apart as usual); the consent is her own; and the programme's lead is alerted to review it. Nobody is signed in: the
 * audit trail names the actor "anonymous", and nothing about the referral is told back to the page.
 */
@ApplicationScoped
public class SelfReferrals {
    @Inject
    Participants participants;
    @Inject
    Referrals referrals;
    @Inject
    Alerting alerts;
    @Inject
    ValidRequests requests;

    /**
     * What she told the page. {@code safeContact} is how and when it is safe to contact her; {@code area} the town or
     * district she lives in; {@code children} how many children she has, {@code crechePlaces} how many need a crèche
     * place while she attends (Gateway).
     */
    public record SelfReferral(String programme, String firstName, String lastName, LocalDate dateOfBirth, String area,
                               SafeContact safeContact, String phone, String email, String address, Boolean interpreterNeeded,
                               String language, int children, int crechePlaces) {
    }

    @Transactional(rollbackOn = Exception.class)
    public void receive(SelfReferral her) {
        NewParticipant person = requests.require(new NewParticipant(her.firstName(), her.lastName(), her.dateOfBirth(), Gender.FEMALE,
                her.language(), her.interpreterNeeded(), null, new ContactDetails(her.address(), null, her.phone(), her.email()),
                false, null, requests.require(her.safeContact()), null, null));
        Participant participant = participants.createForSelfReferral(person);
        String reason = "Self-referral. Area: " + her.area() + ". Children: " + her.children()
                + ("GATEWAY".equals(her.programme()) ? "; crèche places needed: " + her.crechePlaces() : "") + ".";
        Referral referral = referrals.receiveSelfReferral(participant, her.programme(), reason, ReferralAnswers.none());
        alerts.raise(AlertKind.SELF_REFERRAL, referral.programmeCode(), participant.id(), null,
                participant.reference() + " referred herself (referral " + referral.id() + "). Review it, and contact her only in the"
                        + " ways and at the times she said are safe.");
    }
}
