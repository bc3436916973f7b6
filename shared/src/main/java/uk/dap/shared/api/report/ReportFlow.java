package uk.dap.shared.api.report;

import java.util.List;

/**
 * How the people in scope moved from referral to the end of the programme. Each count is of referrals (one person
 * referred twice counts twice).
 *
 * @param assessed an eligibility check was made
 * @param eligible the check found them eligible
 * @param declined the lead declined the referral
 * @param waiting accepted and waiting for a place or for their first session
 * @param started attended at least one session
 * @param withdrawnByReason one row per withdrawal reason that occurred, in the reason's order
 * @param stillActive started, neither completed nor withdrawn
 * @param completionRate completed over started
 * @param medianWeeksToWithdrawal from the first session to the withdrawal, null when nobody withdrew (or withheld)
 * @param medianWithheld true when suppression hides the median because the withdrawn count is small
 */
public record ReportFlow(Figure referred, Figure assessed, Figure eligible, Figure declined, Figure waiting, Figure started,
                         Figure completed, Figure withdrawn, List<ReasonFigure> withdrawnByReason, Figure stillActive,
                         Rate completionRate, Double medianWeeksToWithdrawal, boolean medianWithheld) {
}
