package uk.dap.server.portal.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many self-referrals are taken in an hour, from one network address and from everyone, and how many are started
 * from one address (docs/portal.md): a limit rather than a captcha, which a woman in crisis, perhaps on an old phone,
 * should not have to solve. The addresses are kept only for the hour, and only as an HMAC under a key made when the
 * server starts and never stored (a plain hash of an IPv4 address is undone by trying them all).
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
    /** Self-referrals started (the first page sent) from one address in an hour. */
    int startsPerAddress = 20;

    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Map<String, Deque<Instant>> startsByAddress = new HashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();
    private final Mac hmac = newHmac();

    private static Mac newHmac() {
        try {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private String keyOf(String address) {
        return HexFormat.of().formatHex(hmac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether one more self-referral may be started from this address now; if so, it is counted. */
    public synchronized boolean startDraft(String address) {
        Instant since = clock.instant().minus(WINDOW);
        startsByAddress.values().forEach(times -> drop(times, since));
        startsByAddress.values().removeIf(Deque::isEmpty);
        Deque<Instant> mine = startsByAddress.computeIfAbsent(keyOf(address), k -> new ArrayDeque<>());
        if (mine.size() >= startsPerAddress) {
            return false;
        }
        mine.addLast(clock.instant());
        return true;
    }

    /** A self-referral counted by {@link #take} that was then refused: it does not use up her hour. */
    public synchronized void giveBack(String address) {
        Deque<Instant> mine = byAddress.get(keyOf(address));
        if (mine != null && !mine.isEmpty()) {
            mine.removeLast();
        }
        if (!all.isEmpty()) {
            all.removeLast();
        }
    }

    /** Whether one more may be taken from this address now; if so, it is counted. */
    public synchronized boolean take(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        drop(all, since);
        byAddress.values().forEach(times -> drop(times, since));
        byAddress.values().removeIf(Deque::isEmpty);
        Deque<Instant> mine = byAddress.computeIfAbsent(keyOf(address), k -> new ArrayDeque<>());
        if (all.size() >= overall || mine.size() >= perAddress) {
            if (mine.isEmpty()) {
                byAddress.remove(keyOf(address));
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
