package uk.dap.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.dap.server.security.domain.StaffAccount;
import uk.dap.shared.security.Role;

/** The account's own rules: lock-out after repeated failures, and which tokens a disabled account still accepts. */
class StaffAccountTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.700Z");

    private static StaffAccount account() {
        return new StaffAccount("kay", "Kay Fictional", Role.KEY_WORKER, "hash", NOW.minusSeconds(3600));
    }

    @Test
    void theFifthFailureInARowLocksForTheGivenTime() {
        StaffAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(account.isLocked(NOW)).isFalse();
        account.recordFailedSignIn(NOW, 5, Duration.ofMinutes(15));
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void disablingStopsEveryEarlierTokenForGoodWhileTokensIssuedAfterTheEnableWork() {
        StaffAccount account = account();
        int before = account.tokenGeneration();
        assertThat(account.acceptsTokenOfGeneration(before)).isTrue();

        account.disable();
        assertThat(account.acceptsTokenOfGeneration(before)).isFalse();
        assertThat(account.acceptsTokenOfGeneration(account.tokenGeneration())).as("while disabled").isFalse();
        account.enable();

        assertThat(account.acceptsTokenOfGeneration(before)).as("a token from before the disable").isFalse();
        assertThat(account.acceptsTokenOfGeneration(account.tokenGeneration())).as("a token issued after the enable, in any second").isTrue();
    }
}
