package uk.dap.server.security.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import uk.dap.server.common.Sha256;

/**
 * Random device secrets and enrolment codes, and their hashes. These are long random values, not passwords, so a
 * single SHA-256 is enough to keep them useless if the database leaks.
 */
public final class Secrets {
    /** No 0/O, 1/I/L: the code is read off one screen and typed into another. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String deviceSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Twelve characters in three groups, e.g. {@code K7QP-3MXT-9RWA}: about 59 bits. */
    public static String enrolmentCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Normalises what a person typed (case, spaces, dashes) before hashing, so that "k7qp 3mxt 9rwa" works. */
    static String normaliseCode(String typed) {
        return typed.toUpperCase().replaceAll("[^A-Z0-9]", "");
    }

    /** The stored form of a device secret. */
    public static String secretHash(String deviceSecret) {
        return Sha256.hex(deviceSecret);
    }

    /** The stored form of an enrolment code, however the person typed it. */
    public static String codeHash(String typedCode) {
        return Sha256.hex(normaliseCode(typedCode));
    }

    public static boolean sameHash(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
