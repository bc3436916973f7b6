package uk.dap.shared.api;

import uk.dap.shared.validation.RequiredText;

/** A kiosk presenting its one-time enrolment code. */
public record KioskEnrolment(@RequiredText(max = 40, message = "Enter the enrolment code shown to the administrator (at most 40 characters).") String enrolmentCode) {
}
