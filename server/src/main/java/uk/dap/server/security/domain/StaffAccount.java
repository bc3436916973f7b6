package uk.dap.server.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import uk.dap.shared.security.Role;
import uk.dap.shared.security.Totp;

/**
 * A member of staff who signs in. Knows its own lock-out rule: after too many failed sign-ins in a row it refuses
 * every password, the right one included, until the lock expires.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "SELECT a FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "SELECT a FROM StaffAccount a ORDER BY a.username")
public class StaffAccount {
    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String ALL = "StaffAccount.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean enabled;
    @Column(name = "failed_sign_ins")
    private int failedSignIns;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    /** A token is accepted only in the generation it was issued in; disabling moves the account to the next one. */
    @Column(name = "token_generation")
    private int tokenGeneration;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The second factor's secret (base32), once set up; null without one. */
    @Column(name = "totp_secret")
    private String totpSecret;
    /** A secret offered for setting up, not yet confirmed with a code. */
    @Column(name = "totp_pending_secret")
    private String totpPendingSecret;
    /** The time step of the last code used: a code is never taken twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;
    /** SHA-256 of each recovery code not used yet. */
    @ElementCollection
    @CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new TreeSet<>();
    /** The hash of the PIN this person types on kiosks (opening a session, unlocking kiosk mode); null until set. */
    @Column(name = "kiosk_pin_hash")
    private String kioskPinHash;
    @Column(name = "kiosk_pin_failures")
    private int kioskPinFailures;
    @Column(name = "kiosk_pin_locked_until")
    private Instant kioskPinLockedUntil;
    /** The programmes a programme lead leads; empty for every other role. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_programme", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "programme_code")
    private Set<String> programmes = new TreeSet<>();
    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(String username, String displayName, Role role, String passwordHash, Instant createdAt) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("A staff account cannot have the role " + role);
        }
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the one that reaches {@code maxFailures} locks the account for {@code lockFor}. */
    public void recordFailedSignIn(Instant now, int maxFailures, Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** Every token issued so far stops working, and stays stopped after the account is enabled again. */
    public void disable() {
        enabled = false;
        tokenGeneration++;
    }

    /** Enabling also lifts a lock-out: it is how an administrator lets a locked-out colleague back in. */
    public void enable() {
        enabled = true;
        failedSignIns = 0;
        lockedUntil = null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Offers {@code secret} for setting up a second factor; a second offer replaces the first. */
    public void offerSecondFactor(String secret) {
        if (hasSecondFactor()) {
            throw new IllegalStateException("The second factor is set up already");
        }
        totpPendingSecret = secret;
    }

    /**
     * Sets up the offered second factor if {@code code} is right for it, with recovery codes whose hashes are given;
     * false (and nothing changed) otherwise.
     */
    public boolean confirmSecondFactor(String code, Instant now, Set<String> recoveryHashes) {
        if (hasSecondFactor() || totpPendingSecret == null) {
            return false;
        }
        java.util.OptionalLong step = Totp.matchingStep(totpPendingSecret, code, now, null);
        if (step.isEmpty()) {
            return false;
        }
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpLastStep = step.getAsLong();
        recoveryCodeHashes = new TreeSet<>(recoveryHashes);
        return true;
    }

    /**
     * Whether {@code code} is a right one-time code not used before, or an unused recovery code (whose hash is
     * {@code recoveryHash}); either is used up by being accepted.
     */
    public boolean acceptsSecondFactor(String code, String recoveryHash, Instant now) {
        if (!hasSecondFactor() || code == null) {
            return false;
        }
        java.util.OptionalLong step = Totp.matchingStep(totpSecret, code, now, totpLastStep);
        if (step.isPresent()) {
            totpLastStep = step.getAsLong();
            return true;
        }
        return recoveryCodeHashes.remove(recoveryHash);
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** An administrator's reset: the person sets the second factor up again at their next sign-in. */
    public void resetSecondFactor() {
        totpSecret = null;
        totpPendingSecret = null;
        totpLastStep = null;
        recoveryCodeHashes.clear();
    }

    /** The generation a token issued now carries. */
    public int tokenGeneration() {
        return tokenGeneration;
    }

    /** Whether a token issued in {@code generation} may still be used. */
    public boolean acceptsTokenOfGeneration(long generation) {
        return enabled && generation == tokenGeneration;
    }

    /** A new PIN also lifts a PIN lock. */
    public void setKioskPinHash(String hash) {
        this.kioskPinHash = hash;
        this.kioskPinFailures = 0;
        this.kioskPinLockedUntil = null;
    }

    public boolean isPinLocked(Instant now) {
        return kioskPinLockedUntil != null && now.isBefore(kioskPinLockedUntil);
    }

    /** Counts a wrong PIN; too many in a row lock the PIN (not the account's password sign-in) for a while. */
    public void recordWrongPin(Instant now, int maxFailures, Duration lockFor) {
        kioskPinFailures++;
        if (kioskPinFailures >= maxFailures) {
            kioskPinLockedUntil = now.plus(lockFor);
            kioskPinFailures = 0;
        }
    }

    public void recordRightPin() {
        kioskPinFailures = 0;
        kioskPinLockedUntil = null;
    }

    public String kioskPinHash() {
        return kioskPinHash;
    }

    /** Sets the programmes a lead leads; other roles lead none. */
    public void leadProgrammes(Collection<String> codes) {
        if (role != Role.PROGRAMME_LEAD && !codes.isEmpty()) {
            throw new IllegalArgumentException("Only a programme lead leads programmes");
        }
        programmes = new TreeSet<>(codes);
    }

    public Set<String> programmes() {
        return Set.copyOf(programmes);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
