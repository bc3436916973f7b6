package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Default deny (401/403), the programme catalogue, the lead-only change and its audit, and problem+json errors. */
class AccessAndCatalogueIT extends ServerIT {
    @Test
    void withoutATokenTheCatalogueIs401ProblemJson() {
        Api.Answer answer = api.get("api/programmes", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("urn:dap:problem:unauthenticated");
    }

    @Test
    void aGarbageTokenIs401ProblemJson() {
        Api.Answer answer = api.get("api/programmes", "not.a.token");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "lead", "facilitator", "keyworker", "referrer"})
    void everyStaffRoleListsTheFiveProgrammes(String who) {
        Api.Answer answer = api.get("api/programmes", api.demo(who));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code"))
                .containsExactlyInAnyOrder("CARING_DADS", "NEW_BEGINNINGS", "FREEDOM", "GATEWAY", "DART");
        JsonObject caringDads = programme(answer, "CARING_DADS");
        assertThat(caringDads.getJsonObject("completionRule").getBoolean("requiresPostQuestionnaire")).isTrue();
        assertThat(programme(answer, "NEW_BEGINNINGS").getInt("lengthWeeks")).isEqualTo(24);
        assertThat(programme(answer, "FREEDOM").getInt("sessionMinutes")).isEqualTo(120);
    }

    @Test
    void caringDadsLastsSeventeenWeeksWithSeventyFivePercentAttendance() {
        JsonObject caringDads = programme(api.get("api/programmes", api.demo("referrer")), "CARING_DADS");
        // Another test may have changed it, but never these values, which are read-only in this test class.
        assertThat(caringDads.getInt("lengthWeeks")).isEqualTo(17);
        assertThat(caringDads.getJsonObject("completionRule").getInt("minAttendancePercent")).isEqualTo(75);
        assertThat(caringDads.getJsonObject("completionRule").getBoolean("requiresFinalSession")).isTrue();
    }

    @Test
    void aLeadChangesGatewaysLengthAndTheChangeIsAudited() {
        String lead = api.demo("lead");
        JsonObject gateway = programme(api.get("api/programmes", lead), "GATEWAY");
        int newLength = gateway.getInt("lengthWeeks") == 12 ? 14 : 12;

        Api.Answer changed = api.put("api/programmes/GATEWAY/settings", settings(newLength, gateway.getJsonNumber("version").longValue()), lead);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getInt("lengthWeeks")).isEqualTo(newLength);
        assertThat(programme(api.get("api/programmes", api.demo("facilitator")), "GATEWAY").getInt("lengthWeeks")).isEqualTo(newLength);
        assertThat(api.get("api/audit?limit=20", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action", "")).isEqualTo("CHANGE_SETTINGS");
                    assertThat(e.getString("recordId", "")).isEqualTo("GATEWAY");
                    assertThat(e.getString("actor", "")).isEqualTo("demo-lead");
                    assertThat(e.getString("role", "")).isEqualTo("PROGRAMME_LEAD");
                    assertThat(e.getString("detail", "")).contains("lengthWeeks " + gateway.getInt("lengthWeeks") + " -> " + newLength);
                });

        Api.Answer stale = api.put("api/programmes/GATEWAY/settings", settings(newLength + 1, gateway.getJsonNumber("version").longValue()), lead);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemType()).isEqualTo("urn:dap:problem:stale-version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "facilitator", "keyworker", "referrer"})
    void onlyALeadMayChangeAProgramme(String who) {
        Api.Answer answer = api.put("api/programmes/DART/settings", settings(10, 0), api.demo(who));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("urn:dap:problem:forbidden");
    }

    @Test
    void aRefusedCallIsAudited() {
        api.put("api/programmes/DART/settings", settings(10, 0), api.demo("referrer"));

        assertThat(api.get("api/audit?limit=10", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("actor", "")).isEqualTo("demo-referrer");
                    assertThat(e.getString("outcome", "")).isEqualTo("DENIED");
                });
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        Api.Answer answer = api.put("api/programmes/DART/settings", "{\"lengthWeeks\": 10,", api.demo("lead"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("urn:dap:problem:malformed-json");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("yasson").doesNotContain("\tat ");
    }

    @Test
    void validationErrorsNameTheField() {
        Api.Answer answer = api.put("api/programmes/DART/settings",
                "{\"lengthWeeks\":0,\"sessionMinutes\":120,\"minAttendancePercent\":75,\"requiresFinalSession\":true,"
                        + "\"requiresPostQuestionnaire\":false,\"version\":0}", api.demo("lead"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("urn:dap:problem:validation-failed");
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getString("field", "")).isEqualTo("lengthWeeks");
                    assertThat(e.getString("message", "")).contains("1 to 104");
                });
        assertThat(answer.json().getString("detail")).contains("lengthWeeks");
    }

    @Test
    void healthAndOpenApiAreServedWithRealSchemas() {
        Api.Answer ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).as("anonymous callers learn UP or DOWN and nothing more (MonitoringIT)").isEqualTo("{\"status\":\"UP\"}");

        // Payara builds the document on the first request, scanning the whole application: on two cores shared with the
        // GUI tests' two servers starting, that has taken more than 30 s.
        Api.Answer openapi = api.get("/openapi", null, java.time.Duration.ofMinutes(2));
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/programmes").contains("ProgrammeSettings:").contains("minAttendancePercent")
                .contains("SignedIn:").contains("expiresAt")
                .contains("/api/referrals/{id}/eligibility-checks").contains("NewParticipant:").contains("confidentialReason")
                .contains("NewCohort:").contains("facilitatorIds");
        // The paged lists answer a Response (for their headers); their documentation still says what they list.
        assertThat(operation(openapi.body(), "List the referrals the caller may see")).contains("participantReference", "referredOn");
        // Payara's generator gives this one's items no properties (its fields are in docs/api.md); it says it is a list.
        assertThat(operation(openapi.body(), "Follow-up questionnaires due")).contains("type: array");
        assertThat(operation(openapi.body(), "List cohorts")).contains("facilitators", "sessions");
    }

    /** The part of the OpenAPI document from an operation's summary to the next operation. */
    private static String operation(String document, String summary) {
        int start = document.indexOf("summary: " + summary);
        assertThat(start).as(summary).isNotNegative();
        int end = document.indexOf("operationId:", document.indexOf("operationId:", start) + 1);
        return document.substring(start, end < 0 ? document.length() : end);
    }

    @Test
    void aLeadMayChangeOnlyTheProgrammesTheyLead() {
        JsonObject caringDads = programme(api.get("api/programmes", api.demo("lead")), "CARING_DADS");
        String freedomLead = new Cases(api).account("PROGRAMME_LEAD", "FREEDOM").token();

        Api.Answer refused = api.put("api/programmes/CARING_DADS/settings", settings(17, caringDads.getJsonNumber("version").longValue())
                .replace("}", ",\"rules\":{\"minRiskLevel\":\"STANDARD\"}}"), freedomLead);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(programme(api.get("api/programmes", freedomLead), "CARING_DADS").getJsonObject("rules").getString("minRiskLevel"))
                .isEqualTo("MEDIUM");
    }

    @Test
    void contradictoryRuleValuesAreRefusedWholeAndNothingChanges() {
        String lead = api.demo("lead");
        JsonObject dart = programme(api.get("api/programmes", lead), "DART");
        String body = settings(dart.getInt("lengthWeeks"), dart.getJsonNumber("version").longValue())
                .replace("}", ",\"rules\":{\"minCapacity\":9,\"maxCapacity\":4}}");

        Api.Answer refused = api.put("api/programmes/DART/settings", body, lead);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("minimum <= default <= maximum");
        JsonObject after = programme(api.get("api/programmes", lead), "DART");
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(dart.getJsonNumber("version").longValue());
        assertThat(after.getJsonObject("rules").getInt("childMinAge")).isEqualTo(7);
        assertThat(after.getJsonObject("rules").getInt("childMaxAge")).isEqualTo(14);
    }

    private static String settings(int lengthWeeks, long version) {
        return "{\"lengthWeeks\":" + lengthWeeks + ",\"sessionMinutes\":120,\"minAttendancePercent\":75,"
                + "\"requiresFinalSession\":true,\"requiresPostQuestionnaire\":false,\"version\":" + version + "}";
    }

    private static JsonObject programme(Api.Answer list, String code) {
        return list.array().getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
