package uk.dap.server.benchmark;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.shared.security.Roles;

/**
 * Only in the report benchmark's own deployment, never in the shipped WAR: fills the server's own database with the
 * synthetic service ({@link ReportDataGenerator}) through the server's DataSource, answers the completion report's
 * flow counts with one hand-written statement, and shows Derby's runtime statistics (the plan and the rows each step
 * touched) for any read-only statement, to find out why a report query is slow.
 */
@Path("bench")
public class ReportBenchResource {
    /**
     * The flow counts in one statement, with the report's meanings (CompletionReports.flow): assessed has a check,
     * eligible was accepted, declined was declined, waiting is eligible, waiting or placed and has not attended, started
     * attended a session, completed and still active are of those who started. One row per referral in scope, each
     * count an index lookup (no grouped derived table joined back: Derby cannot hash-join a large one).
     */
    static final String FLOW_SQL = """
            SELECT COUNT(*),
                   SUM(CASE WHEN x.checks > 0 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.accepts > 0 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.declines > 0 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.attended = 0 AND x.state IN ('ELIGIBLE', 'WAITING', 'ENROLLED') THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.attended > 0 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.attended > 0 AND x.state = 'COMPLETED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.state = 'WITHDRAWN' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.attended > 0 AND x.state = 'ENROLLED' THEN 1 ELSE 0 END)
            FROM (SELECT e.state,
                         (SELECT COUNT(*) FROM eligibility_check c WHERE c.referral_id = r.id) AS checks,
                         (SELECT COUNT(*) FROM eligibility_decision d WHERE d.referral_id = r.id AND d.decision = 'ACCEPT') AS accepts,
                         (SELECT COUNT(*) FROM eligibility_decision d WHERE d.referral_id = r.id AND d.decision = 'DECLINE') AS declines,
                         (SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = e.id
                            AND a.status IN ('PRESENT', 'LATE', 'ATTENDED_PAPER', 'LEFT_EARLY')) AS attended
                  FROM referral r JOIN enrolment e ON e.referral_id = r.id
                  WHERE r.programme_code = ? AND r.referred_on BETWEEN ? AND ?) x""";
    /**
     * The same counts in one statement over the report's prepared rows (report_enrolment, V12), the data the report
     * itself reads: the fair measure of what the report adds to its own data. Started is an attended week in the
     * prepared row, or an attended session whose register is still open (which the prepared row leaves out).
     */
    static final String FLOW_PREPARED_SQL = """
            SELECT COUNT(*),
                   SUM(CASE WHEN x.assessed THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.accepted THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.declined THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.started = 0 AND x.state IN ('ELIGIBLE', 'WAITING', 'ENROLLED') THEN 1 ELSE 0 END),
                   SUM(x.started),
                   SUM(CASE WHEN x.started = 1 AND x.state = 'COMPLETED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.state = 'WITHDRAWN' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN x.started = 1 AND x.state = 'ENROLLED' THEN 1 ELSE 0 END)
            FROM (SELECT m.state, m.assessed, m.accepted, m.declined,
                         CASE WHEN LOCATE('A', m.weeks) > 0 THEN 1
                              WHEN EXISTS (SELECT 1 FROM attendance a JOIN cohort_session s ON s.id = a.session_id
                                   WHERE a.enrolment_id = m.enrolment_id AND s.cohort_id = m.cohort_id AND s.register_closed_at IS NULL
                                   AND s.status = 'SCHEDULED' AND a.status IN ('PRESENT', 'LATE', 'ATTENDED_PAPER', 'LEFT_EARLY')) THEN 1
                              ELSE 0 END AS started
                  FROM report_enrolment m
                  WHERE m.programme_code = ? AND m.referred_on BETWEEN ? AND ?) x""";
    static final String[] FLOW_NAMES = {"referred", "assessed", "eligible", "declined", "waiting", "started", "completed", "withdrawn",
            "stillActive"};

    private static volatile String generation = "IDLE";

    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;

    /** Starts generating in the background (it takes minutes); poll {@code GET bench/report-data} for the outcome. */
    @POST
    @Path("report-data")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.TEXT_PLAIN)
    public synchronized Response generate(@QueryParam("participants") int participants, @QueryParam("seed") long seed) {
        if (generation.startsWith("RUNNING")) {
            return Response.status(409).entity(generation).build();
        }
        generation = "RUNNING\n";
        executor.submit(() -> {
            long t0 = System.nanoTime();
            StringBuilder out = new StringBuilder();
            try (Connection c = dataSource.getConnection()) {
                long lead = staffId(c, "demo-lead");
                long facilitator = staffId(c, "demo-facilitator");
                Map<String, Long> rows = new ReportDataGenerator(c, participants, seed, lead, facilitator, line -> {
                    out.append(line).append('\n');
                    generation = "RUNNING\n" + out;
                }).run();
                long total = rows.values().stream().mapToLong(Long::longValue).sum();
                StringBuilder done = new StringBuilder("DONE\n");
                rows.forEach((table, n) -> done.append(String.format("  %-28s %,12d rows%n", table, n)));
                done.append(String.format("  %-28s %,12d rows in %.0f s (%,.0f rows a second)%n", "total", total,
                        (System.nanoTime() - t0) / 1e9, total / ((System.nanoTime() - t0) / 1e9)));
                done.append("Steps:\n").append(out);
                generation = done.toString();
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                generation = "FAILED\n" + out + trace;
            }
        });
        return Response.accepted(generation).build();
    }

    @GET
    @Path("report-data")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String generation() {
        return generation;
    }

    /**
     * The flow counts by a hand-written statement, as JSON, with the time the statement took in the server: over the
     * case records as they are ({@link #FLOW_SQL}), or with {@code over=prepared} over the report's prepared rows.
     */
    @GET
    @Path("flow")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD})
    @Produces(MediaType.APPLICATION_JSON)
    public String flow(@QueryParam("programme") String programme, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("over") String over) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("prepared".equals(over) ? FLOW_PREPARED_SQL : FLOW_SQL)) {
            bindFlow(st, programme, from, to);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                StringBuilder json = new StringBuilder("{");
                for (int i = 0; i < FLOW_NAMES.length; i++) {
                    json.append('"').append(FLOW_NAMES[i]).append("\":").append(rs.getLong(i + 1)).append(',');
                }
                return json.append("\"serverMillis\":").append((System.nanoTime() - t0) / 1_000_000).append('}').toString();
            }
        }
    }

    /**
     * Runs one read-only statement with Derby's runtime statistics on and answers them: the plan, each step's rows and
     * times. The statement is the request body, its values written into it (no parameters). With {@code flow=true}
     * and no body, the hand-written flow statement for the given programme and dates.
     */
    /**
     * Marks every enrolment's prepared row stale, as a migration that changes their shape does: with
     * {@code -Dbench.rebuildAll=true} the benchmark measures the rebuild's pace on a server that has just started (the
     * "restarted pace" a rebuild after a bulk load is compared with).
     */
    @POST
    @Path("report-stale")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String markAllStale() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM report_stale");
            return st.executeUpdate("INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment") + " enrolments marked";
        }
    }

    @POST
    @Path("statistics")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String statistics(String sql, @QueryParam("programme") String programme, @QueryParam("from") String from,
                             @QueryParam("to") String to) throws SQLException {
        String statement = sql == null || sql.isBlank() ? FLOW_SQL : sql.trim();
        if (!statement.toUpperCase().startsWith("SELECT")) {
            return "Only SELECT statements.";
        }
        try (Connection c = dataSource.getConnection()) {
            try (Statement on = c.createStatement()) {
                on.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                on.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(1)");
            }
            long t0 = System.nanoTime();
            long rows = 0;
            try (PreparedStatement st = c.prepareStatement(statement)) {
                if (statement == FLOW_SQL) {
                    bindFlow(st, programme, from, to);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            String stats;
            try (Statement get = c.createStatement(); ResultSet rs = get.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                stats = rs.getString(1);
            }
            try (Statement off = c.createStatement()) {
                off.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
                off.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(0)");
            }
            return rows + " rows in " + millis + " ms\n" + stats;
        }
    }

    private static void bindFlow(PreparedStatement st, String programme, String from, String to) throws SQLException {
        st.setString(1, programme);
        st.setDate(2, Date.valueOf(LocalDate.parse(from)));
        st.setDate(3, Date.valueOf(LocalDate.parse(to)));
    }

    private static long staffId(Connection c, String username) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM staff_account WHERE username = ?")) {
            st.setString(1, username);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No " + username + ": the report benchmark runs the server in demo mode");
                }
                return rs.getLong(1);
            }
        }
    }
}
