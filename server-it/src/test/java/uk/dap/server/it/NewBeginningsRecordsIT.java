package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New Beginnings' one-to-one records through the real API: each kind of record, the attachment strategies as a list
 * the lead changes, Life Laundry open only to parents who completed, who may read and write (the key worker of the
 * caseload and the lead; not facilitators, referrers or other key workers), and bad input refused with nothing written.
 */
class NewBeginningsRecordsIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private Cases cases;
    private String lead;
    private Cases.Account facilitator;
    private Cases.Account keyWorker;
    private Cases.Account referrer;
    private long cohort;
    private long venue;
    private long participant;
    private long child;
    private long enrolment;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR");
        keyWorker = cases.account("KEY_WORKER");
        referrer = cases.account("REFERRER");
        // 24 weekly sessions, all over (with room for closure days other tests add).
        venue = cases.venue("Family Centre");
        cohort = cases.cohort(lead, "NEW_BEGINNINGS", venue, TODAY.minusWeeks(30), "13:00", 12, facilitator.id()).getInt("id");
        participant = cases.participant(referrer.token(), """
                {"firstName":"Tegan","lastName":"Records-%d","dateOfBirth":"1993-04-05","gender":"FEMALE","keyWorkerId":%d}
                """.formatted(System.nanoTime() % 100000, keyWorker.id()));
        child = cases.child(referrer.token(), participant, TODAY.minusYears(4), true, true, "CHILD_PROTECTION_PLAN", false);
        long referral = cases.referral(referrer.token(), """
                {"participantId":%d,"programme":"NEW_BEGINNINGS","agencyType":"CHILDRENS_SOCIAL_CARE","reason":"Fictional","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(participant)).getJsonNumber("id").longValue();
        cases.check(lead, referral);
        cases.accept(lead, referral);
        enrolment = api.get("api/referrals/" + referral, lead).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
        assertThat(cases.place(lead, enrolment, cohort).json().getString("state")).isEqualTo("ENROLLED");
    }

    /** A group meeting at the family centre on {@code date}, 18:00 for 90 minutes, with an optional note. */
    private String meeting(Object date, String note) {
        return "{\"date\":\"%s\",\"venueId\":%d,\"startTime\":\"18:00\",\"durationMinutes\":90%s}"
                .formatted(date, venue, note == null ? "" : ",\"note\":\"" + note + "\"");
    }

    private String path(String kind) {
        return "api/enrolments/" + enrolment + "/new-beginnings/" + kind;
    }

    private JsonObject records(String token) {
        Api.Answer answer = api.get("api/enrolments/" + enrolment + "/new-beginnings", token);
        Cases.expect(answer, 200);
        return answer.json();
    }

    private List<JsonObject> entries(String kind) {
        return records(keyWorker.token()).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals(kind)).toList();
    }

    private long strategy(String label) {
        return api.get("api/attachment-strategies", keyWorker.token()).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("label").equals(label)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private void completeTheProgramme() {
        for (JsonObject session : api.get("api/cohorts/" + cohort, lead).json().getJsonArray("sessions").getValuesAs(JsonObject.class)) {
            Cases.expect(api.put("api/sessions/" + session.getJsonNumber("id") + "/register/" + enrolment, "{\"status\":\"PRESENT\"}", lead), 200);
        }
        Cases.expect(api.post("api/enrolments/" + enrolment + "/completion", null, lead), 200);
    }

    @Test
    void theKeyWorkerRecordsEachKindAndReadsThemBack() {
        long avoidant = strategy("Avoidant / dismissing");
        String d = TODAY.minusWeeks(3).toString();
        Api.Answer interview = api.post(path("attachment-interviews"),
                "{\"date\":\"%s\",\"codedBy\":\"A. Coder (fictional)\",\"strategyId\":%d}".formatted(d, avoidant), keyWorker.token());
        assertThat(interview.status()).isEqualTo(201);
        assertThat(interview.json().getString("strategy")).isEqualTo("Avoidant / dismissing");
        Cases.expect(api.post(path("timeline-events"), "{\"date\":\"2001-09-01\",\"text\":\"Moved to a new town with her aunt\"}", keyWorker.token()), 201);
        Cases.expect(api.post(path("vig-sessions"), "{\"date\":\"%s\",\"text\":\"Reviewed clips of shared play\"}".formatted(d), keyWorker.token()), 201);
        Cases.expect(api.post(path("qbcheck-screenings"), "{\"date\":\"%s\",\"result\":\"TRAITS_CONFIRMED\",\"onwardReferral\":\"Adult ADHD service, %s\"}"
                .formatted(d, d), keyWorker.token()), 201);
        Cases.expect(api.post(path("smart-recovery"), meeting(d, null), keyWorker.token()), 201);
        Cases.expect(api.post(path("cp-meetings"), "{\"date\":\"%s\",\"text\":\"Attends every week; home conditions improved\"}".formatted(d), lead), 201);

        JsonObject all = records(lead);
        assertThat(all.getString("participantReference")).isEqualTo(String.format("P-%06d", participant));
        assertThat(all.getJsonArray("entries").getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
                .containsExactlyInAnyOrder("ATTACHMENT_INTERVIEW", "TIMELINE_EVENT", "VIG_SESSION", "QBCHECK", "SMART_RECOVERY", "CP_MEETING");
        assertThat(entries("ATTACHMENT_INTERVIEW").get(0).getString("codedBy")).isEqualTo("A. Coder (fictional)");
        assertThat(entries("QBCHECK").get(0).getString("onwardReferral")).startsWith("Adult ADHD service");
        assertThat(entries("CP_MEETING").get(0).getString("text")).isEqualTo("Attends every week; home conditions improved");
        assertThat(entries("CP_MEETING").get(0).getString("recordedBy")).contains("demo programme lead");
        assertThat(entries("TIMELINE_EVENT").get(0).getString("date")).isEqualTo("2001-09-01");
        assertThat(all.getJsonArray("strategies").getValuesAs(JsonObject.class)).extracting(s -> s.getString("label"))
                .contains("Secure", "Avoidant / dismissing", "Preoccupied / ambivalent", "Unresolved / disorganised");
    }

    @Test
    void badInputIsRefusedWithProblemJsonAndNothingIsWritten() {
        String d = TODAY.minusDays(2).toString();
        Api.Answer confirmedWithoutReferral = api.post(path("qbcheck-screenings"), "{\"date\":\"%s\",\"result\":\"TRAITS_CONFIRMED\"}".formatted(d), keyWorker.token());
        assertThat(confirmedWithoutReferral.status()).isEqualTo(400);
        assertThat(confirmedWithoutReferral.contentType()).startsWith("application/problem+json");
        assertThat(confirmedWithoutReferral.json().getString("detail")).contains("onward referral");
        Api.Answer noDate = api.post(path("timeline-events"), "{\"text\":\"Something happened\"}", keyWorker.token());
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.problemType()).isEqualTo("urn:dap:problem:validation-failed");
        assertThat(api.post(path("cp-meetings"), "{\"date\":\"%s\",\"text\":\"  \"}".formatted(d), keyWorker.token()).status()).isEqualTo(400);
        assertThat(api.post(path("vig-sessions"), "{\"date\":\"%s\",\"text\":\"To come\"}".formatted(TODAY.plusDays(3)), keyWorker.token()).status())
                .as("a session still to come").isEqualTo(400);
        assertThat(api.post(path("attachment-interviews"), "{\"date\":\"%s\",\"codedBy\":\"X\",\"strategyId\":999999}".formatted(d), keyWorker.token())
                .status()).as("no such strategy").isEqualTo(400);
        assertThat(api.post(path("smart-recovery"), "{\"date\":\"not a date\"}", keyWorker.token()).status()).isEqualTo(400);
        Api.Answer nowhere = api.post(path("smart-recovery"), "{\"date\":\"%s\",\"startTime\":\"18:00\",\"durationMinutes\":90}".formatted(d),
                keyWorker.token());
        assertThat(nowhere.status()).as("a group meeting needs its venue").isEqualTo(400);
        assertThat(nowhere.body()).contains("venue");
        assertThat(api.post(path("smart-recovery"), meeting(d, null).replace("\"venueId\":" + venue, "\"venueId\":999999999"), keyWorker.token())
                .status()).as("no such venue").isEqualTo(400);

        assertThat(records(keyWorker.token()).getJsonArray("entries")).isEmpty();
        Cases.expect(api.post(path("qbcheck-screenings"), "{\"date\":\"%s\",\"result\":\"NOT_CONFIRMED\"}".formatted(d), keyWorker.token()), 201);
    }

    @Test
    void lifeLaundryAndTheSupportGroupAreOnlyForParentsWhoCompleted() {
        String workshop = TODAY.plusWeeks(2).toString();
        Api.Answer early = api.post(path("life-laundry"), meeting(workshop, null), keyWorker.token());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("urn:dap:problem:not-completed");
        assertThat(early.json().getString("detail")).contains("only to parents who completed");
        assertThat(api.post(path("support-group"), meeting(TODAY, null), keyWorker.token()).status()).isEqualTo(409);

        completeTheProgramme();

        Api.Answer place = api.post(path("life-laundry"), meeting(workshop, "Morning workshop"), keyWorker.token());
        assertThat(place.status()).isEqualTo(201);
        assertThat(place.json().getString("kind")).isEqualTo("LIFE_LAUNDRY");
        Cases.expect(api.post(path("support-group"), meeting(TODAY, null), keyWorker.token()), 201);

        // The outcome counts the support group sessions and asks, for New Beginnings, whether each child remains at home.
        String support = "\"support\":{\"offered\":true,\"what\":\"Post-programme support group\",\"offeredOn\":\"%s\",\"response\":\"ACCEPTED\"}".formatted(TODAY);
        Api.Answer withoutHome = api.put("api/enrolments/" + enrolment + "/outcome", "{\"summary\":\"Completed.\"," + support + "}", keyWorker.token());
        assertThat(withoutHome.status()).isEqualTo(400);
        assertThat(withoutHome.json().getString("detail")).contains("remain at home");
        JsonObject outcome = api.put("api/enrolments/" + enrolment + "/outcome", """
                {"summary":"Completed; the children remain at home.","childrenAtHome":[{"childId":%d,"remainsAtHome":true}],%s}
                """.formatted(child, support), keyWorker.token()).json();
        assertThat(outcome.getInt("supportGroupSessions")).isEqualTo(1);
        JsonObject theChild = outcome.getJsonArray("children").getJsonObject(0);
        assertThat(theChild.getBoolean("remainsAtHome")).isTrue();
        assertThat(theChild.getBoolean("livedAtHomeAtStart")).isTrue();
        assertThat(theChild.getString("statusAtStart")).isEqualTo("CHILD_PROTECTION_PLAN");
    }

    @Test
    void onlyTheKeyWorkerOfTheCaseloadAndTheLeadSeeOrWriteTheRecords() {
        String d = TODAY.minusDays(1).toString();
        String body = "{\"date\":\"%s\",\"text\":\"Home visit went well\"}".formatted(d);
        assertThat(api.get("api/enrolments/" + enrolment + "/new-beginnings", facilitator.token()).status()).isEqualTo(403);
        assertThat(api.get("api/enrolments/" + enrolment + "/new-beginnings", referrer.token()).status()).isEqualTo(403);
        Cases.Account otherKeyWorker = cases.account("KEY_WORKER");
        Api.Answer other = api.get("api/enrolments/" + enrolment + "/new-beginnings", otherKeyWorker.token());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(api.post(path("vig-sessions"), body, facilitator.token()).status()).isEqualTo(403);
        assertThat(api.post(path("vig-sessions"), body, referrer.token()).status()).isEqualTo(403);
        assertThat(api.post(path("vig-sessions"), body, otherKeyWorker.token()).status()).isEqualTo(404);
        assertThat(api.post(path("vig-sessions"), body, cases.account("PROGRAMME_LEAD", "FREEDOM").token()).status())
                .as("a lead of another programme").isEqualTo(404);
        assertThat(records(keyWorker.token()).getJsonArray("entries")).isEmpty();

        // Not New Beginnings: no one-to-one records.
        Cases.Ready freedom = cases.eligibleForFreedom(lead, "Ula", TODAY.minusDays(3));
        Api.Answer wrongProgramme = api.post("api/enrolments/" + freedom.enrolment() + "/new-beginnings/vig-sessions", body, lead);
        assertThat(wrongProgramme.status()).isEqualTo(409);
        assertThat(wrongProgramme.json().getString("detail")).contains("New Beginnings only");
    }

    @Test
    void theLeadOfNewBeginningsChangesTheListOfAttachmentStrategies() {
        String label = "Test strategy " + System.nanoTime();
        assertThat(api.post("api/attachment-strategies", "{\"label\":\"" + label + "\"}", keyWorker.token()).status()).isEqualTo(403);
        assertThat(api.post("api/attachment-strategies", "{\"label\":\"" + label + "\"}", cases.account("PROGRAMME_LEAD", "FREEDOM").token()).status())
                .as("a lead of another programme").isEqualTo(403);
        Api.Answer added = api.post("api/attachment-strategies", "{\"label\":\"" + label + "\"}", lead);
        assertThat(added.status()).isEqualTo(201);
        long id = Cases.id(added);
        assertThat(api.post("api/attachment-strategies", "{\"label\":\"Secure\"}", lead).status()).as("labels are unique").isEqualTo(409);
        String d = TODAY.minusDays(1).toString();
        Cases.expect(api.post(path("attachment-interviews"), "{\"date\":\"%s\",\"codedBy\":\"B. Coder\",\"strategyId\":%d}".formatted(d, id), keyWorker.token()), 201);

        JsonObject retired = api.put("api/attachment-strategies/" + id, "{\"label\":\"" + label + " (old)\",\"active\":false}", lead).json();
        assertThat(retired.getBoolean("active")).isFalse();
        assertThat(api.post(path("attachment-interviews"), "{\"date\":\"%s\",\"codedBy\":\"B. Coder\",\"strategyId\":%d}".formatted(d, id), keyWorker.token())
                .status()).as("a retired strategy cannot be chosen").isEqualTo(400);
        assertThat(entries("ATTACHMENT_INTERVIEW")).singleElement().satisfies(e -> assertThat(e.getString("strategy")).isEqualTo(label + " (old)"));
    }
}
