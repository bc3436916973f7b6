package uk.dap.server.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.dap.server.testing.PayaraProcess;

/**
 * The attendance benchmark (issue 4), against a real Payara Micro with Derby on this machine, printing in one run:
 * sign-in throughput with 8 concurrent kiosks beside two baselines measured on the same server (a request that does
 * nothing, and one that inserts one row in one transaction) and two floors (nothing behind a kiosk token, and a
 * sign-in's body read, validated and answered without touching the database); latency with 50 kiosks at a steady 50
 * sign-ins a second;
 * and how long 1,000 queued sign-ins take to sync. Run: {@code mvn -B -Pbenchmark -DskipTests -pl server -am verify}.
 */
public final class AttendanceBenchmark {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"(kioskId|enrolmentCode|deviceSecret)\"\\s*:\\s*\"?([^\",}]+)\"?");
    private static final int KIOSKS = 8;
    private static final int BATCH = 100;
    /**
     * Requests per client before each kind is measured, the same for every kind. With 50 sign-ins per kiosk (earlier
     * runs) the JVM was still compiling the sign-in's code while it was measured, and with 300 the first of the two
     * measured sign-in runs was still 7-16 % slower than the second (docs/operations.md).
     */
    private static final int WARM_UP = 600;
    /** Sign-ins per kiosk in each of the two measured runs. */
    private static final int MEASURED = 250;
    /** Enrolled in each benchmark cohort. */
    private static final int PEOPLE = 20;

    private final PayaraProcess server;
    private final URI base;
    private final HttpClient http = client();

    private AttendanceBenchmark(PayaraProcess server) {
        this.server = server;
        this.base = server.uri();
    }

    /** Requests a second, and the server's CPU milliseconds per request, over one measured phase. */
    record Phase(double perSecond, double cpuMillis) {
    }

    record Place(long session, long enrolment) {
    }

    record Kiosk(String token, List<Place> places) {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        Path work = target.resolve("benchmark");
        Files.createDirectories(work);
        Path war = work.resolve("dap-server-benchmark.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, target.resolve("dap-server.war").toFile())
                .addClass(BenchmarkResource.class).as(ZipExporter.class).exportTo(new File(war.toString()), true);
        Files.copy(target.resolve(PayaraProcess.PRE_BOOT_COMMANDS), work.resolve(PayaraProcess.PRE_BOOT_COMMANDS),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Starting Payara Micro with the benchmark deployment...");
        try (PayaraProcess server = PayaraProcess.start(target.resolve("payara-micro.jar"), war, work, Map.of("dap.demo", "true"))) {
            new AttendanceBenchmark(server).run(work);
        }
    }

    private void run(Path work) throws Exception {
        String admin = signIn();
        System.out.println("Setting up venues, cohorts with a session today, enrolled people and kiosks...");
        List<Kiosk> capacity = new ArrayList<>();
        for (int v = 0; v < KIOSKS; v++) {
            capacity.add(kiosks(admin, "Capacity " + v, (WARM_UP + 2 * MEASURED) / PEOPLE, PEOPLE, 1).get(0));
        }
        List<Kiosk> steady = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            steady.addAll(kiosks(admin, "Steady " + v, 5, PEOPLE, 5));
        }
        Kiosk offline = kiosks(admin, "Offline", 50, PEOPLE, 1).get(0);

        System.out.println("Warming up...");
        rate(KIOSKS, 1000, (client, k, i) -> get(client, "api/benchmark/noop", null));
        rate(KIOSKS, WARM_UP, (client, k, i) -> post(client, "api/benchmark/insert", "", null));
        List<List<Place>> warm = new ArrayList<>();
        List<List<Place>> measured1 = new ArrayList<>();
        List<List<Place>> measured2 = new ArrayList<>();
        for (Kiosk k : capacity) {
            warm.add(k.places().subList(0, WARM_UP));
            measured1.add(k.places().subList(WARM_UP, WARM_UP + MEASURED));
            measured2.add(k.places().subList(WARM_UP + MEASURED, WARM_UP + 2 * MEASURED));
        }
        signInRate(capacity, warm);
        // The floors' bodies name a place of their client's kiosk; the echo stores nothing, so any place will do.
        Call kioskNoopCall = (client, k, i) -> get(client, "api/benchmark/kiosk-noop", capacity.get(k).token());
        Call kioskEchoCall = (client, k, i) -> post(client, "api/benchmark/kiosk-echo", signInJson(warm.get(k).get(0)), capacity.get(k).token());
        Call insertCall = (client, k, i) -> post(client, "api/benchmark/insert", "", null);

        rate(KIOSKS, WARM_UP, kioskNoopCall);
        rate(KIOSKS, WARM_UP, kioskEchoCall);
        Phase noop = measure(KIOSKS * 2500, () -> rate(KIOSKS, 2500, (client, k, i) -> get(client, "api/benchmark/noop", null)));
        Phase kioskNoop = measure(KIOSKS * 1000, () -> rate(KIOSKS, 1000, kioskNoopCall));
        Phase kioskEcho = measure(KIOSKS * 1000, () -> rate(KIOSKS, 1000, kioskEchoCall));
        // Inserts and sign-ins take turns, twice; the better insert run and the worse sign-in run are compared.
        Phase insert1 = measure(KIOSKS * 500, () -> rate(KIOSKS, 500, insertCall));
        Phase signIns1 = measure(KIOSKS * MEASURED, () -> signInRate(capacity, measured1));
        Phase insert2 = measure(KIOSKS * 500, () -> rate(KIOSKS, 500, insertCall));
        Phase signIns2 = measure(KIOSKS * MEASURED, () -> signInRate(capacity, measured2));
        Phase insert = insert1.perSecond() >= insert2.perSecond() ? insert1 : insert2;
        Phase signIns = signIns1.perSecond() <= signIns2.perSecond() ? signIns1 : signIns2;

        List<Long> latencies = steadyLoad(steady, 50, Duration.ofSeconds(20));
        Collections.sort(latencies);

        long catchUpStart = System.nanoTime();
        int stored = 0;
        List<Place> queue = offline.places();
        for (int from = 0; from < queue.size(); from += BATCH) {
            StringBuilder body = new StringBuilder("{\"signIns\":[");
            for (int i = from; i < Math.min(from + BATCH, queue.size()); i++) {
                body.append(i == from ? "" : ",").append(signInJson(queue.get(i)));
            }
            String answer = post("api/kiosk/sign-ins/batch", body.append("]}").toString(), offline.token());
            stored += count(answer, "\"STORED\"");
        }
        double catchUp = (System.nanoTime() - catchUpStart) / 1e9;

        String report = String.format("""
                === Attendance benchmark (%s) ===
                Capacity, 8 concurrent clients on one server, requests a second (server CPU ms per request):
                  baseline, request that does nothing:       %8.0f  (%.2f ms)
                  floor, nothing behind a kiosk token:       %8.0f  (%.2f ms)
                  floor, a sign-in's body read and answered: %8.0f  (%.2f ms)
                  baseline, insert one row in a transaction: %8.0f  (%.2f ms; the better of runs %.0f, %.0f)
                  kiosk sign-ins:                            %8.0f  (%.2f ms; the worse of runs %.0f, %.0f)
                    = %.2f x the one-row insert (target at least 0.5); by server CPU per request %.2f x
                Latency, 50 kiosks at a steady 50 sign-ins a second for 20 s (%d sign-ins):
                  p50 %.1f ms, p99 %.1f ms, max %.1f ms  (target p99 under 50 ms)
                Offline catch-up: %d queued sign-ins synced in batches of %d in %.2f s, %d stored  (target under 5 s)
                """, Instant.now(), noop.perSecond(), noop.cpuMillis(), kioskNoop.perSecond(), kioskNoop.cpuMillis(),
                kioskEcho.perSecond(), kioskEcho.cpuMillis(),
                insert.perSecond(), insert.cpuMillis(), insert1.perSecond(), insert2.perSecond(), signIns.perSecond(),
                signIns.cpuMillis(), signIns1.perSecond(), signIns2.perSecond(), signIns.perSecond() / insert.perSecond(), insert.cpuMillis() / signIns.cpuMillis(), latencies.size(),
                percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1) / 1e6,
                queue.size(), BATCH, catchUp, stored);
        System.out.println(report);
        Files.writeString(work.resolve("results.txt"), report);
    }

    /** One venue with cohorts meeting today and {@code kiosks} kiosks there, sharing its places between them. */
    private List<Kiosk> kiosks(String admin, String name, int cohorts, int people, int kiosks) throws Exception {
        String setup = post("api/benchmark/setup?cohorts=" + cohorts + "&people=" + people + "&name=" + name.replace(' ', '+') + "+(benchmark)", "", admin);
        String[] lines = setup.split("\n");
        long venue = Long.parseLong(lines[0].trim());
        List<Place> places = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].trim().split(" ");
            places.add(new Place(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        }
        List<Kiosk> result = new ArrayList<>();
        int share = places.size() / kiosks;
        for (int k = 0; k < kiosks; k++) {
            String registered = post("api/kiosks", "{\"venueId\":" + venue + ",\"label\":\"Bench " + k + "\"}", admin);
            String enrolled = post("api/kiosk-enrolments", "{\"enrolmentCode\":\"" + field(registered, "enrolmentCode") + "\"}", null);
            String token = token(post("api/auth/kiosk", "{\"kioskId\":" + field(enrolled, "kioskId") + ",\"deviceSecret\":\""
                    + field(enrolled, "deviceSecret") + "\"}", null));
            result.add(new Kiosk(token, places.subList(k * share, (k + 1) * share)));
        }
        return result;
    }

    private double signInRate(List<Kiosk> kiosks, List<List<Place>> places) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(kiosks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int k = 0; k < kiosks.size(); k++) {
            Kiosk kiosk = kiosks.get(k);
            List<Place> mine = places.get(k);
            HttpClient own = client();
            done.add(pool.submit(() -> {
                start.await();
                int stored = 0;
                for (Place place : mine) {
                    stored += count(send(own, "POST", "api/kiosk/sign-ins", signInJson(place), kiosk.token()), "\"STORED\"");
                }
                return stored;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        int expected = places.stream().mapToInt(List::size).sum();
        if (total != expected) {
            throw new IllegalStateException("Only " + total + " of " + expected + " sign-ins were stored");
        }
        return total / seconds;
    }

    interface Measured {
        double run() throws Exception;
    }

    private Phase measure(int requests, Measured phase) throws Exception {
        double cpu0 = server.cpuSeconds();
        double perSecond = phase.run();
        return new Phase(perSecond, (server.cpuSeconds() - cpu0) * 1000 / requests);
    }

    /** One request by client {@code k} (its own HTTP connection, as a kiosk has), its {@code i}th. */
    interface Call {
        void run(HttpClient client, int k, int i) throws Exception;
    }

    private double rate(int threads, int perThread, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int k = t;
            HttpClient own = client();
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    call.run(own, k, i);
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return threads * perThread / seconds;
    }

    /** Each kiosk signs one person in every {@code kiosks/perSecond} seconds, staggered: a steady total rate. */
    private List<Long> steadyLoad(List<Kiosk> kiosks, int perSecond, Duration length) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(kiosks.size());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long periodMicros = 1_000_000L * kiosks.size() / perSecond;
        int rounds = (int) (length.toSeconds() * perSecond / kiosks.size());
        CountDownLatch finished = new CountDownLatch(kiosks.size());
        for (int k = 0; k < kiosks.size(); k++) {
            Kiosk kiosk = kiosks.get(k);
            HttpClient own = client();
            AtomicInteger next = new AtomicInteger();
            long offset = periodMicros * k / kiosks.size();
            scheduler.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= rounds) {
                    if (i == rounds) {
                        finished.countDown();
                    }
                    return;
                }
                long t0 = System.nanoTime();
                try {
                    send(own, "POST", "api/kiosk/sign-ins", signInJson(kiosk.places().get(i)), kiosk.token());
                    latencies.add(System.nanoTime() - t0);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, offset, periodMicros, TimeUnit.MICROSECONDS);
        }
        finished.await(length.toSeconds() + 60, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        return new ArrayList<>(latencies);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String signInJson(Place place) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"sessionId\":" + place.session() + ",\"enrolmentId\":" + place.enrolment()
                + ",\"signedInAt\":\"" + Instant.now() + "\"}";
    }

    private String signIn() throws Exception {
        return token(post("api/auth/staff", "{\"username\":\"demo-admin\",\"password\":\"demo-admin-pw\"}", null));
    }

    private String get(String path, String token) throws Exception {
        return get(http, path, token);
    }

    private String post(String path, String body, String token) throws Exception {
        return post(http, path, body, token);
    }

    private String get(HttpClient client, String path, String token) throws Exception {
        return send(client, "GET", path, null, token);
    }

    private String post(HttpClient client, String path, String body, String token) throws Exception {
        return send(client, "POST", path, body, token);
    }

    private String send(HttpClient client, String method, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String token(String json) {
        Matcher m = TOKEN.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + json);
        }
        return m.group(1);
    }

    private static String field(String json, String name) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("No " + name + " in " + json);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
