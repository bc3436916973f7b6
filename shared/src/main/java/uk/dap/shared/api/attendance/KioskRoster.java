package uk.dap.shared.api.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Today's roster for an open session, fetched by the kiosk when the facilitator opens it and kept for working offline.
 * {@code lateAfterMinutes}: a sign-in later than the start plus this is late. {@code registerClosed}: the facilitator has
 * closed the register; a sign-in is still taken, and the facilitator is told (the kiosk says so).
 */
public record KioskRoster(Long sessionId, String programmeName, LocalDate date, LocalTime startTime, int durationMinutes,
                          int lateAfterMinutes, String openedBy, List<RosterPerson> people, boolean registerClosed) {
}
