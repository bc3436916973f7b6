package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Query parameters are read by one strict converter (QueryParameters): a date, a whole number or true/false that is not
 * one is a 400 problem naming the parameter, never a 404 nor a value quietly read as another (31 February, "yes").
 */
class QueryParametersIT extends ServerIT {

    @Test
    void aParameterThatIsNotWhatItShouldBeIsA400NamingIt() {
        Cases cases = new Cases(api);
        String lead = api.demo("lead");
        long someone = cases.participant(lead, "Query", "FEMALE", LocalDate.of(1991, 1, 1));
        Map<String, String> refused = Map.of(
                "api/participants?dateOfBirth=1985-02-31", "dateOfBirth",
                "api/participants?dateOfBirth=31/02/1985", "dateOfBirth",
                "api/participants/" + someone + "/notes?sensitive=yes", "sensitive",
                "api/participants/" + someone + "/notes?from=yesterday", "from",
                "api/reports/completion?cohort=18446744073709551617", "cohort",
                "api/reports/completion?cohort=1.9", "cohort",
                "api/reports/completion?programme=FREEDOM&from=2026-01-01&to=2026-12-31&suppress=1", "suppress");
        refused.forEach((query, parameter) -> {
            Api.Answer answer = api.get(query, lead);
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
            assertThat(answer.json().getString("detail")).as(query).startsWith("'" + parameter + "': give ");
        });
        assertThat(api.get("api/participants?dateOfBirth=1991-01-01&name=Query", lead).status()).as("a good one still works").isEqualTo(200);
        assertThat(api.get("api/participants/" + someone + "/notes?sensitive=false&from=", lead).status()).as("blank is absent").isEqualTo(200);
    }
}
