package uk.dap.server.report.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dap.shared.api.attendance.AttendanceStatus;

/**
 * Rebuilds report_enrolment rows (V12) from the case records, for a batch of enrolments at a time: a handful of
 * statements per batch, each probing indexes with the batch's ids. The meanings are the report's own
 * ({@link CompletionReportQuery}): which sessions a person was expected at, what counts as attended, assessed, accepted.
 */
final class ReportRowBuilder {
    /** A week character: no session expected of the person that week (or its register is still open). */
    static final char NOT_EXPECTED = '.';
    static final char ABSENT = 'o';
    static final char ATTENDED = 'A';
    private static final int MAX_WEEKS = 1000;

    private final Connection connection;

    ReportRowBuilder(Connection connection) {
        this.connection = connection;
    }

    /** One enrolment's row as it is being built. */
    private static final class Row {
        long enrolmentId;
        String programme;
        Date referredOn;
        String agency;
        Long cohortId;
        String state;
        String withdrawalReason;
        Timestamp endedAt;
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
    }

    /** Replaces the rows of these enrolments (an enrolment that no longer exists loses its row). */
    void rebuild(Collection<Long> enrolmentIds) throws SQLException {
        if (enrolmentIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(enrolmentIds);
        Map<Long, Row> rows = base(ids);
        if (!rows.isEmpty()) {
            flow(ids, rows);
            attendance(ids, rows);
            responses(ids, rows);
            specifics(ids, rows);
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM report_enrolment WHERE enrolment_id IN " + in(ids.size()))) {
            bind(delete, ids);
            delete.executeUpdate();
        }
        insert(rows.values());
    }

    private Map<Long, Row> base(List<Long> ids) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        query("SELECT e.id, r.programme_code, r.referred_on, r.external_agency, e.cohort_id, e.state, e.withdrawal_reason, e.ended_at"
                + " FROM enrolment e JOIN referral r ON r.id = e.referral_id WHERE e.id IN " + in(ids.size()), ids, rs -> {
            Row row = new Row();
            row.enrolmentId = rs.getLong(1);
            row.programme = rs.getString(2);
            row.referredOn = rs.getDate(3);
            row.agency = rs.getString(4);
            long cohort = rs.getLong(5);
            row.cohortId = rs.wasNull() ? null : cohort;
            row.state = rs.getString(6);
            row.withdrawalReason = rs.getString(7);
            row.endedAt = rs.getTimestamp(8);
            rows.put(row.enrolmentId, row);
        });
        return rows;
    }

    private void flow(List<Long> ids, Map<Long, Row> rows) throws SQLException {
        query("SELECT e.id FROM enrolment e WHERE e.id IN " + in(ids.size())
                + " AND EXISTS (SELECT 1 FROM eligibility_check c WHERE c.referral_id = e.referral_id)", ids,
                rs -> rows.get(rs.getLong(1)).assessed = true);
        query("SELECT e.id, d.decision FROM enrolment e JOIN eligibility_decision d ON d.referral_id = e.referral_id WHERE e.id IN "
                + in(ids.size()), ids, rs -> {
            Row row = rows.get(rs.getLong(1));
            row.accepted |= "ACCEPT".equals(rs.getString(2));
            row.declined |= "DECLINE".equals(rs.getString(2));
        });
    }

    /**
     * Sessions with a closed register that the person was expected at: CompletionReportQuery's rule with the register
     * closed, so it no longer depends on the date the report is made.
     */
    private void attendance(List<Long> ids, Map<Long, Row> rows) throws SQLException {
        query("SELECT e.id, s.number, s.session_date, a.status FROM enrolment e"
                + " JOIN cohort_session s ON s.cohort_id = e.cohort_id"
                + " LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id"
                + " WHERE e.id IN " + in(ids.size()) + " AND s.register_closed_at IS NOT NULL AND " + CompletionReportQuery.EXPECTED_ANY_DAY,
                ids, rs -> {
            Row row = rows.get(rs.getLong(1));
            int number = rs.getInt(2);
            if (number < 1 || number > MAX_WEEKS) {
                throw new SQLException("Session number " + number + " is outside 1-" + MAX_WEEKS + " and cannot be summarised");
            }
            while (row.weeks.length() < number) {
                row.weeks.append(NOT_EXPECTED);
            }
            String status = rs.getString(4);
            boolean attended = status != null && AttendanceStatus.valueOf(status.trim()).attended();
            row.weeks.setCharAt(number - 1, attended ? ATTENDED : ABSENT);
            Date on = rs.getDate(3);
            if (attended && (row.firstAttended == null || on.before(row.firstAttended))) {
                row.firstAttended = on;
            }
        });
    }

    /** Each response as {@code instrument|stage|score;} (score empty when the questionnaire has none). */
    private void responses(List<Long> ids, Map<Long, Row> rows) throws SQLException {
        query("SELECT enrolment_id, instrument_code, stage, score FROM evaluation_response WHERE enrolment_id IN " + in(ids.size())
                + " ORDER BY enrolment_id, instrument_code, stage", ids, rs -> {
            double score = rs.getDouble(4);
            rows.get(rs.getLong(1)).responses.append(rs.getString(2)).append('|').append(rs.getString(3)).append('|')
                    .append(rs.wasNull() ? "" : Double.toString(score)).append(';');
        });
    }

    private void specifics(List<Long> ids, Map<Long, Row> rows) throws SQLException {
        query("SELECT e.id, COUNT(*) FROM enrolment e JOIN referral_family_child f ON f.referral_id = e.referral_id WHERE e.id IN "
                + in(ids.size()) + " GROUP BY e.id", ids, rs -> rows.get(rs.getLong(1)).familyChildren = rs.getInt(2));
        query("SELECT e.id, COUNT(*) FROM enrolment e JOIN child c ON c.participant_id = e.participant_id WHERE e.id IN "
                + in(ids.size()) + " AND c.needs_creche = TRUE GROUP BY e.id", ids, rs -> rows.get(rs.getLong(1)).crecheChildren = rs.getInt(2));
        query("SELECT e.id FROM enrolment e JOIN referral r ON r.id = e.referral_id WHERE e.id IN " + in(ids.size())
                + " AND EXISTS (SELECT 1 FROM case_note n WHERE n.participant_id = e.participant_id AND n.note_type = 'PARTNER_CONTACT'"
                + " AND CAST(n.created_at AS DATE) >= r.referred_on)", ids, rs -> rows.get(rs.getLong(1)).partnerContacted = true);
        query("SELECT o.enrolment_id, COUNT(*) FROM enrolment_outcome o JOIN outcome_child c ON c.outcome_id = o.id WHERE o.enrolment_id IN "
                + in(ids.size()) + " AND c.remains_at_home = TRUE GROUP BY o.enrolment_id", ids,
                rs -> rows.get(rs.getLong(1)).childrenAtHome = rs.getInt(2));
    }

    private void insert(Collection<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO report_enrolment (enrolment_id, programme_code, referred_on,"
                + " external_agency, cohort_id, state, withdrawal_reason, ended_at, assessed, accepted, declined, weeks, first_attended,"
                + " responses, family_children, creche_children, partner_contacted, children_at_home)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                st.setTimestamp(8, row.endedAt);
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
