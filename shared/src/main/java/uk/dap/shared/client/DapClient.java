package uk.dap.shared.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.api.KioskEnrolment;
import uk.dap.shared.api.KioskIdentity;
import uk.dap.shared.api.KioskSignInRequest;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.SecondFactorOffer;
import uk.dap.shared.api.SecondFactorSetUp;
import uk.dap.shared.api.SignedIn;
import uk.dap.shared.api.StaffSignInRequest;

/**
 * The typed REST client for the service, used by the kiosk and staff client and by tests. Blocking: call it off
 * the Swing event thread. Holds the current bearer token once a sign-in succeeds.
 */
public class DapClient implements AutoCloseable {

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;
    private final Jsonb jsonb = JsonbBuilder.create();
    private volatile String token;

    public DapClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        // HTTP/1.1, not the JDK's default attempt to upgrade a plain connection to HTTP/2 (h2c): under concurrent
        // requests Payara Micro's h2c left requests hanging until they timed out, then closed the connection (GOAWAY).
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public URI base() {
        return base;
    }

    public void useToken(String bearerToken) {
        this.token = bearerToken;
    }

    public SignedIn signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /** Signs in with the code of a second factor too (null without one). */
    public SignedIn signIn(String username, String password, String code) {
        SignedIn signedIn = send("POST", "/api/auth/staff", new StaffSignInRequest(username, password, code), SignedIn.class);
        useToken(signedIn.token());
        return signedIn;
    }

    /** A new secret for setting up a second factor, for someone whose password is right and who has none yet. */
    public SecondFactorOffer offerSecondFactor(String username, String password) {
        return send("POST", "/api/auth/staff/second-factor", new StaffSignInRequest(username, password, null), SecondFactorOffer.class);
    }

    /** Sets up the offered second factor with a code the app made from it, and signs in. */
    public SecondFactorSetUp confirmSecondFactor(String username, String password, String code) {
        SecondFactorSetUp setUp = send("POST", "/api/auth/staff/second-factor/confirmation", new StaffSignInRequest(username, password, code),
                SecondFactorSetUp.class);
        useToken(setUp.signedIn().token());
        return setUp;
    }

    public SignedIn kioskSignIn(KioskCredential credential) {
        SignedIn signedIn = send("POST", "/api/auth/kiosk",
                new KioskSignInRequest(credential.kioskId(), credential.deviceSecret()), SignedIn.class);
        useToken(signedIn.token());
        return signedIn;
    }

    public KioskCredential enrolKiosk(String enrolmentCode) {
        return send("POST", "/api/kiosk-enrolments", new KioskEnrolment(enrolmentCode), KioskCredential.class);
    }

    public CurrentUser me() {
        return send("GET", "/api/me", null, CurrentUser.class);
    }

    public KioskIdentity kioskIdentity() {
        return send("GET", "/api/kiosk/me", null, KioskIdentity.class);
    }

    public List<ProgrammeView> programmes() {
        return send("GET", "/api/programmes", null, listOf(ProgrammeView.class));
    }

    /** The type {@code List<element>}, for {@link #send} calls that answer a JSON array. */
    public static Type listOf(Class<?> element) {
        return new ParameterizedListType(element);
    }

    /** True when the server answers its readiness check; never throws. */
    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(timeout).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends one request and maps the answer: a record on 2xx, {@link ApiException} on an error answer. */
    public <T> T send(String method, String path, Object body, Type responseType) {
        HttpResponse<String> response = exchange(method, path, body, "application/json", HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            if (responseType == Void.class || response.body().isEmpty()) {
                return null;
            }
            return jsonb.fromJson(response.body(), responseType);
        }
        throw new ApiException(problemFrom(status, response.body()));
    }

    /**
     * Sends one request that answers a file rather than JSON (a PDF, an XLSX, a CSV). The body, if any, is sent as
     * JSON; an error answer (problem+json) becomes an {@link ApiException} as with {@link #send}.
     */
    public Download download(String method, String path, Object body) {
        HttpResponse<byte[]> response = exchange(method, path, body, "*/*", HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Download(fileNameOf(response.headers().firstValue("Content-Disposition").orElse(null)),
                    response.headers().firstValue("Content-Type").orElse("application/octet-stream"), response.body());
        }
        throw new ApiException(problemFrom(status, new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Sends a file as the body (an import's CSV or XLSX), read from disk as it goes, telling {@code sent} how many bytes
     * have gone so far, and maps the answer as {@link #send} does. No time limit once connected: a service's ten years
     * take minutes to check.
     */
    public <T> T upload(String path, java.nio.file.Path file, String contentType, java.util.function.LongConsumer sent, Type responseType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> counted(file, sent)),
                        fileSize(file)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServerUnreachableException("The server at " + base + " cannot be reached.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("Interrupted while waiting for the server.", e);
        }
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            return jsonb.fromJson(response.body(), responseType);
        }
        throw new ApiException(problemFrom(response.statusCode(), response.body()));
    }

    private static long fileSize(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.io.InputStream counted(java.nio.file.Path file, java.util.function.LongConsumer sent) {
        try {
            return new java.io.FilterInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        sent.accept(++count);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        sent.accept(count += n);
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One request with the caller's token and a JSON body if any; an unreachable server is a {@link ServerUnreachableException}. */
    private <B> HttpResponse<B> exchange(String method, String path, Object body, String accept, HttpResponse.BodyHandler<B> handler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonb.toJson(body)));
        }
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new ServerUnreachableException("The server at " + base + " cannot be reached.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException("Interrupted while waiting for the server.", e);
        }
    }

    /** The file name from {@code attachment; filename="report.pdf"} (or {@code filename*=UTF-8''...}); null if none. */
    static String fileNameOf(String contentDisposition) {
        if (contentDisposition == null) {
            return null;
        }
        String plain = null;
        for (String part : contentDisposition.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = p.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT);
            String value = p.substring(eq + 1).trim();
            if (key.equals("filename*")) {
                int quote = value.indexOf("''");
                String encoded = quote >= 0 ? value.substring(quote + 2) : value;
                return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (key.equals("filename")) {
                plain = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return plain;
    }

    private Problem problemFrom(int status, String body) {
        try {
            Problem problem = jsonb.fromJson(body, Problem.class);
            if (problem != null && problem.status() != 0) {
                return problem;
            }
        } catch (RuntimeException notJson) {
            // Fall through: something between us and the server answered, not the service itself.
        }
        return new Problem("about:blank", "HTTP " + status, status, "The server answered with status " + status + ".", null, null);
    }

    @Override
    public void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // Nothing useful to do while closing.
        }
    }

    /** A {@code List<T>} type for JSON-B without pulling in a generics helper. */
    private record ParameterizedListType(Type element) implements java.lang.reflect.ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
