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
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI base() {
        return base;
    }

    public void useToken(String bearerToken) {
        this.token = bearerToken;
    }

    public SignedIn signIn(String username, String password) {
        SignedIn signedIn = send("POST", "/api/auth/staff", new StaffSignInRequest(username, password), SignedIn.class);
        useToken(signedIn.token());
        return signedIn;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonb.toJson(body)));
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
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            if (responseType == Void.class || response.body().isEmpty()) {
                return null;
            }
            return jsonb.fromJson(response.body(), responseType);
        }
        throw new ApiException(problemFrom(status, response.body()));
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
