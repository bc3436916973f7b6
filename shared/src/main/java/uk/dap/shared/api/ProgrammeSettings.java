package uk.dap.shared.api;

import uk.dap.shared.validation.Between;
import uk.dap.shared.validation.Required;

/**
 * The values of a programme that a programme lead may change without a code change. {@code version} must be the
 * version the lead last saw, so that two leads editing at once cannot silently overwrite each other.
 */
public record ProgrammeSettings(
        @Between(min = 1, max = 104, message = "Give the length as a number of weeks from 1 to 104.") Integer lengthWeeks,
        @Between(min = 15, max = 480, message = "Give the session length in minutes, from 15 to 480.") Integer sessionMinutes,
        @Between(min = 1, max = 100, message = "Give the minimum attendance in per cent, from 1 to 100.") Integer minAttendancePercent,
        @Required(message = "Say whether the final session is required (true or false).") Boolean requiresFinalSession,
        @Required(message = "Say whether the post-programme questionnaire is required (true or false).") Boolean requiresPostQuestionnaire,
        @Required(message = "Give the version you are changing (from the programme you read).") Long version,
        ProgrammeRules rules) {
}
