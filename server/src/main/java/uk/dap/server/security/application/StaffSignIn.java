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
import uk.dap.server.security.infrastructure.TokenIssuer;
import uk.dap.shared.api.SignedIn;

/**
 * Staff sign-in: checks the password, applies the lock-out, issues a token, and audits every attempt. A failed
 * attempt still commits (the failure count and the audit entry must stick), so failure is a result, not an exception.
 */
@ApplicationScoped
public class StaffSignIn {
    public static final String ACTION = "SIGN_IN";
    private static final String TYPE = "StaffAccount";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    TokenIssuer tokens;
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

    @Transactional
    public Optional<SignedIn> signIn(String username, String password) {
        Instant now = clock.instant();
        StaffAccount account = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.trim().toLowerCase())
                .getResultStream().findFirst().orElse(null);
        // One password hash on every path, so that no refusal (unknown name, locked, disabled) answers faster than
        // another and the time taken does not tell whether a name exists.
        boolean rightPassword = account == null ? passwords.spendTimeOnUnknownUser(password) : passwords.matches(password, account.passwordHash());
        if (account == null) {
            audit.recordAs(username, null, ACTION, TYPE, null, AuditOutcome.FAILURE, "unknown username");
            return Optional.empty();
        }
        if (account.isLocked(now)) {
            return refused(account, AuditOutcome.LOCKED, "account locked until " + account.lockedUntil());
        }
        if (!account.enabled()) {
            return refused(account, AuditOutcome.FAILURE, "account disabled");
        }
        if (!rightPassword) {
            account.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockMinutes));
            return refused(account, AuditOutcome.FAILURE, account.isLocked(now)
                    ? "wrong password; account locked for " + lockMinutes + " minutes" : "wrong password");
        }
        account.recordSuccessfulSignIn();
        TokenIssuer.Issued issued = tokens.issue(new Caller(account.username(), account.role(), account.id(), null, null), account.tokenGeneration());
        audit.recordAs(account.username(), account.role().name(), ACTION, TYPE, account.id(), AuditOutcome.SUCCESS, null);
        return Optional.of(new SignedIn(issued.token(), issued.expiresAt(), account.username(), account.displayName(), account.role()));
    }

    private Optional<SignedIn> refused(StaffAccount account, AuditOutcome outcome, String detail) {
        audit.recordAs(account.username(), account.role().name(), ACTION, TYPE, account.id(), outcome, detail);
        return Optional.empty();
    }

    /** The sentence every failed sign-in gets, so that it does not tell which part was wrong. */
    public String failureMessage() {
        return "Sign-in failed: check your username and password. After " + maxFailures
                + " failed attempts in a row the account is locked for " + lockMinutes
                + " minutes; an administrator can unlock it sooner.";
    }
}
