package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, bad input. Items 1 and 4: a boolean is JSON true or false and a whole number a JSON number that fits, with
 * no fraction; anything else is a 400 naming the field, and nothing is stored. Before, "yes" made a confidential
 * address not confidential, and 1.5 places made a cohort of 1. Item 8: a search for "_" or "%" finds names with that
 * character, not everyone.
 */
class BadInputIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aBooleanThatIsNotTrueOrFalseIsRefusedNamingTheFieldAndNothingIsStored() {
        String lead = api.demo("lead");
        for (String value : List.of("\"yes\"", "1", "\"maybe\"", "\"true\"")) {
            Api.Answer answer = api.post("api/participants", """
                    {"firstName":"Strict","lastName":"Boolean-%d","dateOfBirth":"1990-01-01","gender":"FEMALE",
                     "contact":{"address":"1 Fictional Street"},"contactConfidential":%s,"confirmedDifferentPerson":true}
                    """.formatted(value.hashCode() & 0xffff, value), lead);
            assertThat(answer.status()).as(value).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("contactConfidential");
            assertThat(answer.json().getString("detail")).isEqualTo("'contactConfidential': Give true or false, without quotes. Nothing was saved.");
        }
        assertThat(api.get("api/participants?name=Strict", lead).array().getValuesAs(JsonObject.class))
                .as("none of them was stored").noneMatch(p -> p.getString("lastName", "").startsWith("Boolean-"));
    }

    @Test
    void aWholeNumberWithAFractionOrTooLargeIsRefusedNamingTheField() {
        Cases cases = new Cases(api);
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        long venue = cases.venue("Strict Rooms");
        long facilitator = cases.account("FACILITATOR").id();
        for (String capacity : List.of("1.5", "\"12\"", "99999999999", "1e400")) {
            Api.Answer answer = api.post("api/cohorts", """
                    {"programme":"FREEDOM","venueId":%d,"startDate":"%s","startTime":"10:00","capacity":%s,"facilitatorIds":[%d]}
                    """.formatted(venue, TODAY.plusWeeks(3), capacity, facilitator), lead.token());
            assertThat(answer.status()).as(capacity).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(capacity).isEqualTo("capacity");
        }
        Api.Answer wrapped = api.post("api/cohorts", """
                {"programme":"FREEDOM","venueId":18446744073709551617,"startDate":"%s","startTime":"10:00","facilitatorIds":[%d]}
                """.formatted(TODAY.plusWeeks(3), facilitator), lead.token());
        assertThat(wrapped.status()).as("2^64 + 1 is not venue 1").isEqualTo(400);
        assertThat(wrapped.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("venueId");
        assertThat(api.get("api/cohorts?programme=FREEDOM", lead.token()).array().getValuesAs(JsonObject.class))
                .as("no cohort was made at the venue").noneMatch(c -> c.getJsonNumber("venueId") != null && c.getJsonNumber("venueId").longValue() == venue);
        Api.Answer whole = api.post("api/cohorts", """
                {"programme":"FREEDOM","venueId":%d,"startDate":"%s","startTime":"10:00","capacity":12.0,"facilitatorIds":[%d]}
                """.formatted(venue, TODAY.plusWeeks(3), facilitator), lead.token());
        assertThat(whole.status()).as("12.0 is twelve").isEqualTo(201);
    }

    @Test
    void aSearchForAWildcardFindsNoOneRatherThanEveryone() {
        String lead = api.demo("lead");
        Cases cases = new Cases(api);
        cases.participant(lead, "Under_score", "FEMALE", LocalDate.of(1991, 1, 1));
        assertThat(api.get("api/participants?name=_", lead).array()).as("a search is by words; '_' has none").isEmpty();
        assertThat(api.get("api/participants?name=%25", lead).array()).as("nor has '%'").isEmpty();
        assertThat(api.get("api/participants?name=score", lead).array().getValuesAs(JsonObject.class))
                .as("the name is found by its words").anySatisfy(p -> assertThat(p.getString("firstName")).isEqualTo("Under_score"));
    }

    /** Item 13: no answer of the API may be kept by a cache or sniffed as another type, errors included. */
    @Test
    void everyAnswerForbidsCachingAndTypeSniffing() throws Exception {
        String lead = api.demo("lead");
        for (String path : List.of("api/participants?name=Sam", "api/programmes", "api/participants/999999999")) {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(base.toURI().resolve(path)).header("Authorization", "Bearer " + lead).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    /**
     * Item 6: text that could hide what it says (a right-to-left override makes a name read backwards; NUL and escape
     * sequences) is refused, naming the field; newlines and tabs in a note are kept.
     */
    @Test
    void textThatCouldHideWhatItSaysIsRefusedAndANotesNewlinesAreKept() {
        String lead = api.demo("lead");
        Api.Answer reversed = api.post("api/participants", """
                {"firstName":"Ann\\u202Eevil","lastName":"Override","dateOfBirth":"1990-01-01","gender":"FEMALE","confirmedDifferentPerson":true}
                """, lead);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("firstName");
        assertThat(reversed.json().getString("detail")).contains("U+202E");

        Api.Answer nested = api.post("api/participants", """
                {"firstName":"Ann","lastName":"Nested","dateOfBirth":"1990-01-01","gender":"FEMALE","confirmedDifferentPerson":true,
                 "contact":{"address":"1 Fictional\\u202E Street"}}
                """, lead);
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.json().getJsonArray("errors").getJsonObject(0).getString("field")).as("the field inside the object").isEqualTo("contact.address");

        long participant = new Cases(api).participant(lead, "Plain", "FEMALE", LocalDate.of(1990, 1, 1));
        Api.Answer nul = api.post("api/participants/" + participant + "/notes", """
                {"type":"PHONE_CALL","occurredOn":"%s","text":"before\\u0000after"}
                """.formatted(TODAY), lead);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
        Api.Answer escape = api.post("api/participants/" + participant + "/notes", """
                {"type":"PHONE_CALL","occurredOn":"%s","text":"\\u001b[31mred"}
                """.formatted(TODAY), lead);
        assertThat(escape.status()).isEqualTo(400);
        Api.Answer lines = api.post("api/participants/" + participant + "/notes", """
                {"type":"PHONE_CALL","occurredOn":"%s","text":"first line\\nsecond\\tafter a tab"}
                """.formatted(TODAY), lead);
        assertThat(lines.status()).as(lines.body()).isEqualTo(201);
        assertThat(api.get("api/participants/" + participant + "/notes", lead).body()).contains("first line\\nsecond\\tafter a tab");
    }

    /** Item 9: a query parameter that is not a whole number in its documented range is a 400 naming it, not a 404 or a guess. */
    @Test
    void aBadLimitIsRefusedNamingIt() {
        String admin = api.demo("admin");
        for (String limit : List.of("abc", "0", "-1", "1001", "1.5")) {
            Api.Answer answer = api.get("api/audit?limit=" + limit, admin);
            assertThat(answer.status()).as(limit).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(limit).isEqualTo("limit");
        }
        assertThat(api.get("api/audit?limit=3", admin).array()).hasSize(3);
    }

    /** Item 6: a single-line field (a name, a room) refuses line breaks and tabs; a note keeps them (above). */
    @Test
    void aLineBreakInANameIsRefusedNamingIt() {
        String lead = api.demo("lead");
        for (String name : List.of("Ann\\nSecond-line", "Ann\\tTabbed", "Ann\\rReturn")) {
            Api.Answer answer = api.post("api/participants", """
                    {"firstName":"%s","lastName":"Single-Line","dateOfBirth":"1990-01-01","gender":"FEMALE","confirmedDifferentPerson":true}
                    """.formatted(name), lead);
            assertThat(answer.status()).as(name).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("firstName");
            assertThat(answer.json().getString("detail")).contains("one line");
        }
        assertThat(api.get("api/participants?name=Single-Line", lead).array()).as("nothing was stored").isEmpty();
    }

    /**
     * Items 2 and 3: a date outside 1900-2099, or outside its field's range, is a 400 naming the field. Before, a year
     * over 9999 answered 500 and 1582-10-10 came back as 1582-10-20.
     */
    @Test
    void aDateOutOfRangeIsRefusedNamingTheFieldInsteadOfFailingOrChanging() {
        String lead = api.demo("lead");
        for (String birth : List.of("+99999-12-31", "1582-10-10", "0000-06-15", "1899-12-31", TODAY.plusDays(1).toString(), "1990-02-30", "1990-1-1")) {
            Api.Answer answer = api.post("api/participants", """
                    {"firstName":"Dated","lastName":"Out-Of-Range","dateOfBirth":"%s","gender":"FEMALE","confirmedDifferentPerson":true}
                    """.formatted(birth), lead);
            assertThat(answer.status()).as(birth).isEqualTo(400);
            assertThat(answer.contentType()).as(birth).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(birth).isEqualTo("dateOfBirth");
        }
        assertThat(api.get("api/participants?name=Out-Of-Range", lead).array()).as("nothing was stored").isEmpty();

        String admin = api.demo("admin");
        for (String day : List.of("+99999-12-31", TODAY.plusYears(6).toString(), TODAY.minusYears(3).toString())) {
            Api.Answer closure = api.post("api/closure-dates", "{\"date\":\"%s\",\"description\":\"Far off\"}".formatted(day), admin);
            assertThat(closure.status()).as(day).isEqualTo(400);
            assertThat(closure.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(day).isEqualTo("date");
        }
        Api.Answer report = api.get("api/reports/completion?from=%2B99999-01-01", lead);
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("from");
    }

    /** Item 9: a path id that is not a whole number that fits is a 400 naming it, not a 404 (nor another record). */
    @Test
    void aBadIdInThePathIsRefusedNamingIt() {
        String lead = api.demo("lead");
        for (String id : List.of("abc", "18446744073709551617", "1.5")) {
            Api.Answer answer = api.get("api/participants/" + id, lead);
            assertThat(answer.status()).as(id).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(id).isEqualTo("id");
        }
    }

    /** Item 7: a body over 1 MB is refused with 413 problem+json before it is read, with or without a declared length. */
    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        String lead = api.demo("lead");
        String big = "{\"firstName\":\"" + "x".repeat(1_100_000) + "\"}";
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/participants"))
                .header("Authorization", "Bearer " + lead).header("Content-Type", "application/json");
        java.net.http.HttpResponse<String> declared = client.send(request.POST(java.net.http.HttpRequest.BodyPublishers.ofString(big)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> chunked = client.send(request.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        for (java.net.http.HttpResponse<String> answer : List.of(declared, chunked)) {
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("1 MB");
        }
    }
}
