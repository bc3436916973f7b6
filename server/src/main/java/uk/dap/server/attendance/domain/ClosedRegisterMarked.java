package uk.dap.server.attendance.domain;

import java.sql.Connection;

/**
 * A mark was added to a register already closed (a staff correction, a kiosk delivering late after being offline),
 * announced in the transaction that added it. Counts drawn from closed registers (the completion report's prepared
 * rows) observe it; marks at open registers are counted live and announce nothing.
 *
 * @param connection the plain-JDBC transaction the mark was written in (the kiosk's sign-in path), or null when it was
 *     written in the caller's JTA transaction
 */
public record ClosedRegisterMarked(long enrolmentId, Connection connection) {
}
