package uk.dap.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238's own test vectors (SHA-1, secret "12345678901234567890"), last six digits, and the rules on top. */
class TotpTest {
    /** "12345678901234567890" in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theCodesAreRfc6238s() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeIsTakenOneStepEitherSideAndNeverTwice() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String previous = Totp.code(RFC_SECRET, step - 1);

        assertThat(Totp.matchingStep(RFC_SECRET, previous, now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)).as("a minute old").isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, previous, now, step - 1)).as("used already").isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void theAddressNamesTheServiceAndThePerson() {
        assertThat(Totp.uri("DAP service", "kay", "ABC")).isEqualTo(
                "otpauth://totp/DAP%20service:kay?secret=ABC&issuer=DAP%20service&algorithm=SHA1&digits=6&period=30");
    }
}
