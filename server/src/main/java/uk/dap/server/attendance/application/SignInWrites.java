package uk.dap.server.attendance.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import uk.dap.server.infrastructure.database.LocalTransaction;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * The kiosk sign-in's reads and writes, in plain JDBC, in one local transaction of their own on a pooled connection:
 * the sign-ins and their audit entry commit together or not at all.
 *
 * <p>Why not entities in a JTA transaction: sign-ins are the one write that arrives in bursts from many kiosks at once,
 * and the attendance benchmark (docs/operations.md) measured the JPA path at 5.9 ms of server CPU per sign-in against
 * 1.7 ms for a whole request inserting one row; this path measured about 3 ms. Here each step is one prepared statement (Payara caches them per connection), with no persistence context or JTA enlistment around
 * them. Attendance rows are never kept in EclipseLink's shared cache (persistence.xml: only {@code @Cacheable}
 * reference data is), so rows written here are seen by every later read through JPA.
 */
final class SignInWrites {
    /** What a sign-in needs to know about its session, read under the session's lock. */
    record SessionRow(long id, long cohortId, long venueId, LocalDate date, LocalTime startTime, boolean opened, boolean registerClosed) {
    }

    /**
     * The enrolment a sign-in names, its programme's allowance for lateness, and its attendance at the session if it has
     * one already. The allowance is read from the enrolment's programme, which is the session's when the enrolment is
     * in the session's cohort (the only case in which it is used): one statement fewer per sign-in.
     */
    record Place(EnrolmentState state, Long cohortId, int lateAfterMinutes, String attendanceId, String signInId, AttendanceStatus status,
                 long referralId) {
    }

    /** Work inside the transaction; anything it throws rolls the whole of it back. */
    @FunctionalInterface
    interface Work<T> {
        T apply(SignInWrites writes) throws SQLException;
    }

    private final Connection connection;

    private SignInWrites(Connection connection) {
        this.connection = connection;
    }

    /** Runs the work in one local transaction: committed if it returns, rolled back if it throws. */
    static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        try {
            return LocalTransaction.run(dataSource, connection -> work.apply(new SignInWrites(connection)));
        } catch (SQLException e) {
            // Nothing was stored; the kiosk keeps the sign-ins in its outbox and sends them again.
            throw new IllegalStateException("Storing sign-ins failed", e);
        }
    }

    /** For the audit entry, written in this same transaction. */
    Connection connection() {
        return connection;
    }

    /**
     * Reads the session and locks its row until the transaction ends (Derby's {@code FOR UPDATE WITH RS}, as
     * EclipseLink's pessimistic lock does), so a resend racing the original waits and then finds it, and a register
     * being closed and a sign-in replacing an absence on it take turns.
     */
    Optional<SessionRow> lockSession(long sessionId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT cohort_id, venue_id, session_date, start_time, opened_at,"
                + " register_closed_at FROM cohort_session WHERE id = ? FOR UPDATE WITH RS")) {
            st.setLong(1, sessionId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SessionRow(sessionId, rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        rs.getTime(4).toLocalTime(), rs.getTimestamp(5) != null, rs.getTimestamp(6) != null));
            }
        }
    }

    /** One read on the enrolment's key, the programme's key and the attendance's (session, person) unique index. */
    Optional<Place> place(long sessionId, long enrolmentId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT e.state, e.cohort_id, p.late_after_minutes, a.id, a.sign_in_id,"
                + " a.status, e.referral_id FROM enrolment e JOIN programme p ON p.code = e.programme_code"
                + " LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.session_id = ? WHERE e.id = ?")) {
            st.setLong(1, sessionId);
            st.setLong(2, enrolmentId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long cohort = rs.getLong(2);
                Long cohortId = rs.wasNull() ? null : cohort;
                String signInId = rs.getString(5);
                String status = rs.getString(6);
                return Optional.of(new Place(EnrolmentState.valueOf(rs.getString(1)), cohortId, rs.getInt(3), rs.getString(4),
                        signInId == null ? null : signInId.trim(), status == null ? null : AttendanceStatus.valueOf(status), rs.getLong(7)));
            }
        }
    }

    void insert(long sessionId, long enrolmentId, AttendanceStatus status, String signInId, Long kioskId, Instant kioskTime,
                Instant serverTime, String by) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO attendance (id, session_id, enrolment_id, status,"
                + " sign_in_id, kiosk_id, kiosk_time, server_time, marked_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            st.setString(1, UUID.randomUUID().toString());
            st.setLong(2, sessionId);
            st.setLong(3, enrolmentId);
            st.setString(4, status.name());
            st.setString(5, signInId);
            setKiosk(st, 6, kioskId);
            st.setTimestamp(7, utc(kioskTime));
            st.setTimestamp(8, utc(serverTime));
            st.setString(9, by);
            st.executeUpdate();
        }
    }

    /** A sign-in that arrives after the facilitator marked the person absent, before the register closed. */
    void replaceAbsence(String attendanceId, AttendanceStatus status, String signInId, Long kioskId, Instant kioskTime,
                        Instant serverTime, String by) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE attendance SET status = ?, sign_in_id = ?, kiosk_id = ?,"
                + " kiosk_time = ?, server_time = ?, marked_by = ?, version = version + 1 WHERE id = ?")) {
            st.setString(1, status.name());
            st.setString(2, signInId);
            setKiosk(st, 3, kioskId);
            st.setTimestamp(4, utc(kioskTime));
            st.setTimestamp(5, utc(serverTime));
            st.setString(6, by);
            st.setString(7, attendanceId);
            st.executeUpdate();
        }
    }

    /** A child's mark at a session, if they have one: the kiosk's id of the sign-in that made it, and the status. */
    record ChildPlace(String signInId, AttendanceStatus status) {
    }

    Optional<ChildPlace> childPlace(long sessionId, long childId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT sign_in_id, status FROM child_attendance WHERE session_id = ? AND child_id = ?")) {
            st.setLong(1, sessionId);
            st.setLong(2, childId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String signInId = rs.getString(1);
                return Optional.of(new ChildPlace(signInId == null ? null : signInId.trim(), AttendanceStatus.valueOf(rs.getString(2).trim())));
            }
        }
    }

    void insertChild(long sessionId, long enrolmentId, long childId, AttendanceStatus status, String signInId, Long kioskId,
                     Instant serverTime, String by) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO child_attendance (id, session_id, enrolment_id, child_id,"
                + " status, sign_in_id, kiosk_id, marked_at, marked_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            st.setString(1, UUID.randomUUID().toString());
            st.setLong(2, sessionId);
            st.setLong(3, enrolmentId);
            st.setLong(4, childId);
            st.setString(5, status.name());
            st.setString(6, signInId);
            setKiosk(st, 7, kioskId);
            st.setTimestamp(8, utc(serverTime));
            st.setString(9, by);
            st.executeUpdate();
        }
    }

    /** A child's sign-in that arrives after they were marked absent, before the register closed. */
    void replaceChildAbsence(long sessionId, long childId, AttendanceStatus status, String signInId, Long kioskId, Instant serverTime,
                             String by) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE child_attendance SET status = ?, sign_in_id = ?, kiosk_id = ?,"
                + " marked_at = ?, marked_by = ?, version = version + 1 WHERE session_id = ? AND child_id = ?")) {
            st.setString(1, status.name());
            st.setString(2, signInId);
            setKiosk(st, 3, kioskId);
            st.setTimestamp(4, utc(serverTime));
            st.setString(5, by);
            st.setLong(6, sessionId);
            st.setLong(7, childId);
            st.executeUpdate();
        }
    }

    /** The kiosk that took a sign-in, or NULL for one a person marked. */
    private static void setKiosk(PreparedStatement st, int index, Long kioskId) throws SQLException {
        if (kioskId == null) {
            st.setNull(index, java.sql.Types.BIGINT);
        } else {
            st.setLong(index, kioskId);
        }
    }

    /** As InstantConverter stores instants: UTC wall-clock time in a zone-less TIMESTAMP. */
    private static Timestamp utc(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
