package uk.dap.server.security.infrastructure;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives MicroProfile JWT the key to verify tokens with and the issuer to expect. The key is the one this server
 * generated, so it cannot come from a static file; the ordinal is high so that nothing can point verification at
 * another key by accident.
 */
public class JwtConfigSource implements ConfigSource {
    public static final String ISSUER = "urn:dap:server";
    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String ISSUER_KEY = "mp.jwt.verify.issuer";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY, ISSUER_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, TokenKeys.publicKeyPem(), ISSUER_KEY, ISSUER);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case PUBLIC_KEY -> TokenKeys.publicKeyPem();
            case ISSUER_KEY -> ISSUER;
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "dap-token-keys";
    }

    @Override
    public int getOrdinal() {
        return 900;
    }
}
