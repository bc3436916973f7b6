package uk.dap.server.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.dap.server.testing.PayaraProcess;

/**
 * The import benchmark (issue 21): a made-up history of {@code bench.people} people (half Caring Dads fathers, half
 * Freedom women, in groups of twelve over ten years from 2012, with every register, the Caring Dads questionnaires,
 * completions and withdrawals) written as template CSV files and imported kind by kind into a real Payara Micro (heap
 * capped at 512 MB) on a fresh encrypted Derby: for each kind, a dry run and a commit, with the rows per second of each
 * and the server's peak resident memory while it ran. Run:
 * {@code mvn -B -Pimport-benchmark -DskipTests -pl server -am verify [-Dbench.people=3000]}.
 */
public final class ImportBenchmark {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"(rows|created|problemCount)\"\\s*:\\s*(\\d+)");
    private static final int GROUP = 12;
    private static final LocalDate FIRST = LocalDate.of(2012, 1, 4);
    private static final String VENUE = "Benchmark Centre";

    private final PayaraProcess server;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong peakKb = new AtomicLong();

    private ImportBenchmark(PayaraProcess server) {
        this.server = server;
        this.base = server.uri();
    }

    record Result(String kind, long rows, double dryRunSeconds, double commitSeconds, long peakMb) {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        int people = Integer.getInteger("bench.people", 3000);
        Path work = target.resolve("import-benchmark");
        Files.createDirectories(work);
        Files.copy(target.resolve(PayaraProcess.PRE_BOOT_COMMANDS), work.resolve(PayaraProcess.PRE_BOOT_COMMANDS),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path files = Files.createDirectories(work.resolve("files"));
        System.out.println("Writing the template files for " + people + " people...");
        new History(people, files).write();
        System.out.println("Starting Payara Micro...");
        try (PayaraProcess server = PayaraProcess.start(target.resolve("payara-micro.jar"), target.resolve("dap-server.war"), work,
                Map.of("dap.demo", "true"), List.of(System.getProperty("bench.jvm", "-XX:FlightRecorderOptions:stackdepth=256")))) {
            new ImportBenchmark(server).run(files, people);
        }
    }

    private void run(Path files, int people) throws Exception {
        send("POST", "api/venues", HttpRequest.BodyPublishers.ofString("{\"name\":\"" + VENUE + "\"}"), "application/json",
                signIn("demo-admin"));
        Thread sampler = new Thread(this::sampleMemory, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<Result> results = new ArrayList<>();
        for (String kind : History.KINDS) {
            Path file = files.resolve(kind + ".csv");
            peakKb.set(0);
            long start = System.nanoTime();
            Map<String, Long> dry = upload(kind, file, false);
            double dryRun = (System.nanoTime() - start) / 1e9;
            // -Dbench.secondDryRun=true: a second dry run straight after the first, to tell a cost of the first from one of every dry run.
            if (Boolean.getBoolean("bench.secondDryRun")) {
                long again = System.nanoTime();
                upload(kind, file, false);
                System.out.printf("%-15s second dry run %6.1f s%n", kind, (System.nanoTime() - again) / 1e9);
            }
            start = System.nanoTime();
            Map<String, Long> committed = upload(kind, file, true);
            double commit = (System.nanoTime() - start) / 1e9;
            if (dry.get("problemCount") != 0 || !committed.get("created").equals(committed.get("rows"))) {
                throw new IllegalStateException(kind + ": " + dry + " then " + committed);
            }
            Result result = new Result(kind, committed.get("rows"), dryRun, commit, peakKb.get() / 1024);
            System.out.printf("%-15s %,9d rows: dry run %6.1f s (%,6.0f rows/s), commit %6.1f s (%,6.0f rows/s), peak RSS %,d MB%n",
                    kind, result.rows(), dryRun, result.rows() / dryRun, commit, result.rows() / commit, result.peakMb());
            results.add(result);
        }
        sampler.interrupt();
        long rows = results.stream().mapToLong(Result::rows).sum();
        double dry = results.stream().mapToDouble(Result::dryRunSeconds).sum();
        double commit = results.stream().mapToDouble(Result::commitSeconds).sum();
        long peak = results.stream().mapToLong(Result::peakMb).max().orElse(0);
        long attendance = results.stream().filter(r -> r.kind().equals("attendance")).mapToLong(Result::rows).sum();
        // The ten-year data set: 150,000 people and about 3 million marks, scaled from this run's rows per person.
        double scale = 150_000.0 / people;
        System.out.printf("""
                === Import benchmark (%s) ===
                %,d people, %,d rows in %d files (%,d attendance rows); server heap capped at 512 MB
                all files: dry run %.1f s (%,.0f rows/s), commit %.1f s (%,.0f rows/s); peak server RSS %,d MB
                the ten-year data set (150,000 people, about %,.0f rows) at these rates: dry run %.0f min, commit %.0f min
                """, Instant.now(), people, rows, results.size(), attendance, dry, rows / dry, commit, rows / commit, peak,
                rows * scale, dry * scale / 60, commit * scale / 60);
    }

    /** The server's resident memory, every half second, keeping the peak (VmRSS from /proc). */
    private void sampleMemory() {
        Path status = Path.of("/proc", Long.toString(server.pid()), "status");
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("\\D", ""));
                        peakKb.accumulateAndGet(kb, Math::max);
                    }
                }
                Thread.sleep(500);
            } catch (InterruptedException stop) {
                return;
            } catch (IOException | RuntimeException notLinux) {
                return;
            }
        }
    }

    private Map<String, Long> upload(String kind, Path file, boolean commit) throws Exception {
        String answer = send("POST", "api/imports/" + kind + "?commit=" + commit + "&fileName=" + kind + ".csv",
                HttpRequest.BodyPublishers.ofFile(file), "text/csv", signIn("demo-lead"));
        Map<String, Long> numbers = new java.util.HashMap<>();
        Matcher m = NUMBER.matcher(answer);
        while (m.find()) {
            numbers.putIfAbsent(m.group(1), Long.parseLong(m.group(2)));
        }
        if (numbers.size() < 3) {
            throw new IllegalStateException(kind + ": " + answer.substring(0, Math.min(2000, answer.length())));
        }
        return numbers;
    }

    private String signIn(String username) throws Exception {
        String json = send("POST", "api/auth/staff", HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"" + username + "\",\"password\":\"" + username + "-pw\"}"), "application/json", null);
        Matcher m = TOKEN.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + json);
        }
        return m.group(1);
    }

    private String send(String method, String path, HttpRequest.BodyPublisher body, String type, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofHours(2))
                .method(method, body).header("Content-Type", type);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        return response.body();
    }

    /**
     * The made-up history, as the template files a service would fill in: people in groups of twelve, one group
     * starting a fortnight after the last, alternately Caring Dads (17 weeks) and Freedom (12 weeks). Nine in ten come
     * to every session and complete (Caring Dads with questionnaires before and after); one in ten stops after a few
     * sessions and is withdrawn.
     */
    static final class History {
        static final List<String> KINDS = List.of("participants", "referrals", "cohorts", "attendance", "questionnaires", "completions",
                "withdrawals");
        private final int people;
        private final Path folder;
        private final Random random = new Random(21);

        History(int people, Path folder) {
            this.people = people;
            this.folder = folder;
        }

        void write() throws IOException {
            try (BufferedWriter participants = open("participants", "Service reference,First name,Last name,Date of birth,Gender");
                 BufferedWriter referrals = open("referrals", "Referral reference,Person's service reference,Programme,Referred on,"
                         + "Agency type,Referring agency,Contact at the agency,Reason for referral,Decision,Decided on,Decided by,Reason for decision");
                 BufferedWriter cohorts = open("cohorts", "Cohort reference,Programme,Venue,First session,Start time,Facilitators");
                 BufferedWriter attendance = open("attendance", "Referral reference,Cohort reference,Session date,Attendance");
                 BufferedWriter questionnaires = open("questionnaires", "Referral reference,Questionnaire,Stage,Answered on,Total score");
                 BufferedWriter completions = open("completions", "Referral reference,Completed on");
                 BufferedWriter withdrawals = open("withdrawals", "Referral reference,Withdrawn on,Reason")) {
                int groups = (people + GROUP - 1) / GROUP;
                for (int g = 0; g < groups; g++) {
                    boolean dads = g % 2 == 0;
                    LocalDate start = FIRST.plusDays(10L * 365 * g / groups);
                    int weeks = dads ? 17 : 12;
                    String cohort = "G" + g;
                    cohorts.write(cohort + "," + (dads ? "Caring Dads" : "Freedom") + "," + VENUE + "," + start + ","
                            + (dads ? "18:30" : "10:00") + "," + (dads ? "demo-facilitator;demo-cofacilitator" : "demo-facilitator") + "\n");
                    for (int p = g * GROUP; p < Math.min(people, (g + 1) * GROUP); p++) {
                        String person = "P" + p;
                        String referral = "R" + p;
                        participants.write(person + ",Bench" + letters(p) + ",Person" + letters(p / 7) + "," + LocalDate.of(1970, 1, 1).plusDays(p % 9000)
                                + "," + (dads ? "Male" : "Female") + "\n");
                        LocalDate referred = start.minusWeeks(6);
                        referrals.write(referral + "," + person + "," + (dads ? "Caring Dads" : "Freedom") + "," + referred + ","
                                + (dads ? "Children's social care,Benchshire Council,A. Worker" : "Self-referral,,") + ",Made up for the benchmark,Accept,"
                                + referred.plusWeeks(2) + ",B. Lead,Meets the criteria\n");
                        boolean stops = random.nextInt(10) == 0;
                        int came = stops ? 2 + random.nextInt(3) : weeks;
                        for (int w = 0; w < (stops ? came : weeks); w++) {
                            attendance.write(referral + "," + cohort + "," + start.plusWeeks(w) + ",Present\n");
                        }
                        LocalDate last = start.plusWeeks(came - 1L);
                        if (stops) {
                            withdrawals.write(referral + "," + last + ",Disengaged\n");
                        } else {
                            if (dads) {
                                questionnaires.write(referral + ",RSES,Before the programme," + start + "," + (8 + random.nextInt(10)) + "\n");
                                questionnaires.write(referral + ",RSES,After the programme," + last + "," + (12 + random.nextInt(12)) + "\n");
                            }
                            completions.write(referral + "," + last + "\n");
                        }
                    }
                }
            }
        }

        private BufferedWriter open(String kind, String headings) throws IOException {
            BufferedWriter writer = Files.newBufferedWriter(folder.resolve(kind + ".csv"), StandardCharsets.UTF_8);
            writer.write(headings + "\n");
            return writer;
        }

        /** A made-up name part for a number: letters only, as names are. */
        private static String letters(int n) {
            StringBuilder s = new StringBuilder();
            int v = n;
            do {
                s.append((char) ('a' + v % 26));
                v /= 26;
            } while (v > 0);
            return s.toString();
        }
    }
}
