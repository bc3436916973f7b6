package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.security.domain.Kiosk;
import uk.dap.server.security.infrastructure.Secrets;
import uk.dap.server.security.infrastructure.TokenIssuer;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.api.KioskRegistered;
import uk.dap.shared.api.KioskView;
import uk.dap.shared.api.NewKiosk;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.SignedIn;
import uk.dap.shared.security.Role;

/**
 * Kiosk devices: an administrator registers one for a venue and gets a one-time enrolment code (valid for 24 hours);
 * the device spends the code once for its own secret, and exchanges that secret for short-lived tokens. Revoking a
 * kiosk makes its secret and every token it holds useless at once.
 */
@ApplicationScoped
public class KioskRegistry {
    static final Duration CODE_LIFETIME = Duration.ofHours(24);
    private static final String TYPE = "Kiosk";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    VenueNames venues;
    @Inject
    AuditTrail audit;
    @Inject
    TokenIssuer tokens;
    @Inject
    Clock clock;

    @Transactional
    public KioskRegistered register(NewKiosk request) {
        String venueName = venues.nameOf(request.venueId()).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                "There is no venue " + request.venueId() + ". Create the venue first."));
        Kiosk kiosk = new Kiosk(request.venueId(), request.label().trim(), clock.instant());
        em.persist(kiosk);
        em.flush();
        KioskRegistered registered = issueCode(kiosk);
        audit.record("REGISTER", TYPE, kiosk.id(), AuditOutcome.SUCCESS, "venue " + request.venueId());
        return registered;
    }

    /** A fresh code for a kiosk that has not enrolled yet (the old code stops working). */
    @Transactional
    public KioskRegistered reissueCode(long kioskId) {
        Kiosk kiosk = find(kioskId);
        if (kiosk.status() != Kiosk.Status.AWAITING_ENROLMENT) {
            throw new DomainException(ProblemType.CONFLICT, "Kiosk " + kioskId + " is " + kiosk.status()
                    + ": only a kiosk awaiting enrolment gets a new code. Register a new kiosk instead.");
        }
        KioskRegistered registered = issueCode(kiosk);
        audit.record("REISSUE_CODE", TYPE, kioskId, AuditOutcome.SUCCESS, null);
        return registered;
    }

    /**
     * Gives a kiosk awaiting enrolment a fresh one-time code valid for {@link #CODE_LIFETIME} (any earlier code stops
     * working) and returns it: the only time the code exists outside the person's hands. The caller audits.
     */
    public KioskRegistered issueCode(Kiosk kiosk) {
        String code = Secrets.enrolmentCode();
        Instant expires = clock.instant().plus(CODE_LIFETIME);
        kiosk.issueEnrolmentCode(Secrets.codeHash(code), expires);
        return new KioskRegistered(kiosk.id(), kiosk.label(), venueName(kiosk), code, expires);
    }

    /** Spends a one-time code. Returns empty (and audits the failure) for an unknown, used or expired code. */
    @Transactional
    public Optional<KioskCredential> enrol(String enrolmentCode) {
        Instant now = clock.instant();
        Kiosk kiosk = em.createNamedQuery(Kiosk.BY_CODE_HASH, Kiosk.class)
                .setParameter("hash", Secrets.codeHash(enrolmentCode))
                .getResultStream().findFirst().orElse(null);
        if (kiosk == null || !kiosk.acceptsEnrolmentCode(now)) {
            audit.recordAs("kiosk-enrolment", null, "ENROL", TYPE, kiosk == null ? null : kiosk.id(), AuditOutcome.FAILURE,
                    kiosk == null ? "unknown or used code" : "code expired");
            return Optional.empty();
        }
        String secret = Secrets.deviceSecret();
        kiosk.enrol(Secrets.secretHash(secret), now);
        audit.recordAs(kioskName(kiosk.id()), Role.KIOSK.name(), "ENROL", TYPE, kiosk.id(), AuditOutcome.SUCCESS, null);
        return Optional.of(new KioskCredential(kiosk.id(), secret, kiosk.venueId(), venueName(kiosk), kiosk.label()));
    }

    /** A kiosk signing in with its device secret; empty when the secret is wrong or the kiosk is revoked. */
    @Transactional
    public Optional<SignedIn> signIn(long kioskId, String deviceSecret) {
        Kiosk kiosk = em.find(Kiosk.class, kioskId);
        boolean ok = kiosk != null && kiosk.isActive() && Secrets.sameHash(Secrets.secretHash(deviceSecret), kiosk.deviceSecretHash());
        audit.recordAs(kioskName(kioskId), Role.KIOSK.name(), "SIGN_IN", TYPE, kioskId,
                ok ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, ok ? null : kiosk == null ? "unknown kiosk" : "kiosk " + kiosk.status() + " or wrong secret");
        if (!ok) {
            return Optional.empty();
        }
        Caller caller = new Caller(kioskName(kioskId), Role.KIOSK, null, kiosk.id(), kiosk.venueId());
        TokenIssuer.Issued issued = tokens.issue(caller);
        return Optional.of(new SignedIn(issued.token(), issued.expiresAt(), caller.username(), kiosk.label(), Role.KIOSK));
    }

    @Transactional
    public KioskView revoke(long kioskId) {
        Kiosk kiosk = find(kioskId);
        kiosk.revoke(clock.instant());
        audit.record("REVOKE", TYPE, kioskId, AuditOutcome.SUCCESS, null);
        return view(kiosk);
    }

    @Transactional
    public List<KioskView> list() {
        return em.createNamedQuery(Kiosk.ALL, Kiosk.class).getResultStream().map(this::view).toList();
    }

    @Transactional
    public Kiosk find(long kioskId) {
        Kiosk kiosk = em.find(Kiosk.class, kioskId);
        if (kiosk == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no kiosk " + kioskId + ".");
        }
        return kiosk;
    }

    public static String kioskName(long kioskId) {
        return KIOSK_NAME_PREFIX + kioskId;
    }

    /** The kiosk a name given by {@link #kioskName} stands for; empty for any other name. */
    public static Optional<Long> kioskId(String name) {
        return name != null && name.matches(KIOSK_NAME_PREFIX + "\\d{1,18}")
                ? Optional.of(Long.parseLong(name.substring(KIOSK_NAME_PREFIX.length()))) : Optional.empty();
    }

    private static final String KIOSK_NAME_PREFIX = "kiosk-";

    KioskView view(Kiosk k) {
        return new KioskView(k.id(), k.label(), k.venueId(), venueName(k), k.status().name(), k.enrolledAt(), k.revokedAt());
    }

    /** The kiosk's venue by name, as staff and the kiosk show it. */
    public String venueName(Kiosk kiosk) {
        return venues.nameOf(kiosk.venueId()).orElse("venue " + kiosk.venueId());
    }
}
