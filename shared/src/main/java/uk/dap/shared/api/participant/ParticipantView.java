package uk.dap.shared.api.participant;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * A participant's record as the caller may see it. {@code access} says which view this is (REFERRER, FACILITATOR,
 * KEY_WORKER, PROGRAMME_LEAD); fields the caller may not see are absent (null or empty), never blanked values.
 */
public record ParticipantView(
        Long id,
        String reference,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        Gender gender,
        String preferredLanguage,
        boolean interpreterNeeded,
        String accessibilityNeeds,
        ContactView contact,
        SafeContact safeContact,
        RiskLevel riskLevel,
        StaffRef keyWorker,
        List<ChildView> children,
        List<LinkView> links,
        List<ReferralSummary> referrals,
        String access) {
}
