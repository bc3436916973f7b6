package uk.dap.shared.api.attendance;

import java.time.Instant;
import uk.dap.shared.validation.Matches;
import uk.dap.shared.validation.Required;

/**
 * A sign-in made on the kiosk. {@code id} is made on the kiosk (a UUID) when the person confirms, and makes delivery
 * exactly once: the server stores a sign-in once however often it arrives. {@code signedInAt} is the kiosk's clock.
 * {@code childId} is a child signing in beside their mother (from the roster), null for the mother herself.
 */
public record KioskSignIn(
        @Matches(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "Give the sign-in's id as a UUID made on the kiosk.") String id,
        @Required(message = "Give the session's id.") Long sessionId,
        @Required(message = "Give the enrolment's id from the roster.") Long enrolmentId,
        @Required(message = "Give the time of the sign-in on the kiosk.") Instant signedInAt,
        Long childId) {
}
