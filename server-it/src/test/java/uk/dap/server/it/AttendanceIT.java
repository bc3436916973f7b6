package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attendance through the real API: the kiosk's scope (today, its venue, its roster, nothing else), idempotent
 * sign-ins, the facilitator's register with closing and audited corrections, the cohort register, and non-engagement
 * alerts for the key worker, the referrer and the lead.
 */
class AttendanceIT extends ServerIT {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);
    private static final String PIN = "482913";

    private Cases cases;
    private String lead;
    private Cases.Account facilitator;
    private Cases.Account keyWorker;
    private Cases.Account referrer;
    private long venue;
    private String kiosk;
    private long cohort;
    private long lastWeek;
    private long today;
    private List<Cases.Ready> people;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR");
        keyWorker = cases.account("KEY_WORKER");
        referrer = cases.account("REFERRER");
        assertThat(api.put("api/me/pin", "{\"pin\":\"" + PIN + "\"}", facilitator.token()).status()).isEqualTo(204);
        venue = cases.venue("Attendance Rooms");
        kiosk = cases.kiosk(venue);
        JsonObject created = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(1), "09:00", 12, facilitator.id());
        cohort = created.getInt("id");
        lastWeek = created.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        today = created.getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").longValue();
        people = List.of(person("Aisha"), person("Bronwen"), person("Carys"));
    }

    /** Referred by the referrer, with the key worker assigned, accepted and placed in the cohort. */
    private Cases.Ready person(String first) {
        return cases.placedInFreedom(referrer.token(), lead, keyWorker.id(), cohort, first, "Surname-" + first, "Polish");
    }

    private JsonObject open() {
        Api.Answer opened = api.post("api/kiosk/sessions/" + today + "/opening", "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"" + PIN + "\"}", kiosk);
        assertThat(opened.status()).isEqualTo(200);
        return opened.json();
    }

    private Api.Answer signIn(String id, long session, long enrolment, LocalTime at) {
        return api.post("api/kiosk/sign-ins", """
                {"id":"%s","sessionId":%d,"enrolmentId":%d,"signedInAt":"%s"}
                """.formatted(id, session, enrolment, ZonedDateTime.of(TODAY, at, UK).toInstant()), kiosk);
    }

    @Test
    void aSignInTakenBeforeSomeoneWasMovedToAnotherCohortIsStillStoredWhenTheKioskDeliversItLate() {
        open();
        long elsewhere = cases.cohort(lead, "FREEDOM", cases.venue("Elsewhere Rooms"), TODAY.plusWeeks(1), "18:00", 12,
                cases.account("FACILITATOR").id()).getInt("id");
        Cases.Ready moved = people.get(0);
        Cases.expect(api.post("api/enrolments/" + moved.enrolment() + "/transfer",
                "{\"cohortId\":" + elsewhere + ",\"reason\":\"Her hours changed (test)\"}", lead), 200);
        String at = ZonedDateTime.of(TODAY, LocalTime.of(9, 1), UK).toInstant().toString();

        // The kiosk took her sign-in before the move, and its outbox delivers it now.
        List<JsonObject> acks = api.post("api/kiosk/sign-ins/batch", """
                {"signIns":[{"id":"%s","sessionId":%d,"enrolmentId":%d,"signedInAt":"%s"}]}
                """.formatted(UUID.randomUUID(), today, moved.enrolment(), at), kiosk).array().getValuesAs(JsonObject.class);

        assertThat(acks).singleElement().satisfies(a -> assertThat(a.getString("outcome")).as("she was there: not lost").isEqualTo("STORED"));
        assertThat(api.get("api/sessions/" + today + "/register", lead).json().getJsonArray("entries").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getJsonNumber("enrolmentId").longValue() == moved.enrolment())
                .singleElement().satisfies(e -> assertThat(e.getString("status")).isEqualTo("PRESENT"));
    }

    @Test
    void theKioskListsOnlyTodaysSessionsAtItsVenue() {
        List<JsonObject> sessions = api.get("api/kiosk/sessions", kiosk).array().getValuesAs(JsonObject.class);
        assertThat(sessions).extracting(s -> s.getJsonNumber("sessionId").longValue()).containsExactly(today);
        assertThat(sessions.get(0).getString("programmeName")).isEqualTo("Freedom Programme");

        String elsewhere = cases.kiosk(cases.venue("Elsewhere"));
        assertThat(api.get("api/kiosk/sessions", elsewhere).array()).isEmpty();
        assertThat(api.post("api/kiosk/sessions/" + today + "/opening", "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"" + PIN + "\"}",
                elsewhere).status()).as("another venue's kiosk").isEqualTo(403);
        assertThat(api.post("api/kiosk/sessions/" + lastWeek + "/opening", "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"" + PIN + "\"}",
                kiosk).status()).as("not today").isEqualTo(403);
    }

    @Test
    void onlyTheGroupsFacilitatorWithTheRightPinOpensTheSessionAndTheRosterShowsFirstNamesAndInitials() {
        assertThat(api.get("api/kiosk/sessions/" + today + "/roster", kiosk).status()).as("not opened yet").isEqualTo(403);
        Api.Answer wrongPin = api.post("api/kiosk/sessions/" + today + "/opening", "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"000000\"}", kiosk);
        assertThat(wrongPin.status()).isEqualTo(403);
        Cases.Account stranger = cases.account("FACILITATOR");
        api.put("api/me/pin", "{\"pin\":\"1111\"}", stranger.token());
        assertThat(api.post("api/kiosk/sessions/" + today + "/opening", "{\"username\":\"" + stranger.username() + "\",\"pin\":\"1111\"}", kiosk).status())
                .as("a facilitator of another group").isEqualTo(403);

        JsonObject roster = open();

        assertThat(roster.getJsonArray("people").getValuesAs(JsonObject.class)).extracting(p -> p.getString("displayName"))
                .containsExactly("Aisha S.", "Bronwen S.", "Carys S.");
        assertThat(roster.getJsonArray("people").getJsonObject(0).getString("language")).isEqualTo("Polish");
        String body = api.get("api/kiosk/sessions/" + today + "/roster", kiosk).body();
        assertThat(body).doesNotContain("Surname").doesNotContain("1990").doesNotContain("P-0");
    }

    @Test
    void aSignInIsStoredOnceHoweverOftenItArrives() {
        open();
        String id = UUID.randomUUID().toString();
        long aisha = people.get(0).enrolment();

        JsonObject first = signIn(id, today, aisha, LocalTime.of(9, 5)).json();
        JsonObject again = signIn(id, today, aisha, LocalTime.of(9, 5)).json();
        List<JsonObject> batch = api.post("api/kiosk/sign-ins/batch", """
                {"signIns":[{"id":"%s","sessionId":%d,"enrolmentId":%d,"signedInAt":"%s"}]}
                """.formatted(id, today, aisha, ZonedDateTime.of(TODAY, LocalTime.of(9, 5), UK).toInstant()), kiosk).array().getValuesAs(JsonObject.class);

        assertThat(first.getString("outcome")).isEqualTo("STORED");
        assertThat(first.getString("status")).isEqualTo("PRESENT");
        assertThat(again.getString("outcome")).isEqualTo("DUPLICATE");
        assertThat(batch).singleElement().satisfies(a -> assertThat(a.getString("outcome")).isEqualTo("DUPLICATE"));
        JsonObject register = api.get("api/sessions/" + today + "/register", facilitator.token()).json();
        JsonObject entry = register.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("enrolmentId").longValue() == aisha).findFirst().orElseThrow();
        assertThat(entry.getString("status")).isEqualTo("PRESENT");
        assertThat(entry.getString("kioskTime")).isEqualTo(ZonedDateTime.of(TODAY, LocalTime.of(9, 5), UK).toInstant().toString());
        assertThat(entry.containsKey("serverTime")).isTrue();
        assertThat(entry.getString("markedBy")).as("the kiosk by its label, not its sign-in name").startsWith("Kiosk: Test kiosk ");
        assertThat(api.get("api/kiosk/sessions/" + today + "/roster", kiosk).json().getJsonArray("people").getJsonObject(0).getBoolean("signedIn")).isTrue();
        // Each delivery is audited in the sign-in's own transaction, and the entries join the hash chain intact.
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .filteredOn(e -> "KIOSK_SIGN_IN".equals(e.getString("action", "")) && String.valueOf(today).equals(e.getString("recordId", "")))
                .extracting(e -> e.getString("role") + ": " + e.getString("detail"))
                .containsExactly("KIOSK: 1 received, 0 stored", "KIOSK: 1 received, 0 stored", "KIOSK: 1 received, 1 stored");
        assertThat(api.get("api/audit/verification", api.demo("admin")).json().getBoolean("intact")).isTrue();
    }

    @Test
    void aBlankRegisterToPrintListsTheKiosksRosterByFirstNameAndInitialOnly() throws Exception {
        Api.Download paper = api.download("api/sessions/" + today + "/register/paper", facilitator.token());

        assertThat(paper.status()).isEqualTo(200);
        assertThat(paper.contentType()).startsWith("application/pdf");
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(paper.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Register: Freedom Programme, session 2", uk.dap.shared.text.UkDates.date(TODAY), "Attendance Rooms",
                "Aisha S.", "Bronwen S.", "Carys S.", "Here", "Time", "Remark").doesNotContain("Surname-");
        assertThat(api.get("api/audit?limit=20", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("PRINT_REGISTER"));
        assertThat(api.download("api/sessions/" + today + "/register/paper", cases.account("FACILITATOR").token()).status())
                .as("another facilitator's group").isEqualTo(404);
    }

    @Test
    void arrivingAfterTheLateAllowanceIsLate() {
        open();
        JsonObject late = signIn(UUID.randomUUID().toString(), today, people.get(1).enrolment(), LocalTime.of(9, 11)).json();
        assertThat(late.getString("status")).isEqualTo("LATE");
    }

    @Test
    void theKioskCanDoNothingElse() {
        open();
        JsonObject stranger = signIn(UUID.randomUUID().toString(), today, 999_999, LocalTime.of(9, 0)).json();
        assertThat(stranger.getString("outcome")).isEqualTo("REJECTED");
        assertThat(signIn(UUID.randomUUID().toString(), lastWeek, people.get(0).enrolment(), LocalTime.of(9, 0)).status())
                .as("a session the kiosk never opened").isEqualTo(403);
        for (String path : List.of("api/participants", "api/participants/" + people.get(0).participant(), "api/referrals",
                "api/cohorts/" + cohort, "api/cohorts/" + cohort + "/roster", "api/sessions/" + today + "/register", "api/alerts", "api/me")) {
            assertThat(api.get(path, kiosk).status()).as(path).isEqualTo(403);
        }
        Api.Answer tooMany = api.post("api/kiosk/sign-ins/batch", "{\"signIns\":[" + String.join(",", java.util.Collections.nCopies(501,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"sessionId\":" + today + ",\"enrolmentId\":1,\"signedInAt\":\"2026-01-01T00:00:00Z\"}")) + "]}", kiosk);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getString("detail")).contains("Send at most 500 sign-ins at once");
        String good = "{\"id\":\"" + UUID.randomUUID() + "\",\"sessionId\":" + today + ",\"enrolmentId\":1,\"signedInAt\":\"2026-01-01T00:00:00Z\"}";
        Api.Answer withNull = api.post("api/kiosk/sign-ins/batch", "{\"signIns\":[" + good + ",null]}", kiosk);
        assertThat(withNull.status()).isEqualTo(400);
        assertThat(withNull.json().getString("detail")).contains("none of them empty");
        Api.Answer badItem = api.post("api/kiosk/sign-ins/batch", "{\"signIns\":[" + good + "," + good.replaceFirst("\"id\":\"[^\"]+\"",
                "\"id\":\"not-a-uuid\"") + "]}", kiosk);
        assertThat(badItem.status()).isEqualTo(400);
        assertThat(badItem.json().getString("detail")).as("the item and its field named").isEqualTo(
                "Correct the field 'signIns[1].id': Give the sign-in's id as a UUID made on the kiosk.");
        assertThat(signIn("not-a-uuid", today, people.get(0).enrolment(), LocalTime.of(9, 0)).status()).isEqualTo(400);
    }

    @Test
    void aBatchRejectsOnlyTheSignInForASessionTheKioskCannotUse() {
        open();
        String at = ZonedDateTime.of(TODAY, LocalTime.of(9, 2), UK).toInstant().toString();
        List<JsonObject> acks = api.post("api/kiosk/sign-ins/batch", """
                {"signIns":[{"id":"%s","sessionId":%d,"enrolmentId":%d,"signedInAt":"%s"},
                            {"id":"%s","sessionId":%d,"enrolmentId":%d,"signedInAt":"%s"}]}
                """.formatted(UUID.randomUUID(), today, people.get(0).enrolment(), at, UUID.randomUUID(), lastWeek, people.get(1).enrolment(), at),
                kiosk).array().getValuesAs(JsonObject.class);

        assertThat(acks).extracting(a -> a.getString("outcome")).containsExactly("STORED", "REJECTED");
    }

    @Test
    void wrongPinsLockThePinButNotTheFacilitatorsAccount() {
        for (int i = 0; i < 5; i++) {
            api.post("api/kiosk/sessions/" + today + "/opening", "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"99999" + i + "\"}", kiosk);
        }
        assertThat(api.post("api/kiosk/sessions/" + today + "/opening", "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"" + PIN + "\"}",
                kiosk).status()).as("the PIN is locked for a while").isEqualTo(403);
        assertThat(api.post("api/auth/staff", "{\"username\":\"" + facilitator.username() + "\",\"password\":\"a-long-test-password\"}", null).status())
                .as("the account still signs in").isEqualTo(200);
        assertThat(api.put("api/me/pin", "{\"pin\":\"246810\"}", facilitator.token()).status()).isEqualTo(204);
        assertThat(api.post("api/kiosk/sessions/" + today + "/opening", "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"246810\"}",
                kiosk).status()).as("a new PIN lifts the lock").isEqualTo(200);
    }

    @Test
    void closingTheRegisterMarksTheRestAbsentAndCorrectionsNeedAReason() {
        open();
        signIn(UUID.randomUUID().toString(), today, people.get(0).enrolment(), LocalTime.of(9, 1));
        String f = facilitator.token();
        JsonObject remarked = api.put("api/sessions/" + today + "/register/" + people.get(1).enrolment(),
                "{\"status\":\"EXCUSED\",\"reason\":\"Hospital appointment (test)\"}", f).json();
        assertThat(entryOf(remarked, people.get(1).enrolment()).getString("correctionReason")).as("a remark made while the register is open")
                .isEqualTo("Hospital appointment (test)");

        JsonObject closed = api.post("api/sessions/" + today + "/register/closure", null, f).json();

        assertThat(closed.getBoolean("closed")).isTrue();
        assertThat(closed.getJsonArray("entries").getValuesAs(JsonObject.class)).extracting(e -> e.getString("firstName") + ":" + e.getString("status"))
                .containsExactlyInAnyOrder("Aisha:PRESENT", "Bronwen:EXCUSED", "Carys:ABSENT");
        Api.Answer noReason = api.put("api/sessions/" + today + "/register/" + people.get(2).enrolment(), "{\"status\":\"ATTENDED_PAPER\"}", f);
        assertThat(noReason.status()).isEqualTo(400);
        Api.Answer corrected = api.put("api/sessions/" + today + "/register/" + people.get(2).enrolment(),
                "{\"status\":\"ATTENDED_PAPER\",\"reason\":\"Signed the paper sheet (test)\"}", f);
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(api.get("api/audit?limit=30", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("CORRECT_REGISTER");
                    assertThat(e.getString("actor")).isEqualTo(facilitator.username());
                });
        assertThat(api.post("api/sessions/" + today + "/register/closure", null, f).status()).as("closed once").isEqualTo(409);
        assertThat(api.get("api/sessions/" + today + "/register", cases.account("FACILITATOR").token()).status())
                .as("another group's facilitator").isEqualTo(404);
    }

    private static JsonObject entryOf(JsonObject register, long enrolment) {
        return register.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("enrolmentId").longValue() == enrolment).findFirst().orElseThrow();
    }

    @Test
    void aKioskSignInThatArrivesAfterTheRegisterClosedCountsInTheNextCompletionReport() {
        open();
        assertThat(api.post("api/sessions/" + today + "/register/closure", null, facilitator.token()).status()).isEqualTo(200);
        // Placed after the close, so not on the closed register; asking for the report uses up the marker her placing left.
        Cases.Ready late = person("Dilys");
        assertThat(todayInTheReport()).isEqualTo("expected 4, attended 0");

        // The kiosk was offline: her sign-in arrives now, a row added to the closed register.
        Api.Answer stored = signIn(UUID.randomUUID().toString(), today, late.enrolment(), LocalTime.of(9, 2));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().getString("outcome")).isEqualTo("STORED");

        assertThat(todayInTheReport()).isEqualTo("expected 4, attended 1");
    }

    /** Today's week in the cohort's completion report (placed today, so last week's session is nobody's). */
    private String todayInTheReport() {
        Api.Answer report = api.get("api/reports/completion?cohort=" + cohort + "&suppress=false", lead);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        List<JsonObject> weeks = report.json().getJsonObject("attendance").getJsonArray("weeks").getValuesAs(JsonObject.class);
        assertThat(weeks).extracting(w -> w.getInt("week")).containsExactly(2);
        return "expected " + weeks.get(0).getJsonObject("expected").getInt("value") + ", attended "
                + weeks.get(0).getJsonObject("attended").getInt("value");
    }

    @Test
    void twoUnexplainedAbsencesInARowAlertTheKeyWorkerTheReferrerAndTheLead() {
        String f = facilitator.token();
        api.put("api/sessions/" + lastWeek + "/register/" + people.get(0).enrolment(), "{\"status\":\"PRESENT\"}", f);
        api.put("api/sessions/" + lastWeek + "/register/" + people.get(1).enrolment(), "{\"status\":\"EXCUSED\"}", f);
        api.post("api/sessions/" + lastWeek + "/register/closure", null, f);
        api.put("api/sessions/" + today + "/register/" + people.get(0).enrolment(), "{\"status\":\"PRESENT\"}", f);
        assertThat(alertsAbout(keyWorker.token(), people.get(2))).as("one absence is not yet a pattern").isEmpty();

        api.post("api/sessions/" + today + "/register/closure", null, f);

        List<JsonObject> forKeyWorker = alertsAbout(keyWorker.token(), people.get(2));
        assertThat(forKeyWorker).singleElement().satisfies(a -> assertThat(a.getString("message")).contains("missed 2 sessions in a row"));
        assertThat(alertsAbout(referrer.token(), people.get(2))).hasSize(1);
        assertThat(alertsAbout(lead, people.get(2))).hasSize(1);
        assertThat(alertsAbout(keyWorker.token(), people.get(1))).as("absence with notice breaks the run").isEmpty();
        assertThat(forKeyWorker.get(0).toString()).doesNotContain("Surname").doesNotContain("Carys");

        long alert = forKeyWorker.get(0).getJsonNumber("id").longValue();
        Api.Answer acknowledged = api.post("api/alerts/" + alert + "/acknowledgement", "{\"note\":\"Phoned in her safe time; she is unwell.\"}", keyWorker.token());
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().getString("acknowledgedBy")).contains("fictional");
        assertThat(alertsAbout(referrer.token(), people.get(2))).singleElement().satisfies(a -> {
            assertThat(a.getString("acknowledgedBy")).as("the referrer sees that it was acknowledged").contains("fictional");
            assertThat(a.get("acknowledgementNote")).as("but not the worker's note").isNull();
        });
        assertThat(api.post("api/alerts/" + alert + "/acknowledgement", "{\"note\":\"again\"}", referrer.token()).status()).isEqualTo(409);
        assertThat(api.post("api/alerts/" + alert + "/acknowledgement", "{\"note\":\"x\"}", cases.account("KEY_WORKER").token()).status())
                .as("not theirs").isEqualTo(404);
    }

    @Test
    void theCohortRegisterShowsEachWeekAndTheRateWithoutCancelledSessions() {
        String f = facilitator.token();
        api.put("api/sessions/" + lastWeek + "/register/" + people.get(0).enrolment(), "{\"status\":\"PRESENT\"}", f);
        api.post("api/sessions/" + lastWeek + "/register/closure", null, f);
        api.put("api/sessions/" + today + "/register/" + people.get(0).enrolment(), "{\"status\":\"LATE\"}", f);
        api.put("api/sessions/" + today + "/register/" + people.get(1).enrolment(), "{\"status\":\"PRESENT\"}", f);
        api.post("api/sessions/" + today + "/register/closure", null, f);
        JsonObject third = api.get("api/cohorts/" + cohort, lead).json().getJsonArray("sessions").getJsonObject(2);
        api.post("api/cohorts/" + cohort + "/sessions/" + third.getInt("id") + "/cancellation", "{\"reason\":\"Snow (test)\"}", lead);

        JsonObject register = api.get("api/cohorts/" + cohort + "/register", f).json();

        JsonObject aisha = row(register, "Aisha");
        assertThat(aisha.getJsonArray("statuses").getString(0)).isEqualTo("PRESENT");
        assertThat(aisha.getJsonArray("statuses").getString(1)).isEqualTo("LATE");
        assertThat(aisha.getInt("held")).isEqualTo(2);
        assertThat(aisha.getInt("ratePercent")).isEqualTo(100);
        assertThat(row(register, "Bronwen").getInt("ratePercent")).isEqualTo(50);
        assertThat(row(register, "Carys").getInt("ratePercent")).isZero();
        assertThat(register.getJsonArray("sessions").getValuesAs(JsonObject.class)).anySatisfy(s -> assertThat(s.getString("status")).isEqualTo("CANCELLED"));
    }

    private List<JsonObject> alertsAbout(String token, Cases.Ready who) {
        return api.get("api/alerts", token).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("kind").equals("NON_ENGAGEMENT"))
                .filter(a -> a.getString("participantReference").equals(String.format("P-%06d", who.participant()))).toList();
    }

    private static JsonObject row(JsonObject register, String first) {
        return register.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("firstName").equals(first))
                .findFirst().orElseThrow();
    }
}
