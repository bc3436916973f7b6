package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the cohort list is filtered and paged on the server. At ten years' scale it answered every cohort with its
 * whole schedule (3,621 cohorts, 11.6 MB, four minutes); now it answers the groups a working day needs, bounded.
 * Seen as a new facilitator, who sees exactly the cohorts made here.
 */
class CohortListIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void theListHoldsCurrentAndUpcomingGroupsSoonestFirstAndFinishedOnesOnRequest() {
        Cases cases = new Cases(api);
        String lead = api.demo("lead");
        Cases.Account facilitator = cases.account("FACILITATOR");
        long venue = cases.venue("List Hall");
        long finished = id(cases.cohort(lead, "FREEDOM", venue, TODAY.minusDays(400), "10:00", 12, facilitator.id()));
        long endedLastWeek = id(cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(12), "12:00", 12, facilitator.id()));
        long running = id(cases.cohort(lead, "FREEDOM", venue, TODAY.minusDays(20), "14:00", 12, facilitator.id()));
        long upcoming = id(cases.cohort(lead, "FREEDOM", venue, TODAY.plusDays(30), "16:00", 12, facilitator.id()));
        String token = facilitator.token();

        Api.Answer open = api.get("api/cohorts", token);
        assertThat(ids(open)).as("current (including one whose registers may still come in) and upcoming, soonest first")
                .containsExactly(endedLastWeek, running, upcoming);
        assertThat(open.header("X-Total-Count")).isEqualTo("3");
        assertThat(ids(api.get("api/cohorts?when=upcoming", token))).containsExactly(upcoming);
        assertThat(ids(api.get("api/cohorts?when=current", token))).containsExactly(endedLastWeek, running);
        assertThat(ids(api.get("api/cohorts?when=finished", token))).as("newest first").containsExactly(endedLastWeek, finished);
        assertThat(ids(api.get("api/cohorts?when=all", token))).containsExactly(upcoming, running, endedLastWeek, finished);

        Api.Answer firstPage = api.get("api/cohorts?when=all&limit=2", token);
        Api.Answer secondPage = api.get("api/cohorts?when=all&limit=2&offset=2", token);
        assertThat(ids(firstPage)).containsExactly(upcoming, running);
        assertThat(ids(secondPage)).containsExactly(endedLastWeek, finished);
        assertThat(firstPage.header("X-Total-Count")).isEqualTo("4");
        assertThat(api.get("api/cohorts?programme=DART&when=all", token).array()).isEmpty();
    }

    @Test
    void aFinishedCohortWhoseLastSessionMovesToNextWeekIsOpenAgainAndBackWhenItMovesBack() {
        Cases cases = new Cases(api);
        String lead = api.demo("lead");
        Cases.Account facilitator = cases.account("FACILITATOR");
        JsonObject cohort = cases.cohort(lead, "FREEDOM", cases.venue("Moved Hall"), TODAY.minusDays(200), "10:00", 12, facilitator.id());
        List<JsonObject> sessions = cohort.getJsonArray("sessions").getValuesAs(JsonObject.class);
        JsonObject last = sessions.get(sessions.size() - 1);
        String path = "api/cohorts/" + id(cohort) + "/sessions/" + last.getJsonNumber("id");
        assertThat(ids(api.get("api/cohorts", facilitator.token()))).doesNotContain(id(cohort));

        Cases.expect(api.put(path, "{\"date\":\"" + TODAY.plusDays(7) + "\",\"startTime\":\"10:00\"}", lead), 200);
        assertThat(ids(api.get("api/cohorts", facilitator.token()))).as("its last session is to come").contains(id(cohort));

        Cases.expect(api.put(path, "{\"date\":\"" + last.getString("date") + "\",\"startTime\":\"10:00\"}", lead), 200);
        assertThat(ids(api.get("api/cohorts", facilitator.token()))).as("finished again").doesNotContain(id(cohort));
    }

    @Test
    void aBadFilterOrPageIsRefusedNamingIt() {
        String lead = api.demo("lead");
        for (String query : List.of("when=someday", "limit=0", "limit=501", "offset=-1", "limit=ten")) {
            Api.Answer answer = api.get("api/cohorts?" + query, lead);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    private static long id(JsonObject cohort) {
        return cohort.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.array().getValuesAs(JsonObject.class).stream().map(CohortListIT::id).toList();
    }
}
