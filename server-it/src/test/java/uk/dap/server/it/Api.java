package uk.dap.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Plain HTTP against the real server, so tests see exactly what a client sees: status, media type, body. */
final class Api {
    static final Path IT_DIR = Path.of(System.getProperty("it.dir", "target/it"));
    // HTTP/1.1, as the staff client and the kiosk speak it (DapClient).
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    Api(URL deploymentUrl) {
        this.base = URI.create(deploymentUrl.toString().endsWith("/") ? deploymentUrl.toString() : deploymentUrl + "/");
    }

    record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        /** A header's value, or "" when the answer has none. */
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        /** The problem's stable type, for error answers. */
        String problemType() {
            return json().getString("type");
        }
    }

    /** A file the server sends: its bytes, with the headers a browser would use to save it. */
    record Download(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    Download download(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, null, token);
    }

    /** POSTs a file as the body, in the media type {@code contentType} (an import's CSV or XLSX). */
    Answer upload(String path, byte[] file, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(file));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request);
    }

    /** A GET that may take longer than a request should, for a document the server builds on first asking. */
    Answer get(String path, String token, Duration patience) {
        return send("GET", path, null, token, patience, null);
    }

    /** As {@link #get(String, String, Duration)}, asking for the answer in the media type {@code accept}. */
    Answer get(String path, String token, Duration patience, String accept) {
        return send("GET", path, null, token, patience, accept);
    }

    Answer post(String path, String json, String token) {
        return send("POST", path, json, token);
    }

    Answer delete(String path, String token) {
        return send("DELETE", path, null, token);
    }

    Answer put(String path, String json, String token) {
        return send("PUT", path, json, token);
    }

    Answer send(String method, String path, String json, String token) {
        return send(method, path, json, token, Duration.ofSeconds(30), null);
    }

    private Answer send(String method, String path, String json, String token, Duration timeout, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return exchange(request);
    }

    private static Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs a member of staff in and returns the bearer token; fails the test if sign-in fails. */
    String signIn(String username, String password) {
        Answer answer = post("api/auth/staff", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (answer.status() != 200) {
            throw new AssertionError("Sign-in as " + username + " failed: " + answer.status() + " " + answer.body());
        }
        return answer.json().getString("token");
    }

    /**
     * A token for one of the demo accounts the integration server is seeded with (dap.demo=true; each password is
     * username + "-pw"). Signed in once per account and reused for 20 minutes (a token lasts 30): a sign-in is a
     * deliberately slow password hash, about a quarter of a second of the server's CPU, and the tests asked for a demo
     * token hundreds of times. Tests of signing in itself call {@link #signIn}.
     */
    String demo(String who) {
        String key = base + " " + who;
        DemoToken cached = DEMO_TOKENS.get(key);
        if (cached != null && cached.signedInAt().isAfter(Instant.now().minus(Duration.ofMinutes(20)))) {
            return cached.token();
        }
        String token = signIn("demo-" + who, "demo-" + who + "-pw");
        DEMO_TOKENS.put(key, new DemoToken(token, Instant.now()));
        return token;
    }

    private record DemoToken(String token, Instant signedInAt) {
    }

    private static final Map<String, DemoToken> DEMO_TOKENS = new ConcurrentHashMap<>();
}
