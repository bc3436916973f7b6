package uk.dap.server.report.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The completion report's aggregates, straight from the database: a fixed handful of GROUP BY statements whatever the
 * size of the service, never an entity and never a statement per person. Everything here is counts and sums; the
 * service turns them into figures and applies suppression.
 *
 * <p>Every statement starts from the referrals in scope ({@link Scope#where()}), so Derby can use
 * {@code referral_programme_date_ix} (V11) for a programme over dates and {@code enrolment_cohort_ix} for a cohort.
 */
public final class CompletionReportQuery {
    /** Attendance statuses that count as attended (AttendanceStatus.attended()). */
    static final String ATTENDED = "('PRESENT','LATE','ATTENDED_PAPER','LEFT_EARLY')";

    /** The referrals a report covers, as a condition on {@code r} (referral) and {@code e} (enrolment) with its values. */
    public record Scope(String where, List<Object> values) {
    }

    /** Per referral in scope, what the flow needs. */
    public record Person(long enrolmentId, String programme, String state, String withdrawalReason, boolean assessed,
                         boolean accepted, boolean declined, int held, int attended, LocalDate firstAttended, LocalDate endedOn) {
        public boolean started() {
            return attended > 0;
        }
    }

    public record Week(int number, int expected, int attended) {
    }

    public record Pairs(String instrument, int pairs, double sumBefore, double sumAfter, double sumChange, double sumChangeSquared) {
    }

    /** One questionnaire answered by one enrolment in scope at one stage. */
    public record Answered(long enrolmentId, String instrument, String stage) {
    }

    private final Connection connection;
    private final Scope scope;
    private final LocalDate today;

    public CompletionReportQuery(Connection connection, Scope scope, LocalDate today) {
        this.connection = connection;
        this.scope = scope;
        this.today = today;
    }

    /**
     * The sessions a placed person was expected at, as a join condition on {@code e} and {@code s}, with the attendance
     * row {@code a} left-joined: not cancelled; held (register closed, marked, or its day come); not before they were
     * placed unless marked (AttendanceTally's late joiners); not after they left unless marked. Whether a row exists is
     * tested on its status (NOT NULL) rather than its id: the status is in the covering index of V11, so Derby never
     * has to read the attendance table itself, one random page per expected session.
     */
    private static final String EXPECTED = " s.status = 'SCHEDULED' AND e.enrolled_at IS NOT NULL"
            + " AND (s.register_closed_at IS NOT NULL OR a.status IS NOT NULL OR s.session_date <= ?)"
            + " AND (a.status IS NOT NULL OR s.session_date >= CAST(e.enrolled_at AS DATE))"
            + " AND (a.status IS NOT NULL OR e.ended_at IS NULL OR s.session_date <= CAST(e.ended_at AS DATE))";

    /** One row per referral in scope: its state, decision and its own attendance summed in the database. */
    public List<Person> people() throws SQLException {
        String sql = "SELECT e.id, e.programme_code, e.state, e.withdrawal_reason, e.ended_at,"
                + " (SELECT COUNT(*) FROM eligibility_check c WHERE c.referral_id = r.id),"
                + " (SELECT COUNT(*) FROM eligibility_decision d WHERE d.referral_id = r.id AND d.decision = 'ACCEPT'),"
                + " (SELECT COUNT(*) FROM eligibility_decision d WHERE d.referral_id = r.id AND d.decision = 'DECLINE'),"
                + " t.held, t.attended, t.first_attended"
                + " FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + " LEFT JOIN (SELECT e.id AS enrolment_id, COUNT(*) AS held,"
                + "   SUM(CASE WHEN a.status IN " + ATTENDED + " THEN 1 ELSE 0 END) AS attended,"
                + "   MIN(CASE WHEN a.status IN " + ATTENDED + " THEN s.session_date END) AS first_attended"
                + "   FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + "   JOIN cohort_session s ON s.cohort_id = e.cohort_id"
                + "   LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id"
                + "   WHERE " + scope.where() + " AND " + EXPECTED
                + "   GROUP BY e.id) t ON t.enrolment_id = e.id"
                + " WHERE " + scope.where();
        List<Person> people = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int i = bindScope(st, 1);
            st.setDate(i++, Date.valueOf(today));
            bindScope(st, i);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp ended = rs.getTimestamp(5);
                    Date first = rs.getDate(11);
                    people.add(new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(6) > 0,
                            rs.getInt(7) > 0, rs.getInt(8) > 0, rs.getInt(9), rs.getInt(10), first == null ? null : first.toLocalDate(),
                            ended == null ? null : ended.toLocalDateTime().toLocalDate()));
                }
            }
        }
        return people;
    }

    /** Expected and attended per programme week (session number) across the scope. */
    public List<Week> weeks() throws SQLException {
        String sql = "SELECT s.number, COUNT(*), SUM(CASE WHEN a.status IN " + ATTENDED + " THEN 1 ELSE 0 END)"
                + " FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + " JOIN cohort_session s ON s.cohort_id = e.cohort_id"
                + " LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id"
                + " WHERE " + scope.where() + " AND " + EXPECTED + " GROUP BY s.number ORDER BY s.number";
        List<Week> weeks = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int i = bindScope(st, 1);
            st.setDate(i, Date.valueOf(today));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    weeks.add(new Week(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        return weeks;
    }

    /** Matched pre/post pairs per instrument, with the sums a mean and a paired standard deviation need. */
    public List<Pairs> pairs() throws SQLException {
        String sql = "SELECT pre.instrument_code, COUNT(*), SUM(pre.score), SUM(post.score), SUM(post.score - pre.score),"
                + " SUM((post.score - pre.score) * (post.score - pre.score))"
                + " FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + " JOIN evaluation_response pre ON pre.enrolment_id = e.id AND pre.stage = 'PRE'"
                + " JOIN evaluation_response post ON post.enrolment_id = e.id AND post.instrument_code = pre.instrument_code"
                + "   AND post.stage = 'POST'"
                + " WHERE " + scope.where() + " AND pre.score IS NOT NULL AND post.score IS NOT NULL"
                + " GROUP BY pre.instrument_code";
        List<Pairs> pairs = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Pairs(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)));
                }
            }
        }
        return pairs;
    }

    /** Responses per instrument, stage and programme (for the response rates). */
    public List<Answered> answered() throws SQLException {
        // One row per response (at most one per enrolment, instrument and stage), so that each can be tested against
        // its person's place in the flow: a rate counts only the answers of the people it is a rate of.
        String sql = "SELECT q.enrolment_id, q.instrument_code, q.stage"
                + " FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + " JOIN evaluation_response q ON q.enrolment_id = e.id"
                + " WHERE " + scope.where();
        List<Answered> answered = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    answered.add(new Answered(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return answered;
    }

    /** Each programme's evaluation plan (stage to instruments) and follow-up months, for the programmes given. */
    public Map<String, Plan> plans() throws SQLException {
        Map<String, Plan> plans = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT p.programme_code, p.follow_up_months, x.stage, x.instrument_code"
                + " FROM evaluation_plan p JOIN evaluation_plan_entry x ON x.programme_code = p.programme_code ORDER BY x.position");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                plans.computeIfAbsent(rs.getString(1), k -> new Plan(new ArrayList<>(), 0)).entries()
                        .add(new String[] {rs.getString(3), rs.getString(4)});
                plans.put(rs.getString(1), new Plan(plans.get(rs.getString(1)).entries(), rs.getInt(2)));
            }
        }
        return plans;
    }

    public record Plan(List<String[]> entries, int followUpMonths) {
    }

    /** One count from a statement that answers a single number. */
    public int count(String sql, Object... extra) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int i = bindScope(st, 1);
            for (Object value : extra) {
                st.setObject(i++, value);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Specific counts of the programme-specific rows: DART children on started referrals, Caring Dads men whose
     * partner was contacted (a partner-contact case note), New Beginnings children remaining at home at the end.
     */
    public int dartChildren() throws SQLException {
        return count("SELECT COUNT(*) FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + " JOIN referral_family_child f ON f.referral_id = r.id WHERE " + scope.where()
                + " AND e.programme_code = 'DART' AND EXISTS (SELECT 1 FROM attendance a JOIN cohort_session s ON s.id = a.session_id"
                + " WHERE a.enrolment_id = e.id AND s.status = 'SCHEDULED' AND a.status IN " + ATTENDED + ")");
    }

    public int partnersContacted() throws SQLException {
        return count("SELECT COUNT(*) FROM referral r JOIN enrolment e ON e.referral_id = r.id WHERE " + scope.where()
                + " AND e.programme_code = 'CARING_DADS' AND EXISTS (SELECT 1 FROM case_note n WHERE n.participant_id = e.participant_id"
                + " AND n.note_type = 'PARTNER_CONTACT' AND CAST(n.created_at AS DATE) >= r.referred_on)");
    }

    public int childrenAtHome() throws SQLException {
        return count("SELECT COUNT(*) FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + " JOIN enrolment_outcome o ON o.enrolment_id = e.id JOIN outcome_child c ON c.outcome_id = o.id"
                + " WHERE " + scope.where() + " AND e.programme_code = 'NEW_BEGINNINGS' AND c.remains_at_home = TRUE");
    }

    /** Gateway: children needing a crèche of the mothers who attended, per programme week. */
    public List<Week> crecheByWeek() throws SQLException {
        String sql = "SELECT s.number, COUNT(*) FROM referral r JOIN enrolment e ON e.referral_id = r.id"
                + " JOIN attendance a ON a.enrolment_id = e.id JOIN cohort_session s ON s.id = a.session_id"
                + " JOIN child c ON c.participant_id = e.participant_id"
                + " WHERE " + scope.where() + " AND e.programme_code = 'GATEWAY' AND s.status = 'SCHEDULED'"
                + " AND a.status IN " + ATTENDED + " AND c.needs_creche = TRUE GROUP BY s.number ORDER BY s.number";
        List<Week> weeks = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    weeks.add(new Week(rs.getInt(1), 0, rs.getInt(2)));
                }
            }
        }
        return weeks;
    }

    private int bindScope(PreparedStatement st, int from) throws SQLException {
        int i = from;
        for (Object value : scope.values()) {
            if (value instanceof LocalDate d) {
                st.setDate(i++, Date.valueOf(d));
            } else {
                st.setObject(i++, value);
            }
        }
        return i;
    }
}
