package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three lock cycles that users met as a 20-second wait and a 500 (issue 14), each provoked for a bounded time by
 * many writers at once against the real server: writes against the report's background rebuild, kiosk batches over
 * the same sessions in opposite orders, and links recorded while placements run. Every request must be answered as it
 * would be on a quiet day (no 5xx, not even a 503), promptly, and what was written must be counted right afterwards.
 */
class ConcurrencyIT extends ServerIT {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);
    /** How long each race runs; each worker also stops after a bounded number of rounds. */
    private static final Duration RACE = Duration.ofSeconds(25);
    /** Longer than any request takes on a busy two-core machine, far shorter than a lock wait ending in a deadlock. */
    private static final Duration PROMPT = Duration.ofSeconds(10);
    private static final String PIN = "735219";

    private Cases cases;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
    }

    /** What went wrong during a race, as a user would have seen it. */
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    /** Runs each worker on its own thread until the race's time is up or the worker answers false; waits for all. */
    private void race(List<IntPredicate> workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        Instant end = Instant.now().plus(RACE);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (IntPredicate worker : workers) {
                running.add(pool.submit(() -> {
                    for (int round = 0; Instant.now().isBefore(end); round++) {
                        if (!worker.test(round)) {
                            return;
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(RACE.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends the request, records it as a failure unless it was answered with the status expected and promptly. */
    private Api.Answer expect(String what, int status, java.util.function.Supplier<Api.Answer> request) {
        long started = System.nanoTime();
        Api.Answer answer;
        try {
            answer = request.get();
        } catch (RuntimeException e) {
            failures.add(what + ": " + e);
            return null;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (answer.status() != status) {
            failures.add(what + ": HTTP " + answer.status() + " after " + took.toMillis() + " ms: " + answer.body());
            return null;
        }
        if (took.compareTo(PROMPT) > 0) {
            failures.add(what + ": answered only after " + took.toMillis() + " ms");
        }
        return answer;
    }

    @Test
    void referralsDecidedWhileTheReportRebuildsItsRowsAreNeverRefusedAndAllCount() throws Exception {
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        Cases.Account referrer = cases.account("REFERRER");
        String agency = "Concurrency Agency " + System.nanoTime() + " (fictional)";
        String report = "api/reports/completion?agency=" + agency.replace(" ", "%20") + "&from=" + TODAY.minusDays(1) + "&to=" + TODAY
                + "&suppress=false";
        AtomicInteger accepted = new AtomicInteger();
        IntPredicate writer = round -> {
            if (round >= 40) {
                return false;
            }
            // Checked and accepted at once: the check leaves a marker that a rebuild picks up while the decision is written.
            Api.Answer person = expect("a new participant", 201, () -> api.post("api/participants", """
                    {"firstName":"Race","lastName":"Example-%s","dateOfBirth":"1990-01-01","gender":"FEMALE"}
                    """.formatted(UUID.randomUUID()), referrer.token()));
            if (person == null) {
                return true;
            }
            Api.Answer referral = expect("a referral", 201, () -> api.post("api/referrals", """
                    {"participantId":%d,"programme":"FREEDOM","agencyType":"IDVA_SERVICE","externalAgency":"%s","externalContact":"A. Worker (fictional)",
                     "reason":"Fictional","answers":{"experiencedDomesticAbuse":true}}
                    """.formatted(Cases.id(person), agency), referrer.token()));
            if (referral == null) {
                return true;
            }
            long id = Cases.id(referral);
            if (expect("an eligibility check", 201, () -> api.post("api/referrals/" + id + "/eligibility-checks", null, lead.token())) != null
                    && expect("accepting a referral", 201, () -> api.post("api/referrals/" + id + "/decisions",
                            "{\"decision\":\"ACCEPT\",\"reason\":\"Suitable\",\"justification\":\"Race\"}", lead.token())) != null) {
                accepted.incrementAndGet();
            }
            return true;
        };
        IntPredicate reporter = round -> round < 400 && expect("a completion report", 200, () -> api.get(report, lead.token())) != null;

        race(List.of(writer, writer, writer, reporter, reporter));

        assertThat(failures).isEmpty();
        assertThat(accepted.get()).as("decisions made in the race").isGreaterThan(10);
        JsonObject flow = api.get(report, lead.token()).json().getJsonObject("flow");
        assertThat(flow.getJsonObject("eligible").getInt("value")).as("every acceptance counted once").isEqualTo(accepted.get());
    }

    @Test
    void kioskBatchesOverTheSameSessionsInOppositeOrdersAreAllStored() throws Exception {
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        Cases.Account referrer = cases.account("REFERRER");
        Cases.Account keyWorker = cases.account("KEY_WORKER");
        Cases.Account facilitator = cases.account("FACILITATOR");
        Cases.expect(api.put("api/me/pin", "{\"pin\":\"" + PIN + "\"}", facilitator.token()), 204);
        long venue = cases.venue("Concurrency Rooms");
        String kiosk = cases.kiosk(venue);
        List<long[]> places = new ArrayList<>();  // session, enrolment
        for (int i = 0; i < 10; i++) {
            JsonObject cohort = cases.cohort(lead.token(), "FREEDOM", venue, TODAY, String.format("%02d:00", 8 + i), 12, facilitator.id());
            JsonObject first = cohort.getJsonArray("sessions").getJsonObject(0);
            assertThat(first.getString("date")).as("the first session is today").isEqualTo(TODAY.toString());
            long session = first.getJsonNumber("id").longValue();
            Cases.Ready person = cases.placedInFreedom(referrer.token(), lead.token(), keyWorker.id(), cohort.getInt("id"), "Racer", "Group-" + i, null);
            Cases.expect(api.post("api/kiosk/sessions/" + session + "/opening",
                    "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"" + PIN + "\"}", kiosk), 200);
            places.add(new long[] {session, person.enrolment()});
        }
        List<long[]> descending = new ArrayList<>(places);
        Collections.reverse(descending);
        AtomicInteger storedSignIns = new AtomicInteger();
        AtomicInteger storedResponses = new AtomicInteger();

        race(List.of(signIns(places, kiosk, storedSignIns), signIns(descending, kiosk, storedSignIns),
                responses(places, kiosk, storedResponses), responses(descending, kiosk, storedResponses)));

        assertThat(failures).isEmpty();
        assertThat(storedSignIns.get()).as("each person signed in once, whichever batch came first").isEqualTo(10);
        assertThat(storedResponses.get()).as("each person's answers stored once").isEqualTo(10);
    }

    private IntPredicate signIns(List<long[]> places, String kiosk, AtomicInteger stored) {
        return round -> {
            if (round >= 150) {
                return false;
            }
            String body = places.stream().map(p -> """
                    {"id":"%s","sessionId":%d,"enrolmentId":%d,"signedInAt":"%s"}""".formatted(UUID.randomUUID(), p[0], p[1], Instant.now()))
                    .collect(Collectors.joining(",", "{\"signIns\":[", "]}"));
            Api.Answer answer = expect("a sign-in batch", 200, () -> api.post("api/kiosk/sign-ins/batch", body, kiosk));
            if (answer != null) {
                stored.addAndGet((int) answer.array().getValuesAs(JsonObject.class).stream().filter(a -> a.getString("outcome").equals("STORED")).count());
            }
            return true;
        };
    }

    private IntPredicate responses(List<long[]> places, String kiosk, AtomicInteger stored) {
        String answers = IntStream.rangeClosed(1, 10).mapToObj(i -> "{\"item\":\"rses" + i + "\",\"value\":2}").collect(Collectors.joining(",", "[", "]"));
        return round -> {
            if (round >= 150) {
                return false;
            }
            String body = places.stream().map(p -> """
                    {"id":"%s","sessionId":%d,"enrolmentId":%d,"instrument":"RSES","version":1,"stage":"PRE","answers":%s,"answeredAt":"%s"}"""
                    .formatted(UUID.randomUUID(), p[0], p[1], answers, Instant.now())).collect(Collectors.joining(",", "{\"responses\":[", "]}"));
            Api.Answer answer = expect("a questionnaire batch", 200, () -> api.post("api/kiosk/questionnaires/responses/batch", body, kiosk));
            if (answer != null) {
                stored.addAndGet((int) answer.array().getValuesAs(JsonObject.class).stream().filter(a -> a.getString("outcome").equals("STORED")).count());
            }
            return true;
        };
    }

    @Test
    void linksRecordedWhilePlacementsRunAreAllKeptAndEveryPlacementIsDecided() throws Exception {
        String lead = api.demo("lead");
        long cohort = cases.cohort(lead, "FREEDOM", cases.venue("Concurrency Hall"), TODAY.plusWeeks(3), "13:00", 20,
                cases.account("FACILITATOR").id()).getInt("id");
        int rounds = 18;
        List<Long> waiting = new ArrayList<>();
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            waiting.add(cases.eligibleForFreedom(lead, "Placed", TODAY.minusDays(3)).enrolment());
            pairs.add(new long[] {cases.participant(lead, "Linked", "FEMALE", LocalDate.of(1985, 5, 5)),
                    cases.participant(lead, "Linked", "MALE", LocalDate.of(1984, 4, 4))});
        }
        AtomicInteger nextPlacement = new AtomicInteger();
        AtomicInteger nextLink = new AtomicInteger();
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger linked = new AtomicInteger();
        IntPredicate placer = round -> {
            int i = nextPlacement.getAndIncrement();
            if (i >= rounds) {
                return false;
            }
            if (expect("a placement", 200, () -> cases.place(lead, waiting.get(i), cohort)) != null) {
                placed.incrementAndGet();
            }
            return true;
        };
        IntPredicate linker = round -> {
            int i = nextLink.getAndIncrement();
            if (i >= rounds) {
                return false;
            }
            long[] pair = pairs.get(i);
            if (expect("a link", 201, () -> api.post("api/participants/" + pair[0] + "/links", """
                    {"otherParticipantId":%d,"relationship":"EX_PARTNER","thisRole":"VICTIM","otherRole":"PERPETRATOR"}
                    """.formatted(pair[1]), lead)) != null) {
                linked.incrementAndGet();
            }
            return true;
        };

        race(List.of(placer, placer, linker, linker));

        assertThat(failures).isEmpty();
        assertThat(placed.get()).isEqualTo(rounds);
        assertThat(linked.get()).isEqualTo(rounds);
    }
}
