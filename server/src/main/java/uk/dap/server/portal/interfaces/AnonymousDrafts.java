package uk.dap.server.portal.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.dap.server.common.Sha256;

/**
 * Self-referrals part-made, each under a random id in a cookie of its own (the id's SHA-256 here): in memory only, gone
 * when sent, when she leaves by "Exit this page", after {@value #IDLE_MINUTES} minutes left alone, or when the server
 * restarts; never more than {@value #MOST} at once, so that a flood of started forms cannot fill the server's memory:
 * when full, the one left alone longest makes room (a flood then pushes out only other floods' drafts, older than hers).
 */
@ApplicationScoped
class AnonymousDrafts {
    static final int IDLE_MINUTES = 20;
    static final int MOST = 2000;

    @Inject
    Clock clock;

    private record Held(SelfReferralDraft draft, Instant lastUsed) {
    }

    private final Map<String, Held> drafts = new ConcurrentHashMap<>();

    /** The draft under this id, now used again; empty when there is none (never was, sent, or left too long). */
    Optional<SelfReferralDraft> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Held held = drafts.computeIfPresent(Sha256.hex(id), (k, h) -> expired(h, now) ? null : new Held(h.draft(), now));
        return Optional.ofNullable(held).map(Held::draft);
    }

    /** Keeps a new draft under a new id, making room if the server holds as many as it will. */
    void start(String id, SelfReferralDraft draft) {
        Instant now = clock.instant();
        drafts.values().removeIf(h -> expired(h, now));
        while (drafts.size() >= MOST) {
            drafts.entrySet().stream().min(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(Held::lastUsed)))
                    .ifPresent(oldest -> drafts.remove(oldest.getKey()));
        }
        drafts.put(Sha256.hex(id), new Held(draft, now));
    }

    void end(String id) {
        if (id != null) {
            drafts.remove(Sha256.hex(id));
        }
    }

    private static boolean expired(Held held, Instant now) {
        return held.lastUsed().plus(Duration.ofMinutes(IDLE_MINUTES)).isBefore(now);
    }
}
