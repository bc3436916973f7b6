package uk.dap.shared.api.cohort;

import uk.dap.shared.validation.RequiredText;

/** Acknowledging an alert, with a note of what was done. */
public record AlertAcknowledgement(
        @RequiredText(max = 500, message = "Say what was done (at most 500 characters).") String note) {
}
