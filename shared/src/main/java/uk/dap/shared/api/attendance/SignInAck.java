package uk.dap.shared.api.attendance;

/**
 * The server's acknowledgement of one sign-in: stored (or already stored: {@code duplicate}), with the status it
 * gave. Only REJECTED (the person is not on that session's roster) is not stored; the kiosk drops it, never resends.
 */
public record SignInAck(String id, Outcome outcome, AttendanceStatus status, String reason) {

    public enum Outcome { STORED, DUPLICATE, REJECTED }
}
