package uk.dap.shared.api.referral;

import java.time.LocalDate;

/** A referral in a list: who, which programme, when, and where it has got to. */
public record ReferralSummary(Long id, Long enrolmentId, Long participantId, String participantReference,
                             String participantName, String programme, LocalDate referredOn, EnrolmentState state,
                             Long cohortId) {
}
