package uk.dap.server.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.security.application.Caller;
import uk.dap.shared.security.Role;

/**
 * Issues short-lived RS256-signed tokens in the MicroProfile JWT format ({@code upn}, {@code groups} with exactly one
 * role). Payara's MicroProfile JWT verifies them on every request. Lifetime: {@code dap.token.minutes}, default and
 * maximum 30.
 */
@ApplicationScoped
public class TokenIssuer {
    static final int MAX_MINUTES = 30;
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dap.token.minutes", defaultValue = "30")
    int minutes;

    public record Issued(String token, Instant expiresAt) {
    }

    /** How long a staff token lasts, and so a browser session left alone (the web portal). */
    public Duration lifetime() {
        return Duration.ofMinutes(Math.min(Math.max(minutes, 1), MAX_MINUTES));
    }

    /** A kiosk's token. */
    public Issued issue(Caller caller) {
        return issue(caller, null);
    }

    /** A staff member's token, valid while the account stays in {@code generation} (see StaffAccount#disable). */
    public Issued issue(Caller caller, Integer generation) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime());
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", JwtConfigSource.ISSUER)
                .add("jti", UUID.randomUUID().toString())
                .add("sub", caller.username())
                .add("upn", caller.username())
                .add("groups", Json.createArrayBuilder().add(caller.role().name()))
                .add("iat", now.getEpochSecond())
                .add("exp", expires.getEpochSecond());
        if (caller.accountId() != null) {
            claims.add(Caller.ACCOUNT_CLAIM, caller.accountId());
        }
        if (generation != null) {
            claims.add(Caller.GENERATION_CLAIM, generation);
        }
        if (caller.role() == Role.KIOSK) {
            claims.add(Caller.KIOSK_CLAIM, caller.kioskId()).add(Caller.VENUE_CLAIM, caller.venueId());
        }
        return new Issued(sign(claims.build().toString(), TokenKeys.get().getPrivate()), expires);
    }

    /** Compact JWS with RS256: header.payload.signature, each part base64url. */
    public static String sign(String claimsJson, PrivateKey key) {
        String header = B64URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64URL.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
