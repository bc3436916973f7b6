package uk.dap.server.security.application;

import uk.dap.server.infrastructure.SchemaReady;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.shared.api.NewStaffAccount;
import uk.dap.shared.security.Role;

/**
 * Someone has to create the first account. While no administrator exists, a start with
 * {@code dap.bootstrap.adminPassword} ({@code DAP_BOOTSTRAP_ADMIN_PASSWORD}) creates the account {@code admin} with
 * that password; without it, the log says how. Once an administrator exists the setting is ignored, so leaving it
 * set can never reset a password.
 */
@ApplicationScoped
public class FirstAdministrator {
    public static final String USERNAME = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    StaffAccounts accounts;
    @Inject
    @ConfigProperty(name = "dap.bootstrap.adminPassword")
    Optional<String> password;

    @Transactional
    void onSchemaReady(@Observes @Priority(SchemaReady.ACCOUNTS) SchemaReady ready) {
        ensureExists();
    }

    @Transactional
    public void ensureExists() {
        long administrators = em.createQuery("SELECT COUNT(a) FROM StaffAccount a WHERE a.role = :role", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (administrators > 0) {
            return;
        }
        if (password.isEmpty() || password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.warning("There is no administrator account, so nobody can sign in to create accounts. Start the service "
                    + "once with DAP_BOOTSTRAP_ADMIN_PASSWORD set (at least " + MIN_PASSWORD_LENGTH
                    + " characters) to create the account '" + USERNAME + "'.");
            return;
        }
        accounts.createAsSystem(new NewStaffAccount(USERNAME, "Administrator", Role.ADMIN, password.get(), null), "bootstrap",
                "first administrator");
        LOG.warning(() -> "Created the first administrator account '" + USERNAME
                + "' from DAP_BOOTSTRAP_ADMIN_PASSWORD. Sign in, create named accounts, and remove the setting.");
    }
}
