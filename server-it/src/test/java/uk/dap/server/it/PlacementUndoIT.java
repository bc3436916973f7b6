package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a placement made in error (the wrong person, the wrong group) can be undone until their group meets: they
 * are accepted and waiting for a place again, the place goes to the next person waiting, and it is audited.
 */
class PlacementUndoIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private Cases cases;
    private String lead;
    private long facilitator;
    private long venue;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR").id();
        venue = cases.venue("Undo Hall");
    }

    @Test
    void anEnrolledPersonGoesBackToWaitingForAPlaceAndTheirPlaceIsOfferedToTheNextPersonWaiting() {
        long cohort = id(cases.cohort(lead, "FREEDOM", venue, TODAY.plusDays(10), "10:00", 10, facilitator));
        Cases.Ready[] placed = new Cases.Ready[10];
        for (int i = 0; i < placed.length; i++) {
            placed[i] = cases.eligibleForFreedom(lead, "Undo" + (char) ('A' + i), TODAY);
            assertThat(cases.place(lead, placed[i].enrolment(), cohort).json().getString("state")).isEqualTo("ENROLLED");
        }
        Cases.Ready waiting = cases.eligibleForFreedom(lead, "UndoWaiting", TODAY);
        assertThat(cases.place(lead, waiting.enrolment(), cohort).json().getString("state")).isEqualTo("WAITING");

        Api.Answer undone = api.delete("api/enrolments/" + placed[3].enrolment() + "/placement", lead);

        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().getString("state")).isEqualTo("ELIGIBLE");
        assertThat(undone.json().get("cohortId")).as("no cohort").isIn(null, jakarta.json.JsonValue.NULL);
        JsonObject roster = api.get("api/cohorts/" + cohort + "/roster", lead).json();
        assertThat(roster.getJsonArray("enrolled").getValuesAs(JsonObject.class)).extracting(e -> e.getJsonNumber("enrolmentId").longValue())
                .hasSize(9).doesNotContain(placed[3].enrolment());
        assertThat(roster.getJsonArray("waiting").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(w -> assertThat(w.getBoolean("offered")).as("the freed place is offered to the next person waiting").isTrue());
        assertThat(api.get("api/audit?limit=30", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("UNDO_PLACEMENT"));
        assertThat(cases.place(lead, placed[3].enrolment(), cohort).json().getString("state"))
                .as("they can be placed again, and wait like anyone else").isEqualTo("WAITING");

        assertThat(api.delete("api/enrolments/" + placed[3].enrolment() + "/placement", lead).json().getString("state"))
                .as("someone waiting leaves the cohort's list").isEqualTo("ELIGIBLE");
        assertThat(api.get("api/cohorts/" + cohort + "/roster", lead).json().getJsonArray("waiting").getValuesAs(JsonObject.class))
                .extracting(w -> w.getJsonNumber("enrolmentId").longValue()).containsExactly(waiting.enrolment());
    }

    @Test
    void aPlacementCannotBeUndoneOnceTheGroupHasMetForThemNorWherePlacedByNobody() {
        JsonObject running = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(1), "16:00", 10, facilitator);
        Cases.Ready marked = cases.eligibleForFreedom(lead, "UndoMarked", TODAY);
        cases.place(lead, marked.enrolment(), id(running));
        long todaysSession = running.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("date").equals(TODAY.toString())).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(api.put("api/sessions/" + todaysSession + "/register/" + marked.enrolment(), "{\"status\":\"EXCUSED\"}", lead).status())
                .isEqualTo(200);

        Api.Answer refused = api.delete("api/enrolments/" + marked.enrolment() + "/placement", lead);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("withdraw them instead");
        assertThat(api.get("api/cohorts/" + id(running) + "/roster", lead).json().getJsonArray("enrolled").getValuesAs(JsonObject.class))
                .extracting(e -> e.getJsonNumber("enrolmentId").longValue()).contains(marked.enrolment());

        Cases.Ready eligible = cases.eligibleForFreedom(lead, "UndoNever", TODAY);
        assertThat(api.delete("api/enrolments/" + eligible.enrolment() + "/placement", lead).status()).as("never placed").isEqualTo(409);
        assertThat(api.delete("api/enrolments/" + eligible.enrolment() + "/placement", api.demo("keyworker")).status())
                .as("leads only").isIn(403, 404);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
