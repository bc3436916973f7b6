package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key-worker case notes and appointments against the real server: notes are append-only (a correction is a version,
 * the history stays), partner-contact notes never reach the man's own facilitator or key worker on any route,
 * sensitive notes open to a lead only with a reason and only for a while (the IT server grants
 * {@code dap.casework.sensitiveAccessSeconds=6}), and missed appointments join missed sessions in the non-engagement
 * alert.
 */
class CaseworkIT extends ServerIT {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);

    private Cases cases;
    private Cases.Account lead;
    private Cases.Account hisKeyWorker;
    private Cases.Account partnerWorker;
    private Cases.Account facilitator;
    private Cases.Account referrer;
    private long him;
    private long her;
    private long lastWeek;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = cases.account("PROGRAMME_LEAD", "CARING_DADS");
        hisKeyWorker = cases.account("KEY_WORKER");
        partnerWorker = cases.account("KEY_WORKER");
        facilitator = cases.account("FACILITATOR");
        referrer = cases.account("REFERRER");
        him = cases.participant(referrer.token(), """
                {"firstName":"Dai","lastName":"Testcase","dateOfBirth":"1984-04-04","gender":"MALE","keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(hisKeyWorker.id()));
        long referral = cases.referral(referrer.token(), """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"PROBATION","externalAgency":"Example Probation (fictional)",
                 "externalContact":"P. Officer (fictional)","reason":"Fictional","answers":{"experiencedDomesticAbuse":false},"referredOn":"%s"}
                """.formatted(him, TODAY.minusDays(14))).getJsonNumber("id").longValue();
        cases.check(lead.token(), referral);
        cases.accept(lead.token(), referral);
        long enrolment = api.get("api/referrals/" + referral, lead.token()).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
        JsonObject cohort = cases.cohort(lead.token(), "CARING_DADS", cases.venue("Casework Hall"), TODAY.minusWeeks(1), "18:00", 12, facilitator.id(),
                cases.account("FACILITATOR").id());
        lastWeek = cohort.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        Cases.expect(cases.place(lead.token(), enrolment, cohort.getInt("id")), 200);
        // Her worker made her record (so is her key worker) and links her to him without seeing his record.
        her = cases.participant(partnerWorker.token(), "Nia", "FEMALE", LocalDate.of(1986, 6, 6));
        Cases.expect(api.post("api/participants/" + her + "/links", """
                {"otherReference":"%s","otherDateOfBirth":"1984-04-04","relationship":"EX_PARTNER","thisRole":"VICTIM","otherRole":"PERPETRATOR"}
                """.formatted(ref(him)), partnerWorker.token()), 201);
    }

    @Test
    void notesAreAppendOnlyAndACorrectionKeepsTheHistory() {
        long note = write(hisKeyWorker, "ONE_TO_ONE", TODAY.minusDays(2), "Talked about contact with the children on Saturdays.", false);

        assertThat(api.send("PUT", notes() + "/" + note, "{\"text\":\"rewritten\"}", hisKeyWorker.token()).status()).isEqualTo(405);
        assertThat(api.send("DELETE", notes() + "/" + note, null, hisKeyWorker.token()).status()).isEqualTo(405);
        Api.Answer noReason = api.post(notes() + "/" + note + "/corrections", "{\"text\":\"Sundays, not Saturdays.\"}", hisKeyWorker.token());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");

        Api.Answer corrected = api.post(notes() + "/" + note + "/corrections",
                "{\"text\":\"Talked about contact with the children on Sundays.\",\"reason\":\"Wrong day written\"}", lead.token());

        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.json().getInt("version")).isEqualTo(2);
        JsonObject listed = single(list(hisKeyWorker, ""));
        assertThat(listed.getString("text")).contains("Sundays");
        assertThat(listed.getBoolean("corrected")).isTrue();
        assertThat(listed.getString("correctionReason")).isEqualTo("Wrong day written");
        List<JsonObject> history = api.get(notes() + "/" + note + "/versions", hisKeyWorker.token()).array().getValuesAs(JsonObject.class);
        assertThat(history).extracting(v -> v.getInt("version") + ":" + v.getString("text"))
                .containsExactly("2:Talked about contact with the children on Sundays.", "1:Talked about contact with the children on Saturdays.");
        assertThat(history.get(1).getBoolean("corrected")).as("the first version says it was replaced").isTrue();
        assertThat(history.get(0).getJsonNumber("correctsVersionId").longValue()).isEqualTo(history.get(1).getJsonNumber("versionId").longValue());
        assertThat(history.get(0).getString("author")).contains("PROGRAMME_LEAD");
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action") + e.getString("recordId")).isEqualTo("CORRECT_NOTE" + note));
    }

    @Test
    void partnerContactNotesNeverReachHisKeyWorkerOrFacilitatorOnAnyRoute() {
        write(hisKeyWorker, "ONE_TO_ONE", TODAY, "Session on managing anger.", false);
        long partnerNote = write(partnerWorker, "PARTNER_CONTACT", TODAY, "Partner reports he turned up at her workplace.", false);
        Cases.expect(api.post(notes() + "/" + partnerNote + "/corrections",
                "{\"text\":\"Partner reports he turned up at her workplace twice.\",\"reason\":\"She rang back\"}", partnerWorker.token()), 201);
        write(facilitator, "GROUP_OBSERVATION", TODAY, "Quiet in group.", false);

        // The partner-contact worker sees her note, and nothing else of his file.
        assertThat(list(partnerWorker, "").getJsonArray("notes").getValuesAs(JsonObject.class)).extracting(n -> n.getString("type"))
                .containsExactly("PARTNER_CONTACT");
        assertThat(api.get("api/participants/" + him, partnerWorker.token()).status()).isEqualTo(404);
        assertThat(api.get("api/participants/" + him + "/appointments", partnerWorker.token()).status()).isEqualTo(404);
        assertThat(api.post(notes(), note("ONE_TO_ONE", TODAY, "x", false), partnerWorker.token()).status()).isEqualTo(403);
        // The lead oversees the partner work.
        assertThat(list(lead, "?type=PARTNER_CONTACT").getInt("total")).isEqualTo(1);

        for (Cases.Account his : List.of(hisKeyWorker, facilitator)) {
            JsonObject all = list(his, "");
            assertThat(all.toString()).as("list and counts").doesNotContain("workplace").doesNotContain("PARTNER_CONTACT");
            assertThat(all.getInt("total")).isEqualTo(his == facilitator ? 1 : 2);
            assertThat(list(his, "?type=PARTNER_CONTACT").getInt("total")).as("filter").isZero();
            assertThat(list(his, "?text=workplace").getInt("total")).as("search").isZero();
            assertThat(api.get(notes() + "/" + partnerNote, his.token()).status()).as("read by id").isEqualTo(404);
            assertThat(api.get(notes() + "/" + partnerNote + "/versions", his.token()).status()).as("history").isEqualTo(404);
            assertThat(api.post(notes() + "/" + partnerNote + "/corrections", "{\"text\":\"x\",\"reason\":\"y\"}", his.token()).status())
                    .as("correction").isEqualTo(404);
            assertThat(api.get("api/alerts", his.token()).body()).as("alerts").doesNotContain("workplace").doesNotContain("artner");
        }
        assertThat(api.post(notes(), note("PARTNER_CONTACT", TODAY, "x", false), hisKeyWorker.token()).status()).isEqualTo(403);
        assertThat(api.get("api/audit?limit=60", api.demo("admin")).body()).as("audit trail text")
                .doesNotContain("workplace").doesNotContain("PARTNER");
        Cases.Account stranger = cases.account("KEY_WORKER");
        assertThat(api.get(notes(), stranger.token()).status()).isEqualTo(404);
    }

    @Test
    void theLinkOpensPartnerContactOneWayOnlyAndOnlyOnHisRecord() {
        // His key worker faces someone kept apart from her, but is not her worker: her record stays closed to him.
        assertThat(api.get("api/participants/" + her + "/notes", hisKeyWorker.token()).status()).isEqualTo(404);
        assertThat(api.post("api/participants/" + her + "/notes", note("PARTNER_CONTACT", TODAY, "x", false), hisKeyWorker.token()).status())
                .isEqualTo(404);
        // A man on the programme who is linked to nobody has no partner to contact.
        long other = cases.participant(lead.token(), "Emrys", "MALE", LocalDate.of(1980, 8, 8));
        cases.referral(lead.token(), """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"PROBATION","externalAgency":"Example Probation (fictional)",
                 "externalContact":"P. Officer (fictional)","reason":"Fictional","answers":{"experiencedDomesticAbuse":false}}
                """.formatted(other));
        Api.Answer unlinked = api.post("api/participants/" + other + "/notes", note("PARTNER_CONTACT", TODAY, "x", false), lead.token());
        assertThat(unlinked.status()).isEqualTo(409);
        assertThat(unlinked.json().getString("detail")).contains("linked to his partner");
        assertThat(api.get("api/participants/" + other + "/notes", lead.token()).json().getInt("total")).as("nothing half-written").isZero();
    }

    @Test
    void aLeadOpensSensitiveNotesOnlyWithAReasonForALimitedTimeAndEveryOpeningIsAudited() throws InterruptedException {
        long sensitive = write(hisKeyWorker, "HOME_VISIT", TODAY.minusDays(1), "Disclosed a relapse; children were with their gran.", true);
        write(hisKeyWorker, "PHONE_CALL", TODAY, "Confirmed next visit.", false);

        JsonObject locked = list(lead, "");
        JsonObject withheld = locked.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("id").longValue() == sensitive).findFirst().orElseThrow();
        assertThat(withheld.getBoolean("withheld")).isTrue();
        assertThat(withheld.containsKey("text")).isFalse();
        assertThat(withheld.getString("type")).isEqualTo("HOME_VISIT");
        assertThat(withheld.getString("occurredOn")).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(withheld.getString("author")).contains("KEY_WORKER");
        assertThat(locked.getInt("withheld")).isEqualTo(1);
        assertThat(locked.getBoolean("mayRequestSensitiveAccess")).isTrue();
        assertThat(locked.toString()).doesNotContain("relapse");
        assertThat(list(lead, "?text=relapse").getInt("total")).as("search cannot read withheld text").isZero();
        assertThat(api.get(notes() + "/" + sensitive, lead.token()).json().containsKey("text")).isFalse();
        assertThat(single(list(hisKeyWorker, "?sensitive=true")).getString("text")).as("his key worker reads it").contains("relapse");

        Api.Answer noReason = api.post(access(), "{\"reason\":\"  \"}", lead.token());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(api.post(access(), "{\"reason\":\"x\"}", hisKeyWorker.token()).status()).as("leads only").isEqualTo(403);
        assertThat(list(lead, "").toString()).doesNotContain("relapse");

        Api.Answer granted = api.post(access(), "{\"reason\":\"Preparing the child protection conference report\"}", lead.token());

        assertThat(granted.status()).isEqualTo(201);
        Instant expires = Instant.parse(granted.json().getString("expiresAt"));
        assertThat(expires).isBetween(Instant.now().plusSeconds(2), Instant.now().plusSeconds(8));
        JsonObject open = single(list(lead, "?sensitive=true"));
        assertThat(open.getString("text")).contains("relapse");
        assertThat(list(lead, "").getJsonString("sensitiveAccessUntil")).isNotNull();
        List<JsonObject> trail = api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class);
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("GRANT_SENSITIVE_ACCESS");
            assertThat(e.getString("actor")).isEqualTo(lead.username());
            assertThat(e.getString("recordId")).isEqualTo(ref(him));
        });
        assertThat(trail).filteredOn(e -> e.getString("action").equals("READ_SENSITIVE_NOTE") && e.getString("actor").equals(lead.username()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getString("detail")).contains("grant"));
        assertThat(trail.toString()).doesNotContain("relapse").doesNotContain("conference report");

        Thread.sleep(Math.max(0, expires.toEpochMilli() - System.currentTimeMillis()) + 500);

        assertThat(list(lead, "?sensitive=true").toString()).as("expired").doesNotContain("relapse");
        assertThat(api.get(notes() + "/" + sensitive + "/versions", lead.token()).body()).doesNotContain("relapse");
        assertThat(api.post(notes() + "/" + sensitive + "/corrections", "{\"text\":\"x\",\"reason\":\"y\"}", lead.token()).status())
                .as("cannot correct what one cannot open").isEqualTo(403);
        assertThat(api.post(notes() + "/" + sensitive + "/corrections", "{\"text\":\"Disclosed a relapse.\",\"sensitive\":false,\"reason\":\"y\"}",
                hisKeyWorker.token()).status()).as("stays sensitive").isEqualTo(400);
    }

    @Test
    void facilitatorsWriteAndReadGroupObservationsOnly() {
        write(hisKeyWorker, "ONE_TO_ONE", TODAY, "One-to-one work.", false);
        write(facilitator, "GROUP_OBSERVATION", TODAY, "Took part in the role play.", false);

        assertThat(api.post(notes(), note("ONE_TO_ONE", TODAY, "x", false), facilitator.token()).status()).isEqualTo(403);
        assertThat(single(list(facilitator, "")).getString("text")).isEqualTo("Took part in the role play.");
        assertThat(list(hisKeyWorker, "").getInt("total")).isEqualTo(2);
        assertThat(api.get(notes(), cases.account("FACILITATOR").token()).status()).as("another group's facilitator").isEqualTo(404);
    }

    @Test
    void referrersOtherWorkersAndAdministratorsGetNoNotes() {
        write(hisKeyWorker, "ONE_TO_ONE", TODAY, "Private work.", false);

        assertThat(api.get(notes(), referrer.token()).status()).isEqualTo(403);
        assertThat(api.post(notes(), note("OTHER", TODAY, "x", false), referrer.token()).status()).isEqualTo(403);
        assertThat(api.get(notes(), api.demo("admin")).status()).isEqualTo(403);
        assertThat(api.get(notes(), cases.account("KEY_WORKER").token()).status()).isEqualTo(404);
        assertThat(api.get(notes(), cases.account("PROGRAMME_LEAD", "FREEDOM").token()).status()).isEqualTo(404);
        assertThat(api.get("api/participants/" + him + "/appointments", referrer.token()).status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsWritten() {
        String kw = hisKeyWorker.token();
        List<String> bad = List.of(
                "{\"occurredOn\":\"" + TODAY + "\",\"text\":\"no type\"}",
                note("ONE_TO_ONE", TODAY.plusDays(1), "Tomorrow's visit", false),
                note("ONE_TO_ONE", TODAY, "x".repeat(4001), false),
                note("ONE_TO_ONE", TODAY, "   ", false),
                "{\"type\":\"GOSSIP\",\"occurredOn\":\"" + TODAY + "\",\"text\":\"x\"}",
                "{\"type\":\"ONE_TO_ONE\",\"occurredOn\":\"23/11/2026\",\"text\":\"x\"}");
        for (String body : bad) {
            Api.Answer answer = api.post(notes(), body, kw);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get(notes() + "?type=GOSSIP", kw).status()).isEqualTo(400);
        assertThat(api.get(notes() + "?from=yesterday", kw).status()).isEqualTo(400);
        assertThat(api.post(appointments(), "{\"type\":\"HOME_VISIT\"}", kw).status()).isEqualTo(400);
        assertThat(api.post(appointments(), appointment("HOME_VISIT", Instant.now().minus(200, ChronoUnit.DAYS)), kw).status()).isEqualTo(400);

        assertThat(list(hisKeyWorker, "").getInt("total")).isZero();
        assertThat(api.get(appointments(), kw).array()).isEmpty();
    }

    @Test
    void missedAppointmentsCountWithMissedSessionsTowardsTheNonEngagementAlert() {
        String kw = hisKeyWorker.token();
        long visit = schedule("HOME_VISIT", Instant.now().minus(3, ChronoUnit.DAYS));
        long oneToOne = schedule("ONE_TO_ONE", Instant.now().minus(1, ChronoUnit.HOURS));
        long later = schedule("ONE_TO_ONE", Instant.now().plus(2, ChronoUnit.DAYS));
        // Last week's group: he did not come and the register is closed, so that is one unexplained miss.
        Cases.expect(api.post("api/sessions/" + lastWeek + "/register/closure", null, facilitator.token()), 200);
        assertThat(alerts(kw)).isEmpty();

        assertThat(mark(visit, "KEPT", null).status()).isEqualTo(200);
        assertThat(alerts(kw)).as("a kept visit breaks the run").isEmpty();
        assertThat(mark(later, "MISSED", null).status()).as("not yet happened").isEqualTo(409);
        Api.Answer missed = mark(oneToOne, "MISSED", null);
        assertThat(missed.status()).isEqualTo(200);
        assertThat(alerts(kw)).as("the visit, kept after the session, broke the run").isEmpty();

        assertThat(mark(visit, "MISSED", null).status()).as("a change needs a reason").isEqualTo(400);
        Api.Answer changed = mark(visit, "MISSED", "Wrongly marked: nobody answered the door");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getString("changeReason")).contains("nobody answered");

        assertThat(alerts(kw)).singleElement().satisfies(a -> assertThat(a.getString("message"))
                .contains("missed 3 sessions and appointments in a row"));
        assertThat(alerts(referrer.token())).hasSize(1);
        assertThat(alerts(lead.token())).hasSize(1);
        assertThat(api.get(appointments(), kw).array().getValuesAs(JsonObject.class)).extracting(a -> String.valueOf(a.get("outcome")))
                .containsExactly("null", "\"MISSED\"", "\"MISSED\"");
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action") + ":" + e.getString("detail", "")).isEqualTo("CHANGE_APPOINTMENT:KEPT -> MISSED"));
        assertThat(mark(visit, "MISSED", "again").status()).as("already missed").isEqualTo(409);
        assertThat(api.get(appointments(), cases.account("KEY_WORKER").token()).status()).isEqualTo(404);
    }

    private long write(Cases.Account who, String type, LocalDate on, String text, boolean sensitive) {
        Api.Answer answer = api.post(notes(), note(type, on, text, sensitive), who.token());
        Cases.expect(answer, 201);
        return Cases.id(answer);
    }

    private static String note(String type, LocalDate on, String text, boolean sensitive) {
        return "{\"type\":\"%s\",\"occurredOn\":\"%s\",\"text\":\"%s\",\"sensitive\":%s}".formatted(type, on, text, sensitive);
    }

    private JsonObject list(Cases.Account who, String query) {
        Api.Answer answer = api.get(notes() + query, who.token());
        Cases.expect(answer, 200);
        return answer.json();
    }

    private static JsonObject single(JsonObject list) {
        assertThat(list.getJsonArray("notes")).hasSize(1);
        return list.getJsonArray("notes").getJsonObject(0);
    }

    private long schedule(String type, Instant at) {
        Api.Answer answer = api.post(appointments(), appointment(type, at), hisKeyWorker.token());
        Cases.expect(answer, 201);
        return Cases.id(answer);
    }

    private static String appointment(String type, Instant at) {
        return "{\"type\":\"%s\",\"startsAt\":\"%s\",\"withWhom\":\"Key worker (test)\"}".formatted(type, at.truncatedTo(ChronoUnit.SECONDS));
    }

    private Api.Answer mark(long appointment, String outcome, String reason) {
        return api.put(appointments() + "/" + appointment + "/outcome",
                "{\"outcome\":\"" + outcome + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}", hisKeyWorker.token());
    }

    private List<JsonObject> alerts(String token) {
        return api.get("api/alerts", token).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("kind").equals("NON_ENGAGEMENT") && a.getString("participantReference").equals(ref(him))).toList();
    }

    private String notes() {
        return "api/participants/" + him + "/notes";
    }

    private String access() {
        return "api/participants/" + him + "/sensitive-access";
    }

    private String appointments() {
        return "api/participants/" + him + "/appointments";
    }

    private static String ref(long id) {
        return String.format("P-%06d", id);
    }
}
