package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.dap.server.security.domain.StaffAccount;

/** Looks up staff names for display. */
@ApplicationScoped
public class StaffDirectory {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String displayName(Long accountId) {
        StaffAccount account = accountId == null ? null : em.find(StaffAccount.class, accountId);
        return account == null ? "" : account.displayName();
    }
}
