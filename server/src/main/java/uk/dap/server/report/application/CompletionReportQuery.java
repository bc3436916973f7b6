package uk.dap.server.report.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.WithdrawalReason;

/**
 * The completion report's figures, from one prepared row per enrolment (report_enrolment, V12, kept up to date by
 * {@link ReportSummaries}) plus a live count of the sessions whose register is still open: two statements whatever the
 * size of the service, never an entity, never a statement per person, and never the millions of attendance and
 * questionnaire rows of ten years. The service turns the counts into figures and applies suppression.
 *
 * <p>Scope conditions come in two spellings ({@link Scope}): on the prepared row {@code m}, and on the referral
 * {@code r} and enrolment {@code e} for the live part.
 */
public final class CompletionReportQuery {
    /** At most this many ids in one IN list. */
    private static final int SLICE = 500;
    /** The referrals a report covers: the condition on the prepared row {@code m}, the same on {@code r}/{@code e}, and the values both take. */
    public record Scope(String preparedWhere, String where, List<Object> values) {
    }

    /**
     * Per referral in scope, what the report needs: its flow, attendance and programme specifics. {@code held} and
     * {@code attended} count the programme weeks the person was expected at, closed registers and open ones together.
     */
    public record Person(long enrolmentId, String programme, EnrolmentState state, WithdrawalReason withdrawalReason, boolean assessed,
                         boolean accepted, boolean declined, int held, int attended, LocalDate firstAttended,
                         LocalDate endedOn, int familyChildren, int crecheChildren, boolean partnerContacted,
                         int childrenAtHome) {
        public boolean started() {
            return attended > 0;
        }
    }

    public record Week(int number, int expected, int attended) {
    }

    public record Pairs(String instrument, int pairs, double sumBefore, double sumAfter, double sumChange, double sumChangeSquared) {
    }

    /** One of a person's questionnaire responses (at most one per instrument and stage); {@code score} is null when the questionnaire gave none. */
    @FunctionalInterface
    public interface ResponseVisitor {
        void accept(Person person, String instrument, String stage, Double score);
    }

    private final Connection connection;
    private final Scope scope;
    private final LocalDate today;
    private List<Person> people;
    /** What the registers still open add to the prepared rows' weeks: per week, {expected, attended, crèche children}. */
    private final Map<Integer, int[]> openWeeks = new TreeMap<>();

    public CompletionReportQuery(Connection connection, Scope scope, LocalDate today) {
        this.connection = connection;
        this.scope = scope;
        this.today = today;
    }

    /** One row per referral in scope, its attendance at closed registers from its prepared row and at open ones counted now. */
    public List<Person> people() throws SQLException {
        if (people != null) {
            return people;
        }
        Map<Long, List<OpenSession>> open = openSessions();
        Map<Long, Map<Integer, Boolean>> closedWeeks = closedWeeksOf(open.keySet());
        List<Person> all = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT m.enrolment_id, m.programme_code, m.state, m.withdrawal_reason,"
                + " m.ended_at, m.assessed, m.accepted, m.declined, m.weeks_expected, m.weeks_attended, m.first_attended, m.family_children,"
                + " m.creche_children, m.partner_contacted, m.children_at_home FROM report_enrolment m WHERE " + scope.preparedWhere())) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String programme = rs.getString(2);
                    Timestamp ended = rs.getTimestamp(5);
                    int held = rs.getInt(9);
                    int attended = rs.getInt(10);
                    Date first = rs.getDate(11);
                    int creche = rs.getInt(13);
                    LocalDate firstAttended = first == null ? null : first.toLocalDate();
                    List<OpenSession> sessions = open.get(id);
                    if (sessions != null) {
                        Map<Integer, Boolean> closed = closedWeeks.getOrDefault(id, Map.of());
                        Map<Integer, Boolean> merged = new TreeMap<>(closed);
                        for (OpenSession o : sessions) {
                            ReportRowBuilder.week(merged, o.number(), o.attended());
                            if (o.attended() && (firstAttended == null || o.on().isBefore(firstAttended))) {
                                firstAttended = o.on();
                            }
                        }
                        held = merged.size();
                        attended = (int) merged.values().stream().filter(Boolean::booleanValue).count();
                        boolean crecheCounts = programme.equals("GATEWAY") && creche > 0;
                        merged.forEach((week, now) -> {
                            Boolean before = closed.get(week);
                            boolean newlyAttended = now && !Boolean.TRUE.equals(before);
                            if (before == null || newlyAttended) {
                                int[] add = openWeeks.computeIfAbsent(week, k -> new int[3]);
                                add[0] += before == null ? 1 : 0;
                                add[1] += newlyAttended ? 1 : 0;
                                add[2] += newlyAttended && crecheCounts ? creche : 0;
                            }
                        });
                    }
                    String reason = rs.getString(4);
                    all.add(new Person(id, programme, EnrolmentState.valueOf(rs.getString(3).trim()),
                            reason == null ? null : WithdrawalReason.valueOf(reason.trim()), rs.getBoolean(6), rs.getBoolean(7),
                            rs.getBoolean(8), held, attended, firstAttended,
                            ended == null ? null : ended.toLocalDateTime().toLocalDate(), rs.getInt(12), creche,
                            rs.getBoolean(14), rs.getInt(15)));
                }
            }
        }
        people = all;
        return people;
    }

    /** The closed-register weeks (report_week) of the people who also have open sessions: few, read in slices. */
    private Map<Long, Map<Integer, Boolean>> closedWeeksOf(Set<Long> enrolments) throws SQLException {
        Map<Long, Map<Integer, Boolean>> weeks = new HashMap<>();
        List<Long> ids = List.copyOf(enrolments);
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            try (PreparedStatement st = connection.prepareStatement("SELECT enrolment_id, week, attended FROM report_week WHERE enrolment_id IN "
                    + ReportRowBuilder.in(slice.size()))) {
                for (int i = 0; i < slice.size(); i++) {
                    st.setLong(i + 1, slice.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        weeks.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBoolean(3));
                    }
                }
            }
        }
        return weeks;
    }

    private record OpenSession(int number, LocalDate on, boolean attended) {
    }

    /**
     * Expected sessions whose register is still open, per enrolment in scope: held once their day has come, so counted
     * at the moment of the report. Only sessions whose day has come can have marks (the register and the kiosk refuse
     * earlier ones), so later ones are never read: a service always has cohorts planned months ahead. Derby is told to
     * start from those sessions; left to itself it starts from all the referrals in scope, ten years of them. Which of
     * the sessions read were the person's is decided in Java by {@link Stay#expected}, the one rule every count uses;
     * the SQL only narrows the reading (scheduled, open, their day come).
     */
    private Map<Long, List<OpenSession>> openSessions() throws SQLException {
        Map<Long, List<OpenSession>> open = new HashMap<>();
        // The sessions of each person's current cohort, from the day they were placed in it to the day they left.
        try (PreparedStatement st = connection.prepareStatement("SELECT e.id, s.number, s.session_date, a.status, s.cohort_id,"
                + " e.enrolled_at, e.placed_on, e.ended_at"
                + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n cohort_session s --DERBY-PROPERTIES index=cohort_session_open_ix\n"
                + " JOIN enrolment e --DERBY-PROPERTIES index=enrolment_cohort_ix\n ON e.cohort_id = s.cohort_id"
                + " JOIN referral r ON r.id = e.referral_id"
                + " LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id"
                + " WHERE s.register_closed_at IS NULL AND s.status = 'SCHEDULED' AND s.session_date <= ? AND " + scope.where())) {
            st.setDate(1, Date.valueOf(today));
            bindScope(st, 2);
            collect(st, open, rs -> {
                Timestamp enrolled = rs.getTimestamp(6);
                Date placed = rs.getDate(7);
                Timestamp ended = rs.getTimestamp(8);
                return Stay.current(rs.getLong(5), placed == null ? null : placed.toLocalDate(),
                        enrolled == null ? null : enrolled.toLocalDateTime().toLocalDate(), ended == null ? null : ended.toLocalDateTime().toLocalDate());
            });
        }
        // The sessions of cohorts people were moved out of, within their stay there (cohort_transfer, V17).
        try (PreparedStatement st = connection.prepareStatement("SELECT e.id, s.number, s.session_date, a.status, s.cohort_id,"
                + " t.placed_on, t.transferred_on"
                + " FROM cohort_transfer t JOIN enrolment e ON e.id = t.enrolment_id JOIN referral r ON r.id = e.referral_id"
                + " JOIN cohort_session s ON s.cohort_id = t.from_cohort_id"
                + " LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id"
                + " WHERE s.register_closed_at IS NULL AND s.status = 'SCHEDULED' AND s.session_date <= ? AND " + scope.where())) {
            st.setDate(1, Date.valueOf(today));
            bindScope(st, 2);
            collect(st, open, rs -> Stay.earlier(rs.getLong(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate()));
        }
        return open;
    }

    @FunctionalInterface
    private interface StayOf {
        /** The person's stay in the session's cohort, from the row; null when they were never placed. */
        Stay read(ResultSet rs) throws SQLException;
    }

    private static void collect(PreparedStatement st, Map<Long, List<OpenSession>> open, StayOf stayOf) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String status = rs.getString(4);
                Stay stay = stayOf.read(rs);
                LocalDate on = rs.getDate(3).toLocalDate();
                if (stay != null && Stay.expected(List.of(stay), rs.getLong(5), on, true, status != null)) {
                    open.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OpenSession(rs.getInt(2), on,
                            status != null && AttendanceStatus.valueOf(status.trim()).attended()));
                }
            }
        }
    }

    /** Expected and attended per programme week (session number) across the scope: the prepared weeks, then the open registers. */
    public List<Week> weeks() throws SQLException {
        people();
        Map<Integer, int[]> byNumber = new TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT w.week, COUNT(*), SUM(CASE WHEN w.attended THEN 1 ELSE 0 END)"
                + " FROM report_enrolment m JOIN report_week w ON w.enrolment_id = m.enrolment_id WHERE " + scope.preparedWhere()
                + " GROUP BY w.week")) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byNumber.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
        }
        openWeeks.forEach((number, add) -> {
            int[] counts = byNumber.computeIfAbsent(number, k -> new int[2]);
            counts[0] += add[0];
            counts[1] += add[1];
        });
        List<Week> weeks = new ArrayList<>();
        byNumber.forEach((number, counts) -> weeks.add(new Week(number, counts[0], counts[1])));
        return weeks;
    }

    /** Each response of the people in scope (report_response), as it is read: no object per response. */
    public void responses(ResponseVisitor visitor) throws SQLException {
        Map<Long, Person> byId = new HashMap<>();
        people().forEach(p -> byId.put(p.enrolmentId(), p));
        try (PreparedStatement st = connection.prepareStatement("SELECT r.enrolment_id, r.instrument_code, r.stage, r.score"
                + " FROM report_enrolment m JOIN report_response r ON r.enrolment_id = m.enrolment_id WHERE " + scope.preparedWhere())) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Person person = byId.get(rs.getLong(1));
                    double score = rs.getDouble(4);
                    if (person != null) {
                        visitor.accept(person, rs.getString(2), rs.getString(3).trim(), rs.wasNull() ? null : score);
                    }
                }
            }
        }
    }

    /** Matched pre/post pairs per instrument across the scope, with the sums a mean and a paired standard deviation need. */
    public List<Pairs> pairs() throws SQLException {
        List<Pairs> pairs = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT pre.instrument_code, COUNT(*), SUM(pre.score), SUM(post.score),"
                + " SUM(post.score - pre.score), SUM((post.score - pre.score) * (post.score - pre.score))"
                + " FROM report_enrolment m JOIN report_response pre ON pre.enrolment_id = m.enrolment_id AND pre.stage = 'PRE'"
                + " JOIN report_response post ON post.enrolment_id = pre.enrolment_id AND post.instrument_code = pre.instrument_code"
                + " AND post.stage = 'POST' WHERE pre.score IS NOT NULL AND post.score IS NOT NULL AND " + scope.preparedWhere()
                + " GROUP BY pre.instrument_code ORDER BY pre.instrument_code")) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Pairs(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)));
                }
            }
        }
        return pairs;
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

    /** DART children of mothers who started. */
    public int dartChildren() throws SQLException {
        return people().stream().filter(p -> p.programme().equals("DART") && p.started()).mapToInt(Person::familyChildren).sum();
    }

    /** Caring Dads men whose partner was contacted (a partner-contact case note on or after the referral). */
    public int partnersContacted() throws SQLException {
        return (int) people().stream().filter(p -> p.programme().equals("CARING_DADS") && p.partnerContacted()).count();
    }

    /** New Beginnings children remaining at home at the end. */
    public int childrenAtHome() throws SQLException {
        return people().stream().filter(p -> p.programme().equals("NEW_BEGINNINGS")).mapToInt(Person::childrenAtHome).sum();
    }

    /** Gateway: children needing a crèche of the mothers who attended, per programme week (weeks with any). */
    public List<Week> crecheByWeek() throws SQLException {
        people();
        Map<Integer, Integer> byNumber = new TreeMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT w.week, SUM(m.creche_children)"
                + " FROM report_enrolment m JOIN report_week w ON w.enrolment_id = m.enrolment_id WHERE m.programme_code = 'GATEWAY'"
                + " AND m.creche_children > 0 AND w.attended = TRUE AND " + scope.preparedWhere() + " GROUP BY w.week")) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byNumber.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        openWeeks.forEach((number, add) -> {
            if (add[2] > 0) {
                byNumber.merge(number, add[2], Integer::sum);
            }
        });
        List<Week> weeks = new ArrayList<>();
        byNumber.forEach((number, children) -> weeks.add(new Week(number, 0, children)));
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
