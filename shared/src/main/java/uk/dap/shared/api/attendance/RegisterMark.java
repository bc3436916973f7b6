package uk.dap.shared.api.attendance;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** A facilitator's mark for one person. After the register is closed a change is a correction and needs a reason. */
public record RegisterMark(
        @Required(message = "Choose a status: PRESENT, LATE, ATTENDED_PAPER, LEFT_EARLY, EXCUSED or ABSENT.") AttendanceStatus status,
        @AtMost(max = 300, message = "Keep the reason to 300 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason) {
}
