package uk.dap.server.report.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.shared.api.attendance.AttendanceStatus;

/**
 * Rebuilds report_enrolment rows (V12) from the case records, for a batch of enrolments at a time: a dozen statements
 * per batch, each reading one table through an index with the batch's ids (or the keys an earlier statement found).
 * The meanings are the report's own ({@link CompletionReportQuery}): which sessions a person was expected at, what
 * counts as attended, assessed, accepted.
 */
final class ReportRowBuilder {
    private static final int MAX_WEEKS = 1000;
    /** The tables a row is built from (and written to): their statistics are refreshed after a bulk load. */
    static final List<String> SOURCE_TABLES = List.of("attendance", "case_note", "child", "child_attendance", "cohort_session", "cohort_transfer",
            "eligibility_check", "eligibility_decision", "enrolment", "enrolment_outcome", "evaluation_response", "outcome_child",
            "referral", "referral_family_child", "report_enrolment");

    private final Connection connection;

    ReportRowBuilder(Connection connection) {
        this.connection = connection;
    }

    /** One enrolment's row as it is being built, with the case record's keys the later reads go by. */
    private static final class Row {
        long enrolmentId;
        long referralId;
        long participantId;
        Timestamp enrolledAt;
        Date placedOn;
        final List<Stay> stays = new ArrayList<>();
        String programme;
        Date referredOn;
        String agency;
        Long cohortId;
        String state;
        String withdrawalReason;
        Date endedOn;
        boolean assessed;
        boolean accepted;
        boolean declined;
        final StringBuilder weeks = new StringBuilder();
        Date firstAttended;
        final StringBuilder responses = new StringBuilder();
        int familyChildren;
        int crecheChildren;
        boolean partnerContacted;
        int childrenAtHome;
        final List<Long> childrenStarted = new ArrayList<>();
    }

    /** A closed-register session of one of the batch's cohorts. */
    private record Session(long id, long cohortId, int number, Date on, boolean scheduled) {
    }

    /**
     * Replaces the rows of these enrolments (an enrolment that no longer exists loses its row), from what the case
     * records say now.
     */
    void rebuild(Collection<Long> enrolmentIds) throws SQLException {
        write(enrolmentIds, read(enrolmentIds));
    }

    /**
     * Reads what the rows of these enrolments are built from. Each statement names the index it reads by (a Derby
     * hint), so its plan never depends on the statistics Derby had when it first compiled it: during a bulk load into
     * a running server those were taken over nearly empty tables, and a plan that scanned and sorted a table for each
     * batch was kept (issue 16). Each statement reads one table by the keys an earlier one
     * returned, never a join: a join holds the lock on one table's row while it waits for another's, and a write that
     * changes those two tables in the other order (a decision, then its enrolment) then deadlocks with it. Reading one
     * table at a time at READ COMMITTED, the batch holds no lock on a case record while it waits for another.
     */
    private Map<Long, Row> read(Collection<Long> enrolmentIds) throws SQLException {
        List<Long> ids = List.copyOf(enrolmentIds);
        Map<Long, Row> rows = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        query("SELECT id, referral_id, participant_id, cohort_id, state, withdrawal_reason, ended_on, enrolled_at, placed_on FROM enrolment"
                + " WHERE id IN " + in(ids.size()), ids, rs -> {
            Row row = new Row();
            row.enrolmentId = rs.getLong(1);
            row.referralId = rs.getLong(2);
            row.participantId = rs.getLong(3);
            long cohort = rs.getLong(4);
            row.cohortId = rs.wasNull() ? null : cohort;
            row.state = rs.getString(5);
            row.withdrawalReason = rs.getString(6);
            row.endedOn = rs.getDate(7);
            row.enrolledAt = rs.getTimestamp(8);
            row.placedOn = rs.getDate(9);
            rows.put(row.enrolmentId, row);
        });
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Row>> byReferral = group(rows.values(), row -> row.referralId);
        Map<Long, List<Row>> byParticipant = group(rows.values(), row -> row.participantId);
        List<Long> referrals = List.copyOf(byReferral.keySet());
        query("SELECT id, programme_code, referred_on, external_agency FROM referral WHERE id IN " + in(referrals.size()), referrals, rs -> {
            for (Row row : byReferral.get(rs.getLong(1))) {
                row.programme = rs.getString(2);
                row.referredOn = rs.getDate(3);
                row.agency = rs.getString(4);
            }
        });
        flow(referrals, byReferral);
        attendance(ids, rows);
        responses(ids, rows);
        specifics(ids, rows, referrals, byReferral, byParticipant);
        return rows;
    }

    /**
     * Replaces the rows of these enrolments with the rows read. Only the refresher writes report_enrolment, and a report
     * holds the refresher off while it reads (ReportSummaries.hold), so this waits for nothing a request holds.
     */
    private void write(Collection<Long> enrolmentIds, Map<Long, Row> rows) throws SQLException {
        List<Long> ids = List.copyOf(enrolmentIds);
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM report_enrolment WHERE enrolment_id IN " + in(ids.size()))) {
            bind(delete, ids);
            delete.executeUpdate();
        }
        insert(rows.values());
    }

    private void flow(List<Long> referrals, Map<Long, List<Row>> byReferral) throws SQLException {
        query("SELECT DISTINCT referral_id FROM eligibility_check --DERBY-PROPERTIES constraint=check_referral_fk\n WHERE referral_id IN " + in(referrals.size()), referrals,
                rs -> byReferral.get(rs.getLong(1)).forEach(row -> row.assessed = true));
        query("SELECT referral_id, decision FROM eligibility_decision --DERBY-PROPERTIES constraint=decision_referral_fk\n WHERE referral_id IN " + in(referrals.size()), referrals, rs -> {
            String decision = rs.getString(2);
            for (Row row : byReferral.get(rs.getLong(1))) {
                row.accepted |= "ACCEPT".equals(decision);
                row.declined |= "DECLINE".equals(decision);
            }
        });
    }

    /**
     * Sessions with a closed register that the person was expected at ({@link #expected}), so the row no longer
     * depends on the date the report is made.
     */
    private void attendance(List<Long> ids, Map<Long, Row> rows) throws SQLException {
        stays(ids, rows);
        List<Long> cohorts = rows.values().stream().flatMap(row -> row.stays.stream()).map(Stay::cohortId).distinct().toList();
        if (cohorts.isEmpty()) {
            return;
        }
        Map<Long, List<Session>> sessions = new HashMap<>();
        query("SELECT id, cohort_id, number, session_date, status FROM cohort_session --DERBY-PROPERTIES constraint=session_cohort_fk\n WHERE cohort_id IN " + in(cohorts.size())
                + " AND register_closed_at IS NOT NULL", cohorts, rs -> {
            Session session = new Session(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getDate(4), "SCHEDULED".equals(rs.getString(5).trim()));
            sessions.computeIfAbsent(session.cohortId(), k -> new ArrayList<>()).add(session);
        });
        Map<Long, Map<Long, String>> marks = new HashMap<>();
        query("SELECT enrolment_id, session_id, status FROM attendance --DERBY-PROPERTIES index=attendance_enrolment_session_ix\n WHERE enrolment_id IN " + in(ids.size()), ids,
                rs -> marks.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3).trim()));
        for (Row row : rows.values()) {
            Map<Long, String> theirs = marks.getOrDefault(row.enrolmentId, Map.of());
            for (Long cohort : Stay.cohorts(row.stays)) {
                for (Session session : sessions.getOrDefault(cohort, List.of())) {
                    String status = theirs.get(session.id());
                    if (!Stay.expected(row.stays, cohort, session.on().toLocalDate(), session.scheduled(), status != null)) {
                        continue;
                    }
                    if (session.number() < 1 || session.number() > MAX_WEEKS) {
                        throw new SQLException("Session number " + session.number() + " is outside 1-" + MAX_WEEKS + " and cannot be summarised");
                    }
                    boolean attended = status != null && AttendanceStatus.valueOf(status).attended();
                    PreparedWeeks.mark(row.weeks, session.number(), attended);
                    if (attended && (row.firstAttended == null || session.on().before(row.firstAttended))) {
                        row.firstAttended = session.on();
                    }
                }
            }
        }
    }

    /**
     * Each row's stays ({@link Stay}): the cohorts they left (cohort_transfer) and the current one, from the day placed
     * (the enrolment's day, as the live part's {@code CAST(... AS DATE)} takes it, unless moved since) to the day the
     * enrolment ended.
     */
    private void stays(List<Long> ids, Map<Long, Row> rows) throws SQLException {
        query("SELECT enrolment_id, from_cohort_id, placed_on, transferred_on FROM cohort_transfer --DERBY-PROPERTIES constraint=cohort_transfer_enrolment_fk\n WHERE enrolment_id IN " + in(ids.size())
                + " ORDER BY enrolment_id, transferred_on", ids, rs -> rows.get(rs.getLong(1)).stays.add(
                        Stay.earlier(rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate())));
        for (Row row : rows.values()) {
            Stay current = Stay.current(row.cohortId, row.placedOn == null ? null : row.placedOn.toLocalDate(),
                    row.enrolledAt == null ? null : row.enrolledAt.toLocalDateTime().toLocalDate(),
                    row.endedOn == null ? null : row.endedOn.toLocalDate());
            if (current != null) {
                row.stays.add(current);
            }
        }
    }

    /** Each response ({@link PreparedAnswers}). */
    private void responses(List<Long> ids, Map<Long, Row> rows) throws SQLException {
        query("SELECT enrolment_id, instrument_code, stage, score, child_id FROM evaluation_response --DERBY-PROPERTIES index=evaluation_response_enrolment_ix\n WHERE enrolment_id IN " + in(ids.size())
                + " ORDER BY enrolment_id, instrument_code, stage", ids, rs -> {
            // Each wasNull() straight after its own read: it answers for the last column read.
            double score = rs.getDouble(4);
            Double scored = rs.wasNull() ? null : score;
            long child = rs.getLong(5);
            Long childId = rs.wasNull() ? null : child;
            PreparedAnswers.add(rows.get(rs.getLong(1)).responses, rs.getString(2).trim(), rs.getString(3).trim(), scored, childId);
        });
        // Which of the children who came with them started: any mark that counts as attended (decided here, in Java,
        // by the one rule AttendanceStatus.attended()).
        query("SELECT enrolment_id, child_id, status FROM child_attendance --DERBY-PROPERTIES constraint=child_attendance_enrolment_fk\n WHERE enrolment_id IN "
                + in(ids.size()) + " ORDER BY enrolment_id, child_id", ids, rs -> {
            Row row = rows.get(rs.getLong(1));
            long child = rs.getLong(2);
            if (AttendanceStatus.valueOf(rs.getString(3).trim()).attended() && !row.childrenStarted.contains(child)) {
                row.childrenStarted.add(child);
            }
        });
    }

    private void specifics(List<Long> ids, Map<Long, Row> rows, List<Long> referrals, Map<Long, List<Row>> byReferral,
                           Map<Long, List<Row>> byParticipant) throws SQLException {
        List<Long> participants = List.copyOf(byParticipant.keySet());
        query("SELECT referral_id, COUNT(*) FROM referral_family_child --DERBY-PROPERTIES constraint=family_referral_fk\n WHERE referral_id IN " + in(referrals.size()) + " GROUP BY referral_id",
                referrals, rs -> {
                    int count = rs.getInt(2);
                    byReferral.get(rs.getLong(1)).forEach(row -> row.familyChildren = count);
                });
        query("SELECT participant_id, COUNT(*) FROM child --DERBY-PROPERTIES constraint=child_participant_fk\n WHERE participant_id IN " + in(participants.size())
                + " AND needs_creche = TRUE GROUP BY participant_id", participants, rs -> {
            int count = rs.getInt(2);
            byParticipant.get(rs.getLong(1)).forEach(row -> row.crecheChildren = count);
        });
        // Partner contact during the referral: any partner-contact note on or after the day of the referral.
        query("SELECT participant_id, MAX(created_at) FROM case_note --DERBY-PROPERTIES index=case_note_participant_ix\n WHERE participant_id IN " + in(participants.size())
                + " AND note_type = 'PARTNER_CONTACT' GROUP BY participant_id", participants, rs -> {
            LocalDate latest = rs.getTimestamp(2).toLocalDateTime().toLocalDate();
            byParticipant.get(rs.getLong(1)).forEach(row -> row.partnerContacted = !latest.isBefore(row.referredOn.toLocalDate()));
        });
        Map<Long, Row> byOutcome = new HashMap<>();
        query("SELECT id, enrolment_id FROM enrolment_outcome --DERBY-PROPERTIES constraint=outcome_enrolment_uq\n WHERE enrolment_id IN " + in(ids.size()), ids,
                rs -> byOutcome.put(rs.getLong(1), rows.get(rs.getLong(2))));
        if (!byOutcome.isEmpty()) {
            List<Long> outcomes = List.copyOf(byOutcome.keySet());
            query("SELECT outcome_id, COUNT(*) FROM outcome_child --DERBY-PROPERTIES constraint=outcome_child_uq\n WHERE outcome_id IN " + in(outcomes.size())
                    + " AND remains_at_home = TRUE GROUP BY outcome_id", outcomes, rs -> byOutcome.get(rs.getLong(1)).childrenAtHome = rs.getInt(2));
        }
    }

    private static Map<Long, List<Row>> group(Collection<Row> rows, ToLongFunction<Row> key) {
        Map<Long, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(key.applyAsLong(row), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private void insert(Collection<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO report_enrolment (enrolment_id, programme_code, referred_on,"
                + " external_agency, cohort_id, state, withdrawal_reason, ended_on, assessed, accepted, declined, weeks, first_attended,"
                + " responses, family_children, creche_children, partner_contacted, children_at_home, children_started)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                st.setLong(1, row.enrolmentId);
                st.setString(2, row.programme);
                st.setDate(3, row.referredOn);
                st.setString(4, row.agency);
                if (row.cohortId == null) {
                    st.setNull(5, Types.BIGINT);
                } else {
                    st.setLong(5, row.cohortId);
                }
                st.setString(6, row.state);
                st.setString(7, row.withdrawalReason);
                st.setDate(8, row.endedOn);
                st.setBoolean(9, row.assessed);
                st.setBoolean(10, row.accepted);
                st.setBoolean(11, row.declined);
                st.setString(12, row.weeks.toString());
                st.setDate(13, row.firstAttended);
                st.setString(14, row.responses.toString());
                st.setInt(15, row.familyChildren);
                st.setInt(16, row.crecheChildren);
                st.setBoolean(17, row.partnerContacted);
                st.setInt(18, row.childrenAtHome);
                st.setString(19, PreparedChildren.write(row.childrenStarted));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Long> ids, RowHandler handler) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        }
    }

    /** {@code (?,?,…)} with {@code n} parameters, for an IN list. */
    static String in(int n) {
        return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    private static void bind(PreparedStatement st, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            st.setLong(i + 1, ids.get(i));
        }
    }
}
