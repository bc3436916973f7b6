package uk.dap.shared.api.outcome;

import uk.dap.shared.validation.Required;

/** New Beginnings: whether one child remains at home with the parent at the end of the programme. */
public record ChildAtHome(
        @Required(message = "Give the childId.") Long childId,
        @Required(message = "Say whether the child remains at home (true or false).") Boolean remainsAtHome) {
}
