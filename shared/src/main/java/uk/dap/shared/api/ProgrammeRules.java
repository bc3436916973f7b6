package uk.dap.shared.api;

import uk.dap.shared.api.referral.RiskLevel;

/**
 * A programme's configurable rule values (see shared/domain.md): ages, capacity, facilitators and the DASH bands.
 * {@code minAgeYears} applies to the participant, {@code childMinAge}/{@code childMaxAge} to the children the
 * programme is about; null means the programme has no such rule. {@code lateAfterMinutes}: a sign-in this long after
 * the start is late; {@code absencesBeforeAlert}: unexplained absences in a row that alert the key worker and referrer.
 */
public record ProgrammeRules(
        Integer minAgeYears,
        Integer childMinAge,
        Integer childMaxAge,
        RiskLevel minRiskLevel,
        Integer defaultCapacity,
        Integer minCapacity,
        Integer maxCapacity,
        Integer facilitatorsRequired,
        Integer dashMediumFrom,
        Integer dashHighFrom,
        Integer lateAfterMinutes,
        Integer absencesBeforeAlert) {
}
