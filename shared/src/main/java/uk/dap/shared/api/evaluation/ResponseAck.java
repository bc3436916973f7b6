package uk.dap.shared.api.evaluation;

/**
 * The server's acknowledgement of one kiosk response: stored, already stored ({@code DUPLICATE}), or {@code REJECTED}
 * (not stored and never will be: the person is not on that session's roster, or already answered at that stage).
 * The kiosk deletes the response from its outbox on any of the three.
 */
public record ResponseAck(String id, Outcome outcome, String reason) {

    public enum Outcome { STORED, DUPLICATE, REJECTED }
}
