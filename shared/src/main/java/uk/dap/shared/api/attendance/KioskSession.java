package uk.dap.shared.api.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session today at the kiosk's venue, as the kiosk's session chooser shows it: no participant data. */
public record KioskSession(Long sessionId, String programmeName, String room, LocalDate date, LocalTime startTime,
                           int durationMinutes, boolean open) {
}
