package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "done means": every operation of the OpenAPI document, sent malformed, wrong-typed, oversized and
 * out-of-range values as a lead and as an administrator, answers a 4xx problem+json (never a 5xx, never a success), and
 * nothing is stored: no successful write is audited for either of them meanwhile.
 */
class OpenApiWalkIT extends ServerIT {
    private static final List<String> BAD_IDS = List.of("abc", "18446744073709551617", "1.5", "-1");
    private static final List<String> BAD_BODIES = List.of("{", "[]", "\"text\"", "42", "{\"notAField\":1}", "{\"a\":\"\\u0000\"}");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Test
    void everyOperationRefusesBadInputWithAProblemAndStoresNothing() throws Exception {
        JsonObject document = openApiDocument();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        String lead = api.demo("lead");
        String admin = api.demo("admin");
        long since = api.get("api/audit?limit=1", admin).array().getJsonObject(0).getJsonNumber("seq").longValue();
        List<String> failures = new ArrayList<>();
        int tried = 0;

        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey();
                JsonObject spec = operation.getValue().asJsonObject();
                boolean hasPathId = path.getKey().contains("{");
                JsonValue requestBody = spec.get("requestBody");
                List<String[]> requests = new ArrayList<>();  // path, body
                for (String bad : BAD_IDS) {
                    if (hasPathId) {
                        requests.add(new String[] {path.getKey().replaceAll("\\{[^}]+}", bad), WRITES.contains(method) && !method.equals("delete") ? "{}" : null});
                    }
                }
                for (String query : queryParameters(spec)) {
                    requests.add(new String[] {path.getKey().replaceAll("\\{[^}]+}", "1") + "?" + query + "=" + URLEncoder.encode("+99999-01-01", StandardCharsets.UTF_8), null});
                }
                if (requestBody != null && WRITES.contains(method)) {
                    String at = path.getKey().replaceAll("\\{[^}]+}", "1");
                    BAD_BODIES.forEach(body -> requests.add(new String[] {at, body}));
                    for (Map.Entry<String, JsonValue> property : properties(requestBody.asJsonObject(), schemas).entrySet()) {
                        // Values wrong for a field of any type (a string would be a fine name), and a date out of range.
                        List<String> values = new ArrayList<>(List.of("{\"nested\":[]}", "1e400", "[[]]"));
                        if (property.getValue() instanceof JsonObject type && "date".equals(type.getString("format", ""))) {
                            values.add("\"+99999-12-31\"");
                        }
                        for (String value : values) {
                            requests.add(new String[] {at, "{\"" + property.getKey() + "\":" + value + "}"});
                        }
                    }
                    requests.add(new String[] {at, "{\"x\":\"" + "y".repeat(1_100_000) + "\"}"});
                }
                for (String[] request : requests) {
                    for (String token : request[1] != null && request[1].length() > 100_000 ? List.of(lead) : List.of(lead, admin)) {
                        tried++;
                        Api.Answer answer = api.send(method.toUpperCase(), request[0].substring(1), request[1], token);
                        String what = method.toUpperCase() + " " + request[0] + " " + abbreviated(request[1]) + " -> " + answer.status();
                        if (answer.status() >= 500 || answer.status() < 400 && request[1] != null) {
                            failures.add(what + " " + abbreviated(answer.body()));
                        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                            failures.add(what + " not problem+json: " + (answer.contentType().isEmpty() ? "none" : answer.contentType()));
                        }
                    }
                }
            }
        }

        assertThat(tried).as("requests tried").isGreaterThan(1000);
        assertThat(failures).as("answers to bad input that were not a 4xx problem").isEmpty();
        List<String> written = api.get("api/audit?limit=1000", admin).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("seq").longValue() > since && "SUCCESS".equals(e.getString("outcome", ""))
                        && Set.of("demo-lead", "demo-admin").contains(e.getString("actor", ""))
                        && !e.getString("action", "").matches("(READ|SEARCH|LIST|VERIFY|EXPORT|VIEW).*"))
                .map(e -> e.getString("action") + " " + e.getString("recordType", "")).toList();
        assertThat(written).as("writes that succeeded during the walk").isEmpty();
    }

    /**
     * The OpenAPI document, whole. Payara builds it on first asking, which takes a while, and in a full run an early
     * answer came back without its schemas: asked again until it has them.
     */
    private JsonObject openApiDocument() throws Exception {
        JsonObject document = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            document = Json.createReader(new StringReader(api.get("openapi", null, Duration.ofMinutes(2), "application/json").body())).readObject();
            if (document.containsKey("components") && document.getJsonObject("components").containsKey("schemas")
                    && document.getJsonObject("paths").size() > 50) {
                return document;
            }
            Thread.sleep(5_000);
        }
        throw new AssertionError("The OpenAPI document has no schemas or too few paths: " + abbreviated(String.valueOf(document)));
    }

    private static List<String> queryParameters(JsonObject operation) {
        List<String> names = new ArrayList<>();
        if (operation.containsKey("parameters")) {
            for (JsonValue p : operation.getJsonArray("parameters")) {
                if ("query".equals(p.asJsonObject().getString("in", ""))) {
                    names.add(p.asJsonObject().getString("name"));
                }
            }
        }
        return names;
    }

    /** The top-level properties of the request body's schema (name to schema), following one $ref. */
    private static Map<String, JsonValue> properties(JsonObject requestBody, JsonObject schemas) {
        JsonObject content = requestBody.getJsonObject("content");
        if (content == null || content.isEmpty()) {
            return Map.of();
        }
        JsonObject schema = content.values().iterator().next().asJsonObject().getJsonObject("schema");
        if (schema != null && schema.containsKey("$ref")) {
            schema = schemas.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length()));
        }
        return schema == null || !schema.containsKey("properties") ? Map.of() : schema.getJsonObject("properties");
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
