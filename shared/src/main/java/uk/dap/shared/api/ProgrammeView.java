package uk.dap.shared.api;

/**
 * One programme of the catalogue. {@code code} is stable (CARING_DADS, NEW_BEGINNINGS, FREEDOM, GATEWAY, DART);
 * {@code version} is for optimistic locking when a lead changes the settings.
 */
public record ProgrammeView(
        String code,
        String name,
        String audience,
        int lengthWeeks,
        int sessionMinutes,
        CompletionRule completionRule,
        ProgrammeRules rules,
        long version) {

    /** What "completed" means for this programme. */
    public record CompletionRule(int minAttendancePercent, boolean requiresFinalSession, boolean requiresPostQuestionnaire) {
    }
}
