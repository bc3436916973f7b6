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

    @Test
    void aRefusedSelfReferralDoesNotUseUpHerHour() {
        SelfReferralLimits limits = limits(1, 100);
        assertThat(limits.take("192.0.2.1")).isTrue();
        limits.giveBack("192.0.2.1");
        assertThat(limits.take("192.0.2.1")).isTrue();
        assertThat(limits.take("192.0.2.1")).isFalse();
    }

    @Test
    void oneAddressStartsAtMostItsShareOfDrafts() {
        SelfReferralLimits limits = limits(3, 100);
        for (int i = 0; i < limits.startsPerAddress; i++) {
            assertThat(limits.startDraft("192.0.2.1")).isTrue();
        }
        assertThat(limits.startDraft("192.0.2.1")).isFalse();
        assertThat(limits.startDraft("192.0.2.2")).isTrue();
    }

    @Test
    void anIpv6AddressCountsByItsNetwork() {
        assertThat(ClientAddress.network("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.network("2001:db8:1:2:bbbb::9"));
        assertThat(ClientAddress.network("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.network("2001:db8:1:2::1"));
        assertThat(ClientAddress.network("192.0.2.1")).isEqualTo("192.0.2.1");
    }
}
