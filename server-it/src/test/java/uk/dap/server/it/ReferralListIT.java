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

        Api.Answer eligible = api.get("api/referrals?programme=FREEDOM&state=ELIGIBLE&limit=500", lead);
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
    void aBadFilterOrPageIsRefusedNamingIt() {
        String lead = api.demo("lead");
        for (String query : List.of("state=SOMEWHERE", "limit=0", "limit=501", "offset=-1")) {
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
