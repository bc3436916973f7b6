package uk.dap.shared.api.cohort;

import java.util.List;
import uk.dap.shared.validation.Required;

/** The cohort's facilitators from now on: the whole list, at least as many as the programme needs. */
public record FacilitatorChange(
        @Required(message = "List the facilitators (their account ids) in facilitatorIds.") List<Long> facilitatorIds) {
}
