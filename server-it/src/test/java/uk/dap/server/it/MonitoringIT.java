package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 14: Payara's /metrics (heap, threads, pool names) answered anyone. Now only the monitoring credential
 * sees it, and /health tells anyone else UP or DOWN and nothing more.
 */
class MonitoringIT extends ServerIT {
    @Test
    void metricsAreForTheMonitoringCredentialOnly() throws Exception {
        Api.Answer anonymous = api.get("metrics", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.body()).doesNotContain("memory").doesNotContain("thread");
        assertThat(api.get("metrics", api.demo("admin")).status()).as("a staff token, even an administrator's").isEqualTo(401);
        assertThat(monitoring("metrics", "not-the-credential").statusCode()).isEqualTo(401);

        assertThat(monitoring("metrics", MONITORING_TOKEN).body()).contains("memory");
    }

    @Test
    void healthTellsAnyoneElseUpOrDownAndNothingMore() throws Exception {
        for (String path : new String[] {"health", "health/ready", "health/live"}) {
            Api.Answer anonymous = api.get(path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(200);
            assertThat(anonymous.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(monitoring("health/ready", MONITORING_TOKEN).body()).contains("\"checks\"").contains("database");
    }

    /** A GET with the monitoring credential, as a monitoring system sends it: HTTP Basic, user "monitoring". */
    private HttpResponse<String> monitoring(String path, String credential) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("monitoring:" + credential).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(path)).header("Authorization", "Basic " + basic)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
