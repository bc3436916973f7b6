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
    /** The referrals a report covers: the condition on the prepared row {@code m}, the same on {@code r}/{@code e}, and the values both take. */
    public record Scope(String preparedWhere, String where, List<Object> values) {
    }

    /**
     * Per referral in scope, what the report needs: its flow, attendance, answers and programme specifics. {@code weeks}
     * are its programme weeks as {@link PreparedWeeks} keeps them, closed and open registers together; {@code held} and
     * {@code attended} count them; {@code responses} as {@link PreparedAnswers} keeps them.
     */
    public record Person(long enrolmentId, String programme, EnrolmentState state, WithdrawalReason withdrawalReason, boolean assessed,
                         boolean accepted, boolean declined, String weeks, int held, int attended, LocalDate firstAttended,
                         LocalDate endedOn, String responses, int familyChildren, int crecheChildren, boolean partnerContacted,
                         int childrenAtHome, List<Long> childrenStarted) {
        public boolean started() {
            return attended > 0;
        }
    }

    public record Week(int number, int expected, int attended) {
    }


    /**
     * One of a person's questionnaire responses; {@code score} is null when the questionnaire gave none, {@code child}
     * when it is the participant's own.
     */
    @FunctionalInterface
    public interface ResponseVisitor {
        void accept(String instrument, String stage, String score, Long child);
    }

    private final Connection connection;
    private final Scope scope;
    private final LocalDate today;
    private List<Person> people;

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
        List<Person> all = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT m.enrolment_id, m.programme_code, m.state, m.withdrawal_reason,"
                + " m.ended_on, m.assessed, m.accepted, m.declined, m.weeks, m.first_attended, m.responses, m.family_children,"
                + " m.creche_children, m.partner_contacted, m.children_at_home, m.children_started FROM report_enrolment m WHERE " + scope.preparedWhere())) {
            bindScope(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Date ended = rs.getDate(5);
                    Date first = rs.getDate(10);
                    String weeks = rs.getString(9);
                    LocalDate firstAttended = first == null ? null : first.toLocalDate();
                    List<OpenSession> sessions = open.get(id);
                    if (sessions != null) {
                        StringBuilder merged = new StringBuilder(weeks);
                        for (OpenSession o : sessions) {
                            PreparedWeeks.mark(merged, o.number(), o.attended());
                            if (o.attended() && (firstAttended == null || o.on().isBefore(firstAttended))) {
                                firstAttended = o.on();
                            }
                        }
                        weeks = merged.toString();
                    }

                    String reason = rs.getString(4);
                    all.add(new Person(id, rs.getString(2), EnrolmentState.valueOf(rs.getString(3).trim()),
                            reason == null ? null : WithdrawalReason.valueOf(reason.trim()), rs.getBoolean(6), rs.getBoolean(7),
                            rs.getBoolean(8), weeks, PreparedWeeks.expected(weeks), PreparedWeeks.attended(weeks), firstAttended,
                            ended == null ? null : ended.toLocalDate(), rs.getString(11), rs.getInt(12), rs.getInt(13),
                            rs.getBoolean(14), rs.getInt(15), PreparedChildren.read(rs.getString(16))));
                }
            }
        }
        people = all;
        return people;
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
                + " e.enrolled_at, e.placed_on, e.ended_on"
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
                Date ended = rs.getDate(8);
                return Stay.current(rs.getLong(5), placed == null ? null : placed.toLocalDate(),
                        enrolled == null ? null : enrolled.toLocalDateTime().toLocalDate(), ended == null ? null : ended.toLocalDate());
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

    /** Expected and attended per programme week (session number) across the scope. */
    public List<Week> weeks() throws SQLException {
        Map<Integer, int[]> byNumber = new TreeMap<>();
        for (Person p : people()) {
            PreparedWeeks.forEach(p.weeks(), (week, attended) -> {
                int[] counts = byNumber.computeIfAbsent(week, k -> new int[2]);
                counts[0]++;
                counts[1] += attended ? 1 : 0;
            });
        }
        List<Week> weeks = new ArrayList<>();
        byNumber.forEach((number, counts) -> weeks.add(new Week(number, counts[0], counts[1])));
        return weeks;
    }

    /**
     * Each of the person's responses (at most one per instrument and stage), read from their prepared row
     * ({@link PreparedAnswers}) without building an object per response.
     */
    public static void responses(Person person, ResponseVisitor visitor) {
        PreparedAnswers.forEach(person.responses(), visitor::accept);
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
        Map<Integer, Integer> byNumber = new TreeMap<>();
        for (Person p : people()) {
            if (p.programme().equals("GATEWAY") && p.crecheChildren() > 0) {
                PreparedWeeks.forEach(p.weeks(), (week, attended) -> {
                    if (attended) {
                        byNumber.merge(week, p.crecheChildren(), Integer::sum);
                    }
                });
            }
        }
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
