package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the referral list is filtered by programme and stage and paged on the server. It used to answer the 200
 * newest referrals and nothing else, so a lead could not place anyone accepted before those 200 came in.
 */
class ReferralListIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void referralsAreFilteredByProgrammeAndStageAndPaged() {
        Cases cases = new Cases(api);
        String lead = api.demo("lead");
        Cases.Ready accepted = cases.eligibleForFreedom(lead, "Listed", TODAY.minusDays(60));
        long waitingForCheck = cases.referral(lead, """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"SELF_REFERRAL","referredOn":"%s","reason":"Test",
                 "answers":{"experiencedDomesticAbuse":true}}
                """.formatted(cases.participant(lead, "Unchecked", "FEMALE", LocalDate.of(1991, 2, 3)), TODAY)).getJsonNumber("id").longValue();

        Api.Answer eligible = api.get("api/referrals?programme=FREEDOM&state=ELIGIBLE&limit=500&count=true", lead);
        assertThat(ids(eligible)).contains(accepted.referral()).doesNotContain(waitingForCheck);
        assertThat(eligible.array().getValuesAs(JsonObject.class)).allSatisfy(r -> {
            assertThat(r.getString("programme")).isEqualTo("FREEDOM");
            assertThat(r.getString("state")).isEqualTo("ELIGIBLE");
        });
        assertThat(Long.parseLong(eligible.header("X-Total-Count"))).isGreaterThanOrEqualTo(eligible.array().size());
        assertThat(ids(api.get("api/referrals?state=REFERRED,ASSESSED&limit=500", lead))).contains(waitingForCheck).doesNotContain(accepted.referral());
        assertThat(api.get("api/referrals?programme=DART&state=ELIGIBLE&limit=500", lead).array().getValuesAs(JsonObject.class))
                .noneSatisfy(r -> assertThat(r.getJsonNumber("id").longValue()).isEqualTo(accepted.referral()));
        assertThat(api.get("api/referrals?limit=1", lead).array()).hasSize(1);
    }

    @Test
    void theStateFilterFollowsAReferralThroughEveryMove() {
        Cases cases = new Cases(api);
        String lead = api.demo("lead");
        long venue = cases.venue("Filter Hall");
        long facilitator = cases.account("FACILITATOR").id();
        long cohort = cases.cohort(lead, "FREEDOM", venue, TODAY.plusDays(12), "10:00", 10, facilitator).getJsonNumber("id").longValue();
        long person = cases.participant(lead, "Follow", "FEMALE", LocalDate.of(1990, 3, 4));
        JsonObject made = cases.referral(lead, """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"SELF_REFERRAL","referredOn":"%s","reason":"Test",
                 "answers":{"experiencedDomesticAbuse":true}}
                """.formatted(person, TODAY));
        long referral = made.getJsonNumber("id").longValue();
        long enrolment = made.getJsonObject("enrolment").getJsonNumber("id").longValue();
        assertThat(listedAs(lead, referral)).isEqualTo("REFERRED");
        cases.check(lead, referral);
        assertThat(listedAs(lead, referral)).isEqualTo("ASSESSED");
        cases.accept(lead, referral);
        assertThat(listedAs(lead, referral)).isEqualTo("ELIGIBLE");
        cases.place(lead, enrolment, cohort);
        assertThat(listedAs(lead, referral)).isEqualTo("ENROLLED");
        api.delete("api/enrolments/" + enrolment + "/placement", lead);
        assertThat(listedAs(lead, referral)).as("after the placement was undone").isEqualTo("ELIGIBLE");
    }

    /** The one state whose filter lists the referral (each state asked for on its own). */
    private String listedAs(String token, long referral) {
        List<String> states = java.util.Arrays.stream(new String[] {"REFERRED", "ASSESSED", "ELIGIBLE", "INELIGIBLE", "WAITING", "ENROLLED",
                "COMPLETED", "WITHDRAWN"}).filter(state -> ids(api.get("api/referrals?programme=FREEDOM&limit=500&state=" + state, token))
                .contains(referral)).toList();
        assertThat(states).as("listed under exactly one state").hasSize(1);
        return states.get(0);
    }

    @Test
    void aLongListLeadsToItsNextPageAndIsCountedOnlyWhenAsked() {
        Cases cases = new Cases(api);
        String lead = api.demo("lead");
        cases.eligibleForFreedom(lead, "Paged", TODAY.minusDays(3));
        cases.eligibleForFreedom(lead, "Paged", TODAY.minusDays(2));

        Api.Answer first = api.get("api/referrals?limit=1", lead);
        assertThat(first.header("X-Total-Count")).as("not counted unless asked").isEmpty();
        String next = first.header("Link");
        assertThat(next).as("a link to the next page").contains("rel=\"next\"").contains("offset=1").contains("limit=1");
        String nextPath = next.substring(next.indexOf("/api/") + 1, next.indexOf('>'));
        Api.Answer second = api.get(nextPath, lead);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(LocalDate.parse(second.array().getJsonObject(0).getString("referredOn")))
                .as("newest first").isBeforeOrEqualTo(LocalDate.parse(first.array().getJsonObject(0).getString("referredOn")));

        Api.Answer counted = api.get("api/referrals?limit=1&count=true", lead);
        assertThat(Long.parseLong(counted.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);
        Api.Answer whole = api.get("api/referrals?programme=FREEDOM&state=ELIGIBLE&limit=500", lead);
        assertThat(whole.header("Link")).as("no next page after the last").isEmpty();
    }

    @Test
    void aBadFilterOrPageIsRefusedNamingIt() {
        String lead = api.demo("lead");
        for (String query : List.of("state=SOMEWHERE", "limit=0", "limit=501", "offset=-1", "count=maybe")) {
            Api.Answer answer = api.get("api/referrals?" + query, lead);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    private static List<Long> ids(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.array().getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }
}
