package uk.dap.kiosk.kiosk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The PIN that opened today's session, kept only in memory and only as a salted PBKDF2 hash, so that the kiosk can be
 * unlocked by that facilitator while the server cannot be reached. Never written to disk. After five wrong tries it
 * refuses every try for a minute.
 */
final class PinCheck {
    private static final int ITERATIONS = 60_000;
    private static final int MAX_FAILURES = 5;
    private static final long LOCK_NANOS = 60_000_000_000L;

    private final String username;
    private final byte[] salt = new byte[16];
    private final byte[] hash;
    private int failures;
    private long lockedUntil;

    PinCheck(String username, char[] pin) {
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        new SecureRandom().nextBytes(salt);
        this.hash = hash(pin, salt);
    }

    synchronized boolean matches(String typedUsername, char[] typedPin) {
        if (lockedUntil != 0 && System.nanoTime() - lockedUntil < 0) {
            return false;
        }
        boolean right = username.equals(typedUsername.trim().toLowerCase(java.util.Locale.ROOT))
                & MessageDigest.isEqual(hash, hash(typedPin, salt));
        if (right) {
            failures = 0;
        } else if (++failures >= MAX_FAILURES) {
            failures = 0;
            lockedUntil = System.nanoTime() + LOCK_NANOS;
        }
        return right;
    }

    private static byte[] hash(char[] pin, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
