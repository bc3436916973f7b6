package uk.dap.server.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.dap.server.testing.PayaraProcess;

/**
 * The report benchmark (issue 6), against a real Payara Micro with its encrypted Derby: fills a database kept under
 * {@code target/report-benchmark/} with ten years of a large fictional service (once per size), then times the
 * programme completion report over all ten years through the API beside one hand-written SQL statement answering the
 * same flow counts, and checks that the two agree. Run:
 * {@code mvn -B -Preport-benchmark -DskipTests -pl server -am verify}; settings {@code -Dbench.participants=150000},
 * {@code -Dbench.regenerate=true}, {@code -Dbench.runs=7}, {@code -Dbench.programme=FREEDOM}, {@code -Dbench.xmx=2g}.
 */
public final class ReportBenchmark {
    private static final String FROM = "2016-01-01";
    private static final String TO = "2026-12-31";

    private final BenchClient client;

    private ReportBenchmark(URI base) {
        this.client = new BenchClient(base);
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        int participants = Integer.getInteger("bench.participants", 150_000);
        boolean regenerate = Boolean.getBoolean("bench.regenerate");
        // -Dbench.dir keeps the data set out of target/, where mvn clean would delete it.
        Path work = Path.of(System.getProperty("bench.dir", target.resolve("report-benchmark").toString()));
        Path store = work.resolve("db-" + participants);
        Path ready = store.resolve("generated.txt");
        if (regenerate || !Files.exists(ready)) {
            delete(store);
        }
        Files.createDirectories(store);
        Path war = work.resolve("dap-server-report-benchmark.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, target.resolve("dap-server.war").toFile())
                .addClasses(ReportBenchResource.class, ReportDataGenerator.class)
                .as(ZipExporter.class).exportTo(new File(war.toString()), true);
        Files.copy(target.resolve(PayaraProcess.PRE_BOOT_COMMANDS), work.resolve(PayaraProcess.PRE_BOOT_COMMANDS),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (System.getProperty("dap.test.serverStartMinutes") == null) {
            System.setProperty("dap.test.serverStartMinutes", "10");
        }
        if (System.getProperty("dap.test.serverJvmArgs") == null) {
            System.setProperty("dap.test.serverJvmArgs", "-Xmx" + System.getProperty("bench.xmx", "2g"));
        }
        System.out.println("Starting Payara Micro with the report benchmark deployment and the database in " + store + " ...");
        Map<String, String> settings = Map.of("dap.demo", "true", "dap.data.dir", store.resolve("data").toAbsolutePath().toString(),
                "dap.keys.dir", store.resolve("keys").toAbsolutePath().toString());
        try (PayaraProcess server = PayaraProcess.start(target.resolve("payara-micro.jar"), war, work, settings)) {
            System.out.println("Server log: " + server.log());
            new ReportBenchmark(server.uri()).run(work, store, ready, participants);
        }
    }

    private void run(Path work, Path store, Path ready, int participants) throws Exception {
        String admin = client.signIn("demo-admin");
        String generated;
        if (Files.exists(ready)) {
            generated = Files.readString(ready);
            System.out.println("Using the data set generated before (-Dbench.regenerate=true makes it again):\n" + generated);
        } else {
            System.out.printf("Generating %,d participants (ten years) into the server's database...%n", participants);
            client.send("POST", "api/bench/report-data?seed=20161201&participants=" + participants, admin);
            String status;
            String shown = "";
            Instant signedIn = Instant.now();
            do {
                Thread.sleep(5_000);
                // A staff token lasts 30 minutes and generating 150,000 people can take longer: sign in again well before.
                if (Instant.now().isAfter(signedIn.plus(java.time.Duration.ofMinutes(20)))) {
                    admin = client.signIn("demo-admin");
                    signedIn = Instant.now();
                }
                status = client.send("GET", "api/bench/report-data", admin);
                if (!status.equals(shown)) {
                    System.out.print(status.substring(shown.startsWith("RUNNING") && status.startsWith("RUNNING") ? shown.length() : 0));
                    shown = status;
                }
            } while (status.startsWith("RUNNING"));
            if (!status.startsWith("DONE")) {
                throw new IllegalStateException("Generation failed:\n" + status);
            }
            generated = "Generated " + Instant.now() + " with seed 20161201:\n" + status.substring("DONE\n".length());
            Files.writeString(ready, generated);
            System.out.println(generated);
        }

        if (Boolean.getBoolean("bench.backup")) {
            backupAndRestore(work, store, admin);
            return;
        }
        String programme = System.getProperty("bench.programme", "FREEDOM");
        int runs = Integer.getInteger("bench.runs", 7);
        String lead = client.signIn("demo-lead");
        String query = "programme=" + programme + "&from=" + FROM + "&to=" + TO;
        String reportPath = "api/reports/completion?" + query + "&suppress=false";
        String flowPath = "api/bench/flow?" + query;

        boolean hasReport = client.statusOf(reportPath, lead) != 404;
        if (!hasReport) {
            System.out.println("The completion report endpoint is not in this build yet (404): timing the hand-written statement only.");
            for (int i = 0; i < 2; i++) {
                timed(flowPath, lead);
            }
            List<Long> times = new ArrayList<>();
            String flow = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                flow = client.send("GET", flowPath, lead);
                times.add(System.nanoTime() - t0);
            }
            Collections.sort(times);
            System.out.printf("hand-written flow statement: median %.1f ms, best %.1f ms%n%s%n", median(times), times.get(0) / 1e6, flow);
            return;
        }
        if (Boolean.getBoolean("bench.screens")) {
            // The screens are timed on a quiet server: first let it finish bringing the report's prepared rows up to date.
            System.out.println(backlog(reportPath, lead));
            System.out.println(new ScreenBenchmark(client).run(work, firstLine(ready), participants));
            return;
        }
        String preparedPath = flowPath + "&over=prepared";
        if (Boolean.getBoolean("bench.rebuildAll")) {
            System.out.println("Marking every prepared row stale on the server just started: " + client.send("POST", "api/bench/report-stale", admin));
        }
        String backlog = backlog(reportPath, lead);
        System.out.println(backlog);
        System.out.println("Warming up (2 runs each)...");
        for (int i = 0; i < 2; i++) {
            timed(reportPath, lead);
            timed(flowPath, lead);
            timed(preparedPath, lead);
        }
        List<Long> reportTimes = new ArrayList<>();
        List<Long> sqlTimes = new ArrayList<>();
        List<Long> preparedTimes = new ArrayList<>();
        String report = null;
        String flow = null;
        String preparedFlow = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report = client.send("GET", reportPath, lead);
            reportTimes.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            flow = client.send("GET", flowPath, lead);
            sqlTimes.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            preparedFlow = client.send("GET", preparedPath, lead);
            preparedTimes.add(System.nanoTime() - t0);
        }
        String agreement = compare(report, flow);
        String preparedAgreement = compare(report, preparedFlow);
        Collections.sort(reportTimes);
        Collections.sort(sqlTimes);
        Collections.sort(preparedTimes);
        double reportMedian = median(reportTimes);
        double sqlMedian = median(sqlTimes);
        double preparedMedian = median(preparedTimes);
        String result = String.format("""
                === Report benchmark (%s) ===
                Data set: %s
                Programme %s, referrals from %s to %s, %d timed runs each after 2 warm-up runs (HTTP round trip, on this machine):
                  completion report, GET /api/reports/completion:   median %8.1f ms, best %8.1f ms  (target under 1,000 ms: %s)
                  hand-written flow statement, GET /api/bench/flow: median %8.1f ms, best %8.1f ms
                  ratio report / hand-written (medians): %.1f x  (target within 2 x: %s)
                  the same statement over the report's prepared rows, GET /api/bench/flow?over=prepared:
                                                                    median %8.1f ms, best %8.1f ms
                  ratio report / hand-written over the same prepared rows (medians): %.1f x  (target within 2 x: %s)
                Counts the report shares with the statement over the case records: %s
                Counts the report shares with the statement over the prepared rows: %s
                %s
                """, Instant.now(), firstLine(ready), programme, FROM, TO, runs, reportMedian, reportTimes.get(0) / 1e6,
                reportMedian < 1000 ? "met" : "NOT MET", sqlMedian, sqlTimes.get(0) / 1e6, reportMedian / sqlMedian,
                reportMedian <= 2 * sqlMedian ? "met" : "NOT MET", preparedMedian, preparedTimes.get(0) / 1e6, reportMedian / preparedMedian,
                reportMedian <= 2 * preparedMedian ? "met" : "NOT MET", agreement, preparedAgreement, backlog);
        System.out.println(result);
        Files.writeString(work.resolve("results.txt"), result);
        if (Boolean.getBoolean("bench.explain")) {
            explain(work, programme);
        }
        if (backlog.contains("NOT MET")) {
            throw new IllegalStateException("While the prepared rows were being rebuilt: " + backlog);
        }
        if (agreement.startsWith("DISAGREE") || preparedAgreement.startsWith("DISAGREE")) {
            throw new IllegalStateException("The report and a hand-written statement disagree: " + agreement + " / " + preparedAgreement);
        }
    }

    /**
     * The report asked for at once after a bulk load (the generator's, or none when the data set was made before and
     * the rows rebuilt at start-up): how long it took, and what it said; then how long the backlog took to rebuild, by
     * asking every 2 s until the report says it is up to date. The target: under 1 s while the backlog is rebuilt.
     */
    private String backlog(String reportPath, String lead) throws Exception {
        long t0 = System.nanoTime();
        String first = client.send("GET", reportPath, lead);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        int waiting = beingUpdated(first);
        if (waiting == 0) {
            return String.format("Backlog: none when first asked (report %.0f ms)", firstMs);
        }
        long started = System.nanoTime();
        int lastWaiting = waiting;
        double slowest = firstMs;
        String token = lead;
        Instant signedIn = Instant.now();
        while (lastWaiting > 0) {
            Thread.sleep(2_000);
            if (Instant.now().isAfter(signedIn.plus(java.time.Duration.ofMinutes(20)))) {
                token = client.signIn("demo-lead"); // a rebuild at 150,000 outlasts a token
                signedIn = Instant.now();
            }
            long t = System.nanoTime();
            lastWaiting = beingUpdated(client.send("GET", reportPath, token));
            slowest = Math.max(slowest, (System.nanoTime() - t) / 1e6);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format("Backlog: the report asked for at once answered in %.0f ms with %,d enrolments being brought up to date"
                        + " (target under 1,000 ms while rebuilding: %s); the slowest answer while rebuilding took %.0f ms (%s);"
                        + " the backlog was rebuilt about %.0f s later (about %,.0f rows a second)",
                firstMs, waiting, firstMs < 1000 ? "met" : "NOT MET", slowest, slowest < 1000 ? "met" : "NOT MET", seconds, waiting / seconds);
    }

    /**
     * {@code -Dbench.backup=true}: an online backup of the data set through the API, as an administrator would take it,
     * then the restore command into a new folder (which opens the copy and checks its audit chain), each timed.
     */
    private void backupAndRestore(Path work, Path store, String admin) throws Exception {
        long t0 = System.nanoTime();
        String taken = client.send("POST", "api/backups", admin);
        double backupSeconds = (System.nanoTime() - t0) / 1e9;
        Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(taken);
        Matcher bytes = Pattern.compile("\"bytes\"\\s*:\\s*(\\d+)").matcher(taken);
        if (!name.find() || !bytes.find()) {
            throw new IllegalStateException("No backup: " + taken);
        }
        Path backup = store.resolve("backups").resolve(name.group(1));
        Path restored = work.resolve("restored-" + name.group(1));
        String key = Files.readString(store.resolve("keys").resolve("database.key")).trim();
        t0 = System.nanoTime();
        int status = uk.dap.server.backup.application.RestoreCommand.run(backup, restored, key, System.out, System.err);
        double restoreSeconds = (System.nanoTime() - t0) / 1e9;
        String result = String.format("""
                === Backup benchmark (%s) ===
                Data set: %s
                  online backup, POST /api/backups:             %6.1f s  (%,d bytes)
                  restore-backup.sh (copy, open, audit check):  %6.1f s  (exit status %d)
                """, Instant.now(), firstLine(store.resolve("generated.txt")), backupSeconds, Long.parseLong(bytes.group(1)), restoreSeconds, status);
        System.out.println(result);
        Files.writeString(work.resolve("backup-results.txt"), result);
        delete(restored);
        delete(backup);
        if (status != 0) {
            throw new IllegalStateException("The restore failed: exit status " + status);
        }
    }

    private static int beingUpdated(String reportJson) {
        Matcher m = Pattern.compile("\"enrolmentsBeingUpdated\"\\s*:\\s*(\\d+)").matcher(reportJson);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Runs each statement the report runs, and the hand-written one, with Derby's runtime statistics on, and writes
     * each plan to {@code report-benchmark/statistics-N.txt}. The report's statements are captured from
     * {@link uk.dap.server.report.application.CompletionReportQuery} itself (a stand-in connection records the SQL and
     * its values), so they are the ones in this build; the values are written into the text.
     */
    private void explain(Path work, String programme) throws Exception {
        List<String> statements = new ArrayList<>();
        java.sql.Connection capture = Capture.connection(statements);
        uk.dap.server.report.application.CompletionReportQuery query = new uk.dap.server.report.application.CompletionReportQuery(capture,
                new uk.dap.server.report.application.CompletionReportQuery.Scope("m.programme_code = ? AND m.referred_on BETWEEN ? AND ?",
                        "r.programme_code = ? AND r.referred_on BETWEEN ? AND ?",
                        List.of(programme, java.time.LocalDate.parse(FROM), java.time.LocalDate.parse(TO))), java.time.LocalDate.now());
        // The report's two statements (its other figures are worked out from their rows).
        query.people();
        String admin = client.signIn("demo-admin");
        statements.add("");
        System.out.println("Runtime statistics (Derby, timing on; plans in " + work + "/statistics-N.txt):");
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            String path = "api/bench/statistics" + (sql.isEmpty() ? "?programme=" + programme + "&from=" + FROM + "&to=" + TO : "");
            long t0 = System.nanoTime();
            String stats = client.send("POST", path, sql, admin);
            Files.writeString(work.resolve("statistics-" + (i + 1) + ".txt"), (sql.isEmpty() ? "hand-written flow statement" : sql) + "\n\n" + stats);
            System.out.printf("  %d. %-70.70s %s (%.0f ms round trip)%n", i + 1, sql.isEmpty() ? "hand-written flow statement" : sql.replaceAll("\\s+", " "),
                    stats.lines().findFirst().orElse(""), (System.nanoTime() - t0) / 1e6);
        }
    }

    /** A stand-in JDBC connection that records each statement prepared, with its values written in, and returns no rows. */
    static final class Capture {
        static java.sql.Connection connection(List<String> out) {
            return proxy(java.sql.Connection.class, (self, method, args) -> {
                if (method.getName().equals("prepareStatement")) {
                    String sql = (String) args[0];
                    Map<Integer, Object> values = new java.util.TreeMap<>();
                    return proxy(java.sql.PreparedStatement.class, (ps, m, a) -> switch (m.getName()) {
                        case "setString", "setObject", "setDate", "setLong", "setInt" -> {
                            values.put((Integer) a[0], a[1]);
                            yield null;
                        }
                        case "executeQuery" -> {
                            out.add(inline(sql, values));
                            yield proxy(java.sql.ResultSet.class, (rs, rm, ra) -> rm.getName().equals("next") ? false : null);
                        }
                        default -> null;
                    });
                }
                return null;
            });
        }

        private static String inline(String sql, Map<Integer, Object> values) {
            StringBuilder out = new StringBuilder();
            int n = 0;
            boolean quoted = false;
            for (char ch : sql.toCharArray()) {
                if (ch == '\'') {
                    quoted = !quoted;
                }
                if (ch == '?' && !quoted) {
                    Object v = values.get(++n);
                    out.append(v instanceof Number ? v.toString() : v instanceof java.sql.Date || v instanceof java.time.LocalDate
                            ? "DATE('" + v + "')" : "'" + v + "'");
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
            return (T) java.lang.reflect.Proxy.newProxyInstance(Capture.class.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }

    /** Compares every flow count the report and the hand-written statement both have; answers what it found. */
    private static String compare(String reportJson, String flowJson) {
        JsonObject report;
        JsonObject flow;
        try (JsonReader a = Json.createReader(new StringReader(reportJson)); JsonReader b = Json.createReader(new StringReader(flowJson))) {
            report = a.readObject().getJsonObject("flow");
            flow = b.readObject();
        }
        StringBuilder agree = new StringBuilder();
        StringBuilder disagree = new StringBuilder();
        for (String name : ReportBenchResource.FLOW_NAMES) {
            long expected = flow.getJsonNumber(name).longValue();
            JsonValue figure = report.get(name);
            Long shown = figure instanceof JsonObject o && o.get("value") instanceof jakarta.json.JsonNumber n ? n.longValue() : null;
            (shown != null && shown == expected ? agree : disagree).append(String.format("%s %,d%s; ", name, expected,
                    shown != null && shown == expected ? "" : " (report: " + shown + ")"));
        }
        return disagree.length() > 0 ? "DISAGREE on " + disagree + " agree on " + agree : "all agree: " + agree;
    }

    private long timed(String path, String token) throws Exception {
        long t0 = System.nanoTime();
        client.send("GET", path, token);
        return System.nanoTime() - t0;
    }

    private static double median(List<Long> sorted) {
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
    }

    private static String firstLine(Path ready) throws IOException {
        for (String line : Files.readAllLines(ready)) {
            if (line.trim().startsWith("total")) {
                return line.trim().replaceAll("\\s+", " ");
            }
        }
        return "?";
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
