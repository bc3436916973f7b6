package uk.dap.shared.api;

import java.util.List;
import java.util.Set;
import uk.dap.shared.api.participant.Gender;

/**
 * One programme of the catalogue. {@code code} is stable (CARING_DADS, NEW_BEGINNINGS, FREEDOM, GATEWAY, DART);
 * {@code version} is for optimistic locking when a lead changes the settings. {@code genders}: who may be referred (the
 * genders its eligibility rules do not refuse); {@code referralQuestions}: the referral's fields its rules read
 * ({@code fatherFigure}, {@code experiencedDomesticAbuse}, ... and {@code familyChildIds} for DART), so that a referral form
 * asks only those.
 */
public record ProgrammeView(
        String code,
        String name,
        String audience,
        int lengthWeeks,
        int sessionMinutes,
        CompletionRule completionRule,
        ProgrammeRules rules,
        long version,
        Set<Gender> genders,
        List<String> referralQuestions) {

    /** What "completed" means for this programme. */
    public record CompletionRule(int minAttendancePercent, boolean requiresFinalSession, boolean requiresPostQuestionnaire) {
    }
}
