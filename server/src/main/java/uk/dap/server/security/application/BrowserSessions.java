package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.dap.server.common.Sha256;
import uk.dap.server.security.infrastructure.TokenIssuer;

/**
 * The web portal's signed-in browsers. A session is a random id in a cookie (the cookie holds nothing else); it ends
 * when its holder signs out, or after a token's lifetime ({@link TokenIssuer#lifetime()}) without a request. Kept in
 * memory, under the id's SHA-256: a restart signs everyone out, which for a half-hour session is a small price for
 * never writing a session to disk. Whether the account is still allowed in is checked on every request as for a token
 * ({@link CredentialCheck}), so disabling an account ends its browser sessions at once.
 */
@ApplicationScoped
public class BrowserSessions {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    Clock clock;
    @Inject
    TokenIssuer tokens;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One signed-in browser. */
    public static final class Session {
        private final Caller caller;
        private final int generation;
        private final String displayName;
        private volatile Instant lastUsed;
        /** What the holder is part-way through (a referral being made): kept only as long as the session. */
        private final Map<String, Object> work = new ConcurrentHashMap<>();

        Session(Caller caller, int generation, String displayName, Instant lastUsed) {
            this.caller = caller;
            this.generation = generation;
            this.displayName = displayName;
            this.lastUsed = lastUsed;
        }

        public Caller caller() {
            return caller;
        }

        public int generation() {
            return generation;
        }

        public String displayName() {
            return displayName;
        }

        /** The work in progress under this name, made by {@code start} the first time it is asked for. */
        public <T> T work(String name, Class<T> type, java.util.function.Supplier<T> start) {
            return type.cast(work.computeIfAbsent(name, k -> start.get()));
        }

        public void endWork(String name) {
            work.remove(name);
        }

        /** When the session ends if nothing more is asked of it. */
        public Instant endsAt(Duration idle) {
            return lastUsed.plus(idle);
        }
    }

    /** Starts a session for someone who has just signed in; the answer is the cookie's value. */
    public String start(StaffSignIn.BrowserSignIn signedIn) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !s.endsAt(idle()).isAfter(now));
        String id = randomId();
        sessions.put(Sha256.hex(id), new Session(signedIn.caller(), signedIn.generation(), signedIn.displayName(), now));
        return id;
    }

    /** The live session a cookie names, now used again; empty when it has ended or never was. */
    public Optional<Session> use(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String key = Sha256.hex(id);
        Session session = sessions.get(key);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (!session.endsAt(idle()).isAfter(now)) {
            sessions.remove(key);
            return Optional.empty();
        }
        session.lastUsed = now;
        return Optional.of(session);
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(Sha256.hex(id));
        }
    }

    /** How long a session lasts without a request: as long as a staff token. */
    public Duration idle() {
        return tokens.lifetime();
    }

    /** A fresh random value for a cookie (256 bits). */
    public String randomId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return B64URL.encodeToString(bytes);
    }
}
