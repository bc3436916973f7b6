package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a person is found by the start of any word of their name, in any order, whatever the case, accents and
 * apostrophes; the search reads a word index instead of every name (see the screen benchmark for the figures).
 */
class ParticipantSearchIT extends ServerIT {

    /**
     * Random letters for a name no other test makes. (The letters of a random UUID were used before: now and then a UUID
     * has fewer than eight of them, and the test failed on its own set-up.)
     */
    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void aPersonIsFoundByTheStartOfAnyWordOfTheirNameInAnyOrder() {
        String lead = api.demo("lead");
        String unique = "Qz" + letters(8);
        long zoe = new Cases(api).participant(lead, """
                {"firstName":"Zoë","lastName":"%s O'Neill-Fakename","dateOfBirth":"1990-05-06","gender":"FEMALE","confirmedDifferentPerson":true}
                """.formatted(unique));

        for (String typed : List.of(unique, unique.substring(0, 4) + " zoe", "ZOE " + unique.toLowerCase(), unique + " o'neill",
                unique + " oneill", unique + " neill fake", unique + " oneillfakename")) {
            assertThat(found(typed, lead)).as(typed).containsExactly(zoe);
        }
        for (String typed : List.of(unique.substring(1), unique + " eill", unique + " zoey", unique + " akename")) {
            assertThat(found(typed, lead)).as("%s: a word must start with what was typed", typed).isEmpty();
        }
    }

    @Test
    void aSearchThatMatchesTwoWordsOfOneNameListsThePersonOnce() {
        String lead = api.demo("lead");
        String unique = "Qy" + letters(8);
        long twice = new Cases(api).participant(lead, """
                {"firstName":"%1$s","lastName":"%1$sson","dateOfBirth":"1991-05-06","gender":"FEMALE","confirmedDifferentPerson":true}
                """.formatted(unique));

        assertThat(found(unique, lead)).containsExactly(twice);
    }

    private List<Long> found(String typed, String token) {
        return api.get("api/participants?name=" + URLEncoder.encode(typed, StandardCharsets.UTF_8), token).array()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
    }
}
