package uk.dap.shared.api.casework;

import java.time.Instant;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** An appointment to book: type, when it starts, and with whom (the booking worker when absent). */
public record NewAppointment(
        @Required(message = "Choose the type: ONE_TO_ONE or HOME_VISIT.") AppointmentType type,
        @Required(message = "Give when it starts (an ISO instant, e.g. 2026-11-23T10:00:00Z).") Instant startsAt,
        @AtMost(max = 100, message = "Keep 'with whom' to 100 characters.") String withWhom) {
}
