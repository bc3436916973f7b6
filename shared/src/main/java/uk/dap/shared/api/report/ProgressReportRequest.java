package uk.dap.shared.api.report;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/**
 * Asks for a progress report (PDF) for a child protection meeting.
 *
 * @param enrolmentId which programme; null means the participant's most recent enrolment
 * @param meetingOn the date of the meeting, printed on the report
 * @param summary the key worker's summary for the meeting, printed as written (plain text, at most 4,000 characters;
 *                may be left out)
 */
public record ProgressReportRequest(
        Long enrolmentId,
        @Required(message = "Give the date of the meeting (YYYY-MM-DD).") LocalDate meetingOn,
        @AtMost(max = 4000, message = "The summary can be at most 4,000 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String summary) {
}
