package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** A history brought in through the import (docs/import.md), as a lead would: for tests that need records with real past dates. */
record Histories(Api api, String token) {
    /** Letters made up for one test run, so that its references and names are its own. */
    static String letters(String start) {
        StringBuilder letters = new StringBuilder(start);
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    /** Commits the file and checks that it made {@code created} records. */
    JsonObject commit(String kind, String csv, long created) {
        Api.Answer answer = api.upload("api/imports/" + kind + "?commit=true&fileName=" + kind + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", token);
        assertThat(answer.status()).as(kind + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.json().getJsonNumber("created").longValue()).as(kind + " created: " + answer.body()).isEqualTo(created);
        return answer.json();
    }

    /** The id of the person made from the row with this service reference, found by their (unique) last name. */
    long personId(String lastName) {
        return api.get("api/participants?name=" + lastName, token).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("lastName").equals(lastName)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
