package uk.dap.server.security.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Slow salted password hashes: Jakarta Security's PBKDF2 with HMAC-SHA-512, 210,000 iterations, 32-byte salt
 * (OWASP's 2023 figure for this algorithm). The parameters travel inside each stored hash, so raising them later
 * leaves old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {
    @Inject
    Pbkdf2PasswordHash pbkdf2;
    private volatile String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends the same time as a real check when the username is unknown, so that response times do not tell
     * an attacker which usernames exist; never a match.
     */
    public boolean spendTimeOnUnknownUser(String password) {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hash("decoy-password-never-matches");
            decoyHash = decoy;
        }
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
