package uk.dap.server.portal.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The self-referral page's limits: per network address and overall, each over the last hour. */
class SelfReferralLimitsTest {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    private SelfReferralLimits limits(int perAddress, int overall) {
        SelfReferralLimits limits = new SelfReferralLimits();
        limits.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        limits.perAddress = perAddress;
        limits.overall = overall;
        return limits;
    }

    @Test
    void oneAddressIsStoppedAfterItsShareUntilAnHourHasPassed() {
        SelfReferralLimits limits = limits(3, 100);
        assertThat(limits.take("192.0.2.1")).isTrue();
        assertThat(limits.take("192.0.2.1")).isTrue();
        assertThat(limits.take("192.0.2.1")).isTrue();
        assertThat(limits.take("192.0.2.1")).as("a fourth within the hour").isFalse();
        assertThat(limits.take("192.0.2.2")).as("another address is not held up").isTrue();
        now = now.plus(Duration.ofMinutes(61));
        assertThat(limits.take("192.0.2.1")).as("an hour after the first").isTrue();
    }

    @Test
    void everyoneTogetherIsStoppedAtTheOverallLimit() {
        SelfReferralLimits limits = limits(3, 2);
        assertThat(limits.take("192.0.2.1")).isTrue();
        assertThat(limits.take("192.0.2.2")).isTrue();
        assertThat(limits.take("192.0.2.3")).isFalse();
        now = now.plus(Duration.ofMinutes(61));
        assertThat(limits.take("192.0.2.3")).isTrue();
    }
}
