package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.Sha256;
import uk.dap.server.security.domain.StaffAccount;
import uk.dap.server.security.infrastructure.PasswordHashing;
import uk.dap.server.security.infrastructure.TokenIssuer;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.SecondFactorOffer;
import uk.dap.shared.api.SecondFactorSetUp;
import uk.dap.shared.api.SignedIn;
import uk.dap.shared.security.Totp;

/**
 * Staff sign-in: checks the password and, for an account with one, the second factor (a one-time code or a recovery
 * code); applies the lock-out to both; issues a token; and audits every attempt. Also where a second factor is set up,
 * since that too starts from the password. A failed attempt still commits (the failure count and the audit entry must
 * stick), so a refusal is a result, not an exception.
 */
@ApplicationScoped
public class StaffSignIn {
    public static final String ACTION = "SIGN_IN";
    private static final String TYPE = "StaffAccount";
    private static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Domestic abuse programmes";

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
    SecondFactorPolicy policy;
    @Inject
    Access access;
    @Inject
    @ConfigProperty(name = "dap.signin.maxFailures", defaultValue = "5")
    int maxFailures;
    @Inject
    @ConfigProperty(name = "dap.signin.lockMinutes", defaultValue = "15")
    int lockMinutes;
    private final SecureRandom random = new SecureRandom();

    /** What a sign-in (or a step of setting up a second factor) came to: a value, or a refusal with its sentence. */
    public record Outcome<T>(T value, ProblemType refusal, String sentence) {
        static <T> Outcome<T> of(T value) {
            return new Outcome<>(value, null, null);
        }

        static <T> Outcome<T> refused(ProblemType refusal, String sentence) {
            return new Outcome<>(null, refusal, sentence);
        }
    }

    @Transactional
    public Outcome<SignedIn> signIn(String username, String password, String code) {
        Outcome<Checked> checked = checked(username, password, code);
        if (checked.value() == null) {
            return Outcome.refused(checked.refusal(), checked.sentence());
        }
        return Outcome.of(signedIn(checked.value().account(), checked.value().detail()));
    }

    /**
     * Who signed in to a browser session (the web portal), checked exactly as for a token: the same password, second
     * factor, lock-out and audit; and only someone whose role may use the portal. The session then lasts as a token would ({@link TokenIssuer#lifetime()}).
     */
    public record BrowserSignIn(Caller caller, int generation, String displayName) {
    }

    @Transactional
    public Outcome<BrowserSignIn> signInToBrowser(String username, String password, String code) {
        Outcome<Checked> checked = checked(username, password, code);
        if (checked.value() == null) {
            return Outcome.refused(checked.refusal(), checked.sentence());
        }
        StaffAccount account = checked.value().account();
        String detail = checked.value().detail();
        Caller caller = new Caller(account.username(), account.role(), account.id(), null, null);
        if (!access.may(caller, Permission.USE_THE_PORTAL)) {
            // Not a sign-in: no session is made, so none is recorded as one.
            audited(account, ACTION, AuditOutcome.DENIED, "in the web portal, which is for referring agencies");
            return Outcome.refused(ProblemType.FORBIDDEN, Permission.USE_THE_PORTAL.refusal());
        }
        account.recordSuccessfulSignIn();
        audited(account, ACTION, AuditOutcome.SUCCESS, detail == null ? "in the web portal" : "in the web portal; " + detail);
        return Outcome.of(new BrowserSignIn(caller, account.tokenGeneration(), account.displayName()));
    }

    private record Checked(StaffAccount account, String detail) {
    }

    /** The password and second factor checked, the lock-out applied, and the failures audited. */
    private Outcome<Checked> checked(String username, String password, String code) {
        Instant now = clock.instant();
        StaffAccount account = passwordChecked(username, password, now);
        if (account == null) {
            return failed();
        }
        boolean byRecoveryCode = false;
        if (account.hasSecondFactor()) {
            if (code == null || code.isBlank()) {
                audited(account, ACTION, AuditOutcome.FAILURE, "second factor asked for");
                return Outcome.refused(ProblemType.SECOND_FACTOR_REQUIRED,
                        "Enter the six-digit code from your authenticator app (or one of your recovery codes) and sign in again.");
            }
            boolean totp = code.strip().matches("\\d{6}");
            if (!account.acceptsSecondFactor(code.strip(), recoveryHash(code), now)) {
                return wrongCode(account, now);
            }
            byRecoveryCode = !totp;
        } else if (policy.requiredFor(account.role())) {
            audited(account, ACTION, AuditOutcome.FAILURE, "second factor not set up");
            return Outcome.refused(ProblemType.SECOND_FACTOR_SETUP_REQUIRED, "Your role (" + account.role().label()
                    + ") signs in with a second factor: set it up with an authenticator app on your phone, then sign in.");
        }
        return Outcome.of(new Checked(account, byRecoveryCode ? "with a recovery code; " + account.recoveryCodesLeft() + " left" : null));
    }

    /** Offers a new secret to someone whose password is right and who has no second factor yet. */
    @Transactional
    public Outcome<SecondFactorOffer> offerSecondFactor(String username, String password) {
        StaffAccount account = passwordChecked(username, password, clock.instant());
        if (account == null) {
            return failed();
        }
        if (account.hasSecondFactor()) {
            return Outcome.refused(ProblemType.CONFLICT, "Your second factor is set up already. If you have lost it, an administrator can"
                    + " reset it; then set it up again.");
        }
        String secret = Totp.newSecret(random);
        account.offerSecondFactor(secret);
        audited(account, "OFFER_SECOND_FACTOR", AuditOutcome.SUCCESS, null);
        return Outcome.of(new SecondFactorOffer(secret, Totp.uri(ISSUER, account.username(), secret)));
    }

    /** Sets up the offered second factor with a code the app made from it, and signs in. */
    @Transactional
    public Outcome<SecondFactorSetUp> confirmSecondFactor(String username, String password, String code) {
        Instant now = clock.instant();
        StaffAccount account = passwordChecked(username, password, now);
        if (account == null) {
            return failed();
        }
        List<String> recoveryCodes = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = Totp.newSecret(random).substring(0, 10);
            recoveryCodes.add(recovery.substring(0, 5) + "-" + recovery.substring(5));
            hashes.add(recoveryHash(recovery));
        }
        if (!account.confirmSecondFactor(code == null ? null : code.strip(), now, hashes)) {
            account.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockMinutes));
            audited(account, "SET_UP_SECOND_FACTOR", AuditOutcome.FAILURE,
                    "code did not match the offered secret");
            return Outcome.refused(ProblemType.VALIDATION_FAILED, "That code does not match. Check that the time on your phone is right,"
                    + " then enter the code the app shows now.");
        }
        audited(account, "SET_UP_SECOND_FACTOR", AuditOutcome.SUCCESS, null);
        return Outcome.of(new SecondFactorSetUp(recoveryCodes, signedIn(account, "second factor set up")));
    }

    /**
     * The account if the password is right and the account may sign in (enabled, not locked); null otherwise, with the
     * failure counted and audited. One password hash on every path, so that no refusal (unknown name, locked,
     * disabled) answers faster than another and the time taken does not tell whether a name exists.
     */
    private StaffAccount passwordChecked(String username, String password, Instant now) {
        StaffAccount account = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.trim().toLowerCase())
                .getResultStream().findFirst().orElse(null);
        boolean rightPassword = account == null ? passwords.spendTimeOnUnknownUser(password)
                : passwords.matches(password, account.passwordHash());
        if (account == null) {
            audit.recordAs(username, null, ACTION, TYPE, null, AuditOutcome.FAILURE, "unknown username");
            return null;
        }
        if (account.isLocked(now)) {
            audited(account, ACTION, AuditOutcome.LOCKED,
                    "account locked until " + account.lockedUntil());
            return null;
        }
        if (!account.enabled()) {
            audited(account, ACTION, AuditOutcome.FAILURE, "account disabled");
            return null;
        }
        if (!rightPassword) {
            account.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockMinutes));
            audited(account, ACTION, AuditOutcome.FAILURE, account.isLocked(now)
                    ? "wrong password; account locked for " + lockMinutes + " minutes" : "wrong password");
            return null;
        }
        return account;
    }

    private <T> Outcome<T> wrongCode(StaffAccount account, Instant now) {
        account.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockMinutes));
        audited(account, ACTION, AuditOutcome.FAILURE, account.isLocked(now)
                ? "wrong second-factor code; account locked for " + lockMinutes + " minutes" : "wrong second-factor code");
        return failed();
    }

    private <T> Outcome<T> failed() {
        return Outcome.refused(ProblemType.SIGN_IN_FAILED, failureMessage());
    }

    private SignedIn signedIn(StaffAccount account, String detail) {
        account.recordSuccessfulSignIn();
        Caller caller = new Caller(account.username(), account.role(), account.id(), null, null);
        TokenIssuer.Issued issued = tokens.issue(caller, account.tokenGeneration());
        audited(account, ACTION, AuditOutcome.SUCCESS, detail);
        return new SignedIn(issued.token(), issued.expiresAt(), account.username(), account.displayName(), account.role());
    }

    private void audited(StaffAccount account, String action, AuditOutcome outcome, String detail) {
        audit.recordAs(account.username(), account.role().name(), action, TYPE, account.id(), outcome, detail);
    }

    /**
     * A recovery code as stored: SHA-256 of its letters and digits, whatever the case and dashes it was typed with. The
     * codes use base32 (A-Z, 2-7), so a 0, 1 or 8 typed is the O, I or B it looks like.
     */
    static String recoveryHash(String code) {
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return Sha256.hex(typed.replace('0', 'O').replace('1', 'I').replace('8', 'B'));
    }

    /** The sentence every failed sign-in gets, so that it does not tell which part was wrong. */
    public String failureMessage() {
        return "Sign-in failed: check your username and password (and your code, if you have one). After " + maxFailures
                + " failed attempts in a row the account is locked for " + lockMinutes
                + " minutes; an administrator can unlock it sooner.";
    }
}
