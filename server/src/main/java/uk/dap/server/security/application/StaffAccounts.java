package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.security.domain.StaffAccount;
import uk.dap.server.security.infrastructure.PasswordHashing;
import uk.dap.shared.api.NewStaffAccount;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.security.Role;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.StaffAccountView;

/** An administrator's work on staff accounts: create, list, disable, enable. Every step is audited. */
@ApplicationScoped
public class StaffAccounts {
    private static final String TYPE = "StaffAccount";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ProgrammeCodes programmeCodes;
    @Inject
    PasswordHashing passwords;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** An administrator creates an account; audited under the administrator's name. */
    @Transactional
    public StaffAccountView create(NewStaffAccount request) {
        StaffAccount account = persist(request);
        audit.record("CREATE", TYPE, account.id(), AuditOutcome.SUCCESS, "role " + account.role());
        return view(account);
    }

    /** The service creates an account itself (demo data, the first administrator); audited under {@code systemActor}. */
    @Transactional
    public StaffAccountView createAsSystem(NewStaffAccount request, String systemActor, String detail) {
        StaffAccount account = persist(request);
        audit.recordAs(systemActor, null, "CREATE", TYPE, account.id(), AuditOutcome.SUCCESS, detail);
        return view(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.trim().toLowerCase()).getResultStream().findAny().isPresent();
    }

    private StaffAccount persist(NewStaffAccount request) {
        String username = request.username().trim().toLowerCase();
        if (exists(username)) {
            throw new DomainException(ProblemType.CONFLICT, "The username '" + username + "' is taken. Choose another.");
        }
        if (!request.role().isStaff()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "A staff account cannot have the role KIOSK: register a kiosk instead.");
        }
        StaffAccount account = new StaffAccount(username, request.displayName().trim(), request.role(),
                passwords.hash(request.initialPassword()), clock.instant());
        List<String> programmes = request.programmes() == null ? List.of() : request.programmes();
        if (request.role() != Role.PROGRAMME_LEAD && !programmes.isEmpty()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Only a programme lead leads programmes: leave 'programmes' out for this role.");
        }
        for (String code : programmes) {
            if (!programmeCodes.exists(code)) {
                throw new DomainException(ProblemType.VALIDATION_FAILED, "There is no programme '" + code
                        + "'. The codes are CARING_DADS, NEW_BEGINNINGS, FREEDOM, GATEWAY and DART.");
            }
        }
        account.leadProgrammes(programmes);
        em.persist(account);
        em.flush();
        return account;
    }

    @Transactional
    public List<StaffAccountView> list() {
        List<StaffAccountView> accounts = em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultStream()
                .map(StaffAccounts::view).toList();
        audit.record("LIST", TYPE, null, AuditOutcome.SUCCESS, accounts.size() + " accounts");
        return accounts;
    }

    @Transactional
    public StaffAccountView disable(long id) {
        StaffAccount account = find(id);
        account.disable();
        audit.record("DISABLE", TYPE, id, AuditOutcome.SUCCESS, null);
        return view(account);
    }

    @Transactional
    public StaffAccountView enable(long id) {
        StaffAccount account = find(id);
        account.enable();
        audit.record("ENABLE", TYPE, id, AuditOutcome.SUCCESS, null);
        return view(account);
    }

    @Transactional
    public StaffAccountView resetSecondFactor(long id) {
        StaffAccount account = find(id);
        account.resetSecondFactor();
        audit.record("RESET_SECOND_FACTOR", TYPE, id, AuditOutcome.SUCCESS, null);
        return view(account);
    }

    /** Enabled staff with a role, for choosing a facilitator or a key worker: names only. */
    @Transactional
    public List<StaffRef> withRole(Role role) {
        return em.createQuery("SELECT a FROM StaffAccount a WHERE a.role = :role AND a.enabled = TRUE ORDER BY a.displayName", StaffAccount.class)
                .setParameter("role", role).getResultStream().map(a -> new StaffRef(a.id(), a.displayName())).toList();
    }

    private StaffAccount find(long id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        if (account == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no staff account " + id + ".");
        }
        return account;
    }

    static StaffAccountView view(StaffAccount a) {
        return new StaffAccountView(a.id(), a.username(), a.displayName(), a.role(), a.enabled(), a.lockedUntil(), a.createdAt(),
                a.hasSecondFactor());
    }
}
