package uk.dap.shared.api.report;

import java.time.LocalDate;

/**
 * One row of a referring social worker's own referrals: a named list, because they made each referral. Never contact
 * details, notes or risk.
 *
 * @param reference the participant's reference as the service prints it (see {@code ParticipantReferences})
 * @param attendanceRatePercent attended over sessions held so far; null before the first session
 */
public record MyReferral(Long referralId, Long participantId, String reference, String firstName, String lastName,
                         String programmeCode, String programmeName, LocalDate referredOn, ReferralStage stage,
                         Integer attendanceRatePercent) {
}
