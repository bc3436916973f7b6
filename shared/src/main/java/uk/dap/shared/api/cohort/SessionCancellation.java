package uk.dap.shared.api.cohort;

import uk.dap.shared.validation.RequiredText;

/** Cancels a session; a replacement is added after the last one so the schedule keeps the programme's length. */
public record SessionCancellation(
        @RequiredText(max = 200, message = "Give the reason for cancelling (at most 200 characters).") String reason) {
}
