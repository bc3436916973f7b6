package uk.dap.shared.api.referral;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/**
 * A referral of one participant to one programme. A REFERRER is recorded as the referrer; staff entering a referral
 * name the external agency and contact instead, or choose SELF_REFERRAL (Freedom and Gateway only).
 * {@code familyChildIds} are the children who attend DART with their mother.
 */
public record NewReferral(
        @Required(message = "Give the participant's id.") Long participantId,
        @Required(message = "Choose the programme: CARING_DADS, NEW_BEGINNINGS, FREEDOM, GATEWAY or DART.") String programme,
        @Required(message = "Choose the agency type, for example CHILDRENS_SOCIAL_CARE or SELF_REFERRAL.") AgencyType agencyType,
        @AtMost(max = 120, message = "Keep the agency's name to 120 characters.") String externalAgency,
        @AtMost(max = 120, message = "Keep the contact to 120 characters.") String externalContact,
        LocalDate referredOn,
        @RequiredText(max = 2000, message = "Give the reason for the referral (at most 2,000 characters).") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason,
        ReferralAnswers answers,
        List<Long> familyChildIds,
        @Valid NewRisk risk) {
}
