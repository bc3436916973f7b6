package uk.dap.server.portal.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.common.Sha256;

/**
 * How many self-referrals are taken in an hour, from one network address and from everyone (docs/portal.md): a limit
 * rather than a captcha, which a woman in crisis, perhaps on an old phone, should not have to solve. The addresses are
 * kept only as SHA-256 and only for the hour.
 */
@ApplicationScoped
public class SelfReferralLimits {
    private static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dap.selfReferral.perAddressPerHour", defaultValue = "3")
    int perAddress;
    @Inject
    @ConfigProperty(name = "dap.selfReferral.perHour", defaultValue = "60")
    int overall;

    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    /** Whether one more may be taken from this address now; if so, it is counted. */
    public synchronized boolean take(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        drop(all, since);
        byAddress.values().forEach(times -> drop(times, since));
        byAddress.values().removeIf(Deque::isEmpty);
        Deque<Instant> mine = byAddress.computeIfAbsent(Sha256.hex(address), k -> new ArrayDeque<>());
        if (all.size() >= overall || mine.size() >= perAddress) {
            if (mine.isEmpty()) {
                byAddress.remove(Sha256.hex(address));
            }
            return false;
        }
        all.addLast(now);
        mine.addLast(now);
        return true;
    }

    private static void drop(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
    }
}
