package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.security.domain.StaffAccount;
import uk.dap.server.security.infrastructure.PasswordHashing;
import uk.dap.shared.security.Role;

/**
 * The PINs facilitators and leads type on kiosks. A PIN is short, so wrong PINs count towards the same lock-out as
 * wrong passwords; each check runs in its own transaction, so that a failure is counted even when the request that
 * asked is refused.
 */
@ApplicationScoped
public class KioskPins {
    private static final String TYPE = "StaffAccount";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    PasswordHashing hashing;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dap.signin.maxFailures", defaultValue = "5")
    int maxFailures;
    @Inject
    @ConfigProperty(name = "dap.signin.lockMinutes", defaultValue = "15")
    int lockMinutes;

    /** Who a right PIN belongs to. */
    public record PinHolder(Long accountId, String username, String displayName, Role role) {
    }

    @Transactional
    public void set(Long accountId, String pin) {
        StaffAccount account = em.find(StaffAccount.class, accountId);
        account.setKioskPinHash(hashing.hash(pin));
        audit.record("SET_KIOSK_PIN", TYPE, accountId, AuditOutcome.SUCCESS, null);
    }

    /** The facilitator or lead whose PIN this is; empty (and the failure counted) otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PinHolder> verify(String username, String pin, String kioskActor) {
        Instant now = clock.instant();
        StaffAccount account = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.trim().toLowerCase()).getResultStream().findFirst().orElse(null);
        boolean staffWhoOpensSessions = account != null && account.enabled() && account.kioskPinHash() != null
                && (account.role() == Role.FACILITATOR || account.role() == Role.PROGRAMME_LEAD);
        if (!staffWhoOpensSessions || account.isLocked(now)) {
            hashing.spendTimeOnUnknownUser(pin);
            audit.recordAs(kioskActor, Role.KIOSK.name(), "KIOSK_PIN", TYPE, account == null ? null : account.id(), AuditOutcome.FAILURE,
                    account == null ? "unknown username" : account.isLocked(now) ? "account locked" : "no kiosk PIN for this account");
            return Optional.empty();
        }
        if (!hashing.matches(pin, account.kioskPinHash())) {
            account.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockMinutes));
            audit.recordAs(kioskActor, Role.KIOSK.name(), "KIOSK_PIN", TYPE, account.id(), AuditOutcome.FAILURE, "wrong PIN");
            return Optional.empty();
        }
        account.recordSuccessfulSignIn();
        audit.recordAs(kioskActor, Role.KIOSK.name(), "KIOSK_PIN", TYPE, account.id(), AuditOutcome.SUCCESS, null);
        return Optional.of(new PinHolder(account.id(), account.username(), account.displayName(), account.role()));
    }
}
