package uk.dap.shared.api.cohort;

import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** Moves a cohort, and every session of it still to come, to another venue. */
public record VenueChange(
        @Required(message = "Choose the venue (its id).") Long venueId,
        @AtMost(max = 60, message = "Keep the room's name to 60 characters.") String room) {
}
