package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees what: confidential contact details reach only the assigned key worker and the programme lead, in no list,
 * search, roster, referral or audit entry; referrers see only their own referrals; facilitators only the people in
 * their groups; administrators no case data. Every read is audited.
 */
class ParticipantPrivacyIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String ADDRESS = "12 Hidden Way, Nowhereville (fictional)";
    private static final String PHONE = "00000 424242";

    private Cases cases;
    private Cases.Account keyWorker;
    private Cases.Account otherKeyWorker;
    private Cases.Account referrer;
    private Cases.Account otherReferrer;
    private Cases.Account facilitator;
    private Cases.Account otherFacilitator;
    private Cases.Account lead;
    private Cases.Account otherLead;
    private long participant;
    private long referral;
    private long cohort;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        keyWorker = cases.account("KEY_WORKER");
        otherKeyWorker = cases.account("KEY_WORKER");
        referrer = cases.account("REFERRER");
        otherReferrer = cases.account("REFERRER");
        facilitator = cases.account("FACILITATOR");
        otherFacilitator = cases.account("FACILITATOR");
        lead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        otherLead = cases.account("PROGRAMME_LEAD", "CARING_DADS");

        participant = cases.participant(referrer.token(), """
                {"firstName":"Priya","lastName":"Privacy-Test","dateOfBirth":"1988-08-08","gender":"FEMALE","preferredLanguage":"Urdu",
                 "interpreterNeeded":true,"accessibilityNeeds":"Step-free access",
                 "contact":{"address":"%s","postcode":"ZZ1 1ZZ","phone":"%s","email":"priya@example.invalid"},
                 "safeContact":{"phone":true,"voicemail":false,"text":true,"letters":false,"codeWord":"bluebell","safeTimes":"Before 3pm"},
                 "keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(ADDRESS, PHONE, keyWorker.id()));
        referral = cases.referral(referrer.token(), """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"IDVA_SERVICE","reason":"Fictional referral",
                 "answers":{"experiencedDomesticAbuse":true},"risk":{"dashScore":15}}
                """.formatted(participant)).getJsonNumber("id").longValue();
        cases.consent(referrer.token(), referral, "REFERRAL");
        cases.check(lead.token(), referral);
        cases.accept(lead.token(), referral);
        cohort = cases.cohort(lead.token(), "FREEDOM", cases.venue("Privacy Centre"), TODAY.plusWeeks(3), "10:00", 12, facilitator.id()).getInt("id");
        long enrolment = api.get("api/referrals/" + referral, lead.token()).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
        assertThat(cases.place(lead.token(), enrolment, cohort).status()).isEqualTo(200);
    }

    @Test
    void beforeTheFlagContactDetailsReachCaseWorkersAndTheReferrerButNeverFacilitators() {
        assertThat(read(keyWorker).getJsonObject("contact").getString("address")).isEqualTo(ADDRESS);
        assertThat(read(lead).getJsonObject("contact").getString("phone")).isEqualTo(PHONE);
        assertThat(read(referrer).getJsonObject("contact").getString("address")).isEqualTo(ADDRESS);

        JsonObject asFacilitator = read(facilitator);
        assertThat(asFacilitator.containsKey("contact")).isFalse();
        assertThat(asFacilitator.getString("access")).isEqualTo("FACILITATOR");
        assertThat(asFacilitator.getBoolean("interpreterNeeded")).isTrue();
        assertThat(asFacilitator.getString("accessibilityNeeds")).isEqualTo("Step-free access");
        assertThat(asFacilitator.getJsonObject("safeContact").getString("codeWord")).isEqualTo("bluebell");
        assertThat(asFacilitator.getString("riskLevel")).isEqualTo("HIGH");
        assertThat(api.get("api/participants/" + participant, facilitator.token()).body()).doesNotContain(ADDRESS).doesNotContain(PHONE);
    }

    @Test
    void confidentialContactDetailsReachOnlyTheKeyWorkerAndTheLead() {
        Api.Answer flagged = api.put("api/participants/" + participant + "/contact", """
                {"contact":{"address":"%s","postcode":"ZZ1 1ZZ","phone":"%s"},"confidential":true,"confidentialReason":"Moved to a refuge"}
                """.formatted(ADDRESS, PHONE), keyWorker.token());
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.json().getJsonObject("contact").getBoolean("confidential")).isTrue();

        assertThat(read(keyWorker).getJsonObject("contact").getString("address")).isEqualTo(ADDRESS);
        assertThat(read(lead).getJsonObject("contact").getString("confidentialReason")).isEqualTo("Moved to a refuge");

        String surname = "Privacy-Test";
        for (Cases.Account notEntitled : List.of(referrer, facilitator)) {
            List<Api.Answer> everything = List.of(
                    api.get("api/participants/" + participant, notEntitled.token()),
                    api.get("api/participants?name=" + surname, notEntitled.token()),
                    api.get("api/referrals", notEntitled.token()),
                    api.get("api/referrals/" + referral, notEntitled.token()),
                    api.get("api/cohorts/" + cohort + "/roster", notEntitled.token()),
                    api.get("api/cohorts", notEntitled.token()),
                    api.get("api/alerts", notEntitled.token()));
            assertThat(everything).allSatisfy(answer -> assertThat(answer.body()).as(notEntitled.username())
                    .doesNotContain(ADDRESS).doesNotContain(PHONE).doesNotContain("ZZ1 1ZZ").doesNotContain("refuge"));
            assertThat(everything.get(0).status()).isEqualTo(200);
        }
        // Entitled callers get the details on the record, but never in a list or search result.
        assertThat(api.get("api/participants?name=" + surname, lead.token()).body()).contains("Priya").doesNotContain(ADDRESS);
        assertThat(api.get("api/cohorts/" + cohort + "/roster", lead.token()).body()).contains("Priya").doesNotContain(PHONE);
        assertThat(api.get("api/audit?limit=200", api.demo("admin")).body()).doesNotContain(ADDRESS).doesNotContain(PHONE);
    }

    @Test
    void confidentialDetailsAreChangedOnlyByThoseWhoMaySeeThem() {
        assertThat(api.put("api/participants/" + participant + "/contact", "{\"confidential\":false}", referrer.token()).status())
                .isEqualTo(403);
        assertThat(api.put("api/participants/" + participant + "/contact", "{\"confidential\":false}", otherKeyWorker.token()).status())
                .as("not in their caseload").isEqualTo(404);
        Api.Answer noReason = api.put("api/participants/" + participant + "/contact", "{\"confidential\":true}", keyWorker.token());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(noReason.json().getString("detail")).contains("reason");
    }

    @Test
    void peopleOutsideTheCallersScopeDoNotExistForThem() {
        for (Cases.Account stranger : List.of(otherKeyWorker, otherReferrer, otherFacilitator, otherLead)) {
            Api.Answer answer = api.get("api/participants/" + participant, stranger.token());
            assertThat(answer.status()).as(stranger.username()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Priya");
            assertThat(api.get("api/participants?name=Priya", stranger.token()).array()).as(stranger.username()).isEmpty();
        }
        assertThat(api.get("api/referrals/" + referral, otherReferrer.token()).status()).isEqualTo(404);
        assertThat(api.get("api/referrals", otherReferrer.token()).body()).doesNotContain("Priya");
        assertThat(api.get("api/participants/" + participant, api.demo("admin")).status()).as("administrators see no case data").isEqualTo(403);
        assertThat(api.get("api/cohorts/" + cohort + "/roster", otherFacilitator.token()).status()).isEqualTo(404);
    }

    @Test
    void aReferrerSeesTheirOwnReferralsProgressButNoOtherParticipant() {
        long someoneElse = cases.participant(otherReferrer.token(), "Other", "FEMALE", LocalDate.of(1990, 1, 1));
        long theirReferral = cases.referral(otherReferrer.token(), """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"POLICE","reason":"Fictional"}
                """.formatted(someoneElse)).getJsonNumber("id").longValue();

        List<JsonObject> mine = api.get("api/referrals", referrer.token()).array().getValuesAs(JsonObject.class);
        assertThat(mine).extracting(r -> r.getJsonNumber("id").longValue()).containsExactly(referral);
        assertThat(mine.get(0).getString("state")).isEqualTo("ENROLLED");
        assertThat(mine.get(0).getInt("cohortId")).isEqualTo((int) cohort);
        assertThat(api.get("api/participants/" + someoneElse, referrer.token()).status()).isEqualTo(404);
        assertThat(api.get("api/referrals/" + theirReferral, referrer.token()).status()).isEqualTo(404);
        JsonObject record = read(referrer);
        assertThat(record.getString("access")).isEqualTo("REFERRER");
        assertThat(record.getJsonArray("links")).isEmpty();
        assertThat(api.get("api/cohorts/" + cohort + "/roster", referrer.token()).status()).as("no other participant").isEqualTo(403);
    }

    @Test
    void aFacilitatorSeesOnlyThePeopleEnrolledInTheirGroups() {
        long waiting = cases.participant(lead.token(), "Notyet", "FEMALE", LocalDate.of(1992, 2, 2));
        cases.eligible(lead.token(), waiting, "FREEDOM", TODAY);

        assertThat(api.get("api/participants/" + waiting, facilitator.token()).status()).isEqualTo(404);
        assertThat(api.get("api/participants", facilitator.token()).array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getJsonNumber("id").longValue()).containsExactly(participant);
        JsonObject roster = api.get("api/cohorts/" + cohort + "/roster", facilitator.token()).json();
        assertThat(roster.getJsonArray("enrolled")).hasSize(1);
        assertThat(api.get("api/referrals/" + referral, facilitator.token()).status()).isEqualTo(403);
    }

    @Test
    void everyReadOfAParticipantIsAudited() {
        read(keyWorker);
        api.get("api/participants?name=Priya", facilitator.token());

        List<JsonObject> audit = api.get("api/audit?limit=50", api.demo("admin")).array().getValuesAs(JsonObject.class);
        String reference = String.format("P-%06d", participant);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("READ");
            assertThat(e.getString("recordId", "")).isEqualTo(reference);
            assertThat(e.getString("actor")).isEqualTo(keyWorker.username());
        });
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("SEARCH");
            assertThat(e.getString("actor")).isEqualTo(facilitator.username());
            assertThat(e.getString("detail", "")).contains(reference);
        });
    }

    @Test
    void aLinkToSomeoneTheCallerMayNotSeeShowsThatALinkExistsButNotWho() {
        long partner = cases.participant(otherLead.token(), "Unseen", "MALE", LocalDate.of(1980, 1, 1));
        cases.referral(otherLead.token(), """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"PROBATION","externalAgency":"Example Probation (fictional)",
                 "externalContact":"P. Officer (fictional)","reason":"Fictional"}
                """.formatted(partner));
        cases.link(api.demo("lead"), participant, "VICTIM", partner, "PERPETRATOR");

        JsonObject link = read(lead).getJsonArray("links").getJsonObject(0);
        assertThat(link.containsKey("other")).isFalse();
        assertThat(link.getString("otherRole")).isEqualTo("PERPETRATOR");
        assertThat(api.get("api/participants/" + participant, lead.token()).body()).doesNotContain("Unseen");
    }

    @Test
    void aChildsCaseClosingWhileHeAttendsCaringDadsAlertsTheLeadAndKeyWorker() {
        String demoLead = api.demo("lead");
        long father = cases.participant(keyWorker.token(), "Dad", "MALE", LocalDate.of(1984, 4, 4));
        long child = cases.child(keyWorker.token(), father, TODAY.minusYears(6), false, true, "CHILD_IN_NEED", false);
        // The key worker refers him; from then on the Caring Dads lead sees him.
        JsonObject referred = cases.referral(keyWorker.token(), """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"CHILDRENS_SOCIAL_CARE","externalAgency":"Exampleshire Council (fictional)",
                 "externalContact":"S. Worker (fictional)","reason":"Fictional"}
                """.formatted(father));
        long fatherReferral = referred.getJsonNumber("id").longValue();
        cases.check(demoLead, fatherReferral);
        cases.accept(demoLead, fatherReferral);
        long dads = cases.cohort(demoLead, "CARING_DADS", cases.venue("Dads Place"), TODAY.plusWeeks(2), "18:00", 12,
                facilitator.id(), otherFacilitator.id()).getInt("id");
        assertThat(cases.place(demoLead, referred.getJsonObject("enrolment").getJsonNumber("id").longValue(), dads).status()).isEqualTo(200);

        Api.Answer closed = api.put("api/participants/" + father + "/children/" + child + "/status", "{\"status\":\"NONE\"}", keyWorker.token());

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().getString("statusChangedOn")).isEqualTo(TODAY.toString());
        String reference = String.format("P-%06d", father);
        assertThat(api.get("api/alerts", demoLead).array().getValuesAs(JsonObject.class))
                .anySatisfy(a -> {
                    assertThat(a.getString("kind")).isEqualTo("CASE_CLOSED_DURING_CARING_DADS");
                    assertThat(a.getString("participantReference")).isEqualTo(reference);
                });
        assertThat(api.get("api/alerts", keyWorker.token()).array().getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("participantReference")).contains(reference);
        assertThat(api.get("api/alerts", otherKeyWorker.token()).body()).doesNotContain(reference);
    }

    @Test
    void theLeadOfHisProgrammeNeverSeesHerContactDetailsEvenWhenShesInTheirOtherProgramme() {
        String leadOfBoth = api.demo("lead");
        long him = cases.participant(leadOfBoth, "Perpetrator", "MALE", LocalDate.of(1981, 1, 1));
        cases.referral(leadOfBoth, """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"PROBATION","externalAgency":"Example Probation (fictional)",
                 "externalContact":"P. Officer (fictional)","reason":"Fictional"}
                """.formatted(him));
        assertThat(api.get("api/participants/" + participant, leadOfBoth).json().containsKey("contact")).as("before the link").isTrue();

        cases.link(leadOfBoth, participant, "VICTIM", him, "PERPETRATOR");

        JsonObject asHisLead = api.get("api/participants/" + participant, leadOfBoth).json();
        assertThat(asHisLead.containsKey("contact")).isFalse();
        assertThat(api.get("api/participants/" + participant, leadOfBoth).body()).doesNotContain(ADDRESS).doesNotContain(PHONE);
        assertThat(read(lead).getJsonObject("contact").getString("address")).as("her own programme's lead still does").isEqualTo(ADDRESS);
        Api.Answer change = api.put("api/participants/" + participant + "/contact", "{\"confidential\":false}", leadOfBoth);
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.json().getString("detail")).as("the refusal says why, truly, for a lead")
                .contains("someone this person must be kept apart from").doesNotContain("Only the participant's key worker or the programme lead");
    }

    @Test
    void aKeyWorkerWhoCreatedTheRecordButIsNotAssignedLosesTheDetailsOnceConfidential() {
        long someone = cases.participant(otherKeyWorker.token(), """
                {"firstName":"Quinn","lastName":"Creator-Test","dateOfBirth":"1990-09-09","gender":"FEMALE",
                 "contact":{"address":"%s","phone":"%s"},"keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(ADDRESS, PHONE, keyWorker.id()));
        assertThat(api.get("api/participants/" + someone, otherKeyWorker.token()).json().getJsonObject("contact").getString("address"))
                .isEqualTo(ADDRESS);

        assertThat(api.put("api/participants/" + someone + "/contact", "{\"confidential\":true,\"confidentialReason\":\"Refuge\"}",
                keyWorker.token()).status()).isEqualTo(200);

        Api.Answer creator = api.get("api/participants/" + someone, otherKeyWorker.token());
        assertThat(creator.status()).isEqualTo(200);
        assertThat(creator.body()).doesNotContain(ADDRESS).doesNotContain(PHONE);
        assertThat(api.get("api/participants/" + someone, keyWorker.token()).json().getJsonObject("contact").getString("address"))
                .as("the flag without new details keeps the address").isEqualTo(ADDRESS);
    }

    @Test
    void aReferrerFollowsProgressButDoesNotReadTheLeadsReasoningOrJudgements() {
        JsonObject asLead = api.get("api/referrals/" + referral, lead.token()).json();
        assertThat(asLead.getJsonArray("decisions").getJsonObject(0).getString("justification")).isEqualTo("Test set-up");

        JsonObject asReferrer = api.get("api/referrals/" + referral, referrer.token()).json();
        JsonObject decision = asReferrer.getJsonArray("decisions").getJsonObject(0);
        assertThat(decision.getString("decision")).isEqualTo("ACCEPT");
        assertThat(decision.containsKey("reason")).isFalse();
        assertThat(decision.containsKey("justification")).isFalse();
        assertThat(asReferrer.getJsonObject("enrolment").getString("state")).isEqualTo("ENROLLED");
    }

    private JsonObject read(Cases.Account who) {
        Api.Answer answer = api.get("api/participants/" + participant, who.token());
        assertThat(answer.status()).as(who.username()).isEqualTo(200);
        return answer.json();
    }
}
