package uk.dap.shared.api;

import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** An administrator registering a kiosk device for a venue. */
public record NewKiosk(
        @Required(message = "Choose the venue the kiosk stands in.") Long venueId,
        @RequiredText(max = 60, message = "Give the kiosk a label of at most 60 characters, e.g. 'Group room 1'.") String label) {
}
