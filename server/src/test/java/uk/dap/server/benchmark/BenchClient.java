package uk.dap.server.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmarks' HTTP client: one request at a time, as a user's screen sends them, failing on any error answer. */
final class BenchClient {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    BenchClient(URI base) {
        this.base = base;
    }

    /** Signs a demo account in (its password is its name and "-pw") and returns the bearer token. */
    String signIn(String user) throws IOException, InterruptedException {
        String answer = send("POST", "api/auth/staff", "{\"username\":\"" + user + "\",\"password\":\"" + user + "-pw\"}", null);
        Matcher m = TOKEN.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + answer);
        }
        return m.group(1);
    }

    int statusOf(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String send(String method, String path, String token) throws IOException, InterruptedException {
        return send(method, path, method.equals("POST") ? "" : null, token);
    }

    String send(String method, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Content-Type", path.startsWith("api/bench/statistics") ? "text/plain" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
