package uk.dap.shared.api;

import uk.dap.shared.validation.RequiredText;

/** A place where groups meet. Only a name: a venue's address is not needed by the service. */
public record NewVenue(@RequiredText(max = 100, message = "Enter the venue's name (at most 100 characters).") String name) {
}
