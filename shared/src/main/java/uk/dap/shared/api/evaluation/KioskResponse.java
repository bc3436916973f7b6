package uk.dap.shared.api.evaluation;

import java.time.Instant;
import java.util.List;
import uk.dap.shared.validation.Matches;
import uk.dap.shared.validation.Required;

/**
 * A questionnaire answered on the kiosk. {@code id} is made on the kiosk when the participant submits, and makes
 * delivery exactly once: the server stores a response once however often it arrives. Skipped items are sent with a
 * null value or left out. {@code answeredAt} is the kiosk's clock. {@code childId} is the child who answered a
 * children's questionnaire (from the due list), null for the participant's own.
 */
public record KioskResponse(
        @Matches(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", message = "Give the response's id as a UUID made on the kiosk.") String id,
        @Required(message = "Give the session's id.") Long sessionId,
        @Required(message = "Give the enrolment's id from the roster.") Long enrolmentId,
        @Required(message = "Give the instrument's code.") String instrument,
        @Required(message = "Give the instrument's version.") Integer version,
        @Required(message = "Give the stage (PRE, POST or FOLLOW_UP).") Stage stage,
        @Required(message = "Give the answers as a list.") List<ItemAnswer> answers,
        @Required(message = "Give the time the questionnaire was submitted on the kiosk.") Instant answeredAt,
        Long childId) {
}
