package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import uk.dap.server.security.domain.Kiosk;
import uk.dap.server.security.domain.StaffAccount;

/**
 * Whether a valid, unexpired token still speaks for someone allowed in: the staff account is enabled (and was not
 * disabled after the token was issued), or the kiosk has not been revoked. Checked on every request, so that
 * disabling or revoking takes effect at once rather than when the token expires, and a token issued before a disabling
 * never works again, even once the account is enabled (its generation has passed).
 */
@ApplicationScoped
public class CredentialCheck {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean stillValid(Caller caller, long tokenGeneration) {
        if (caller.isKiosk()) {
            if (caller.kioskId() == null) {
                return false;
            }
            Kiosk kiosk = em.find(Kiosk.class, caller.kioskId());
            return kiosk != null && kiosk.isActive() && kiosk.venueId().equals(caller.venueId());
        }
        if (caller.accountId() == null) {
            return false;
        }
        StaffAccount account = em.find(StaffAccount.class, caller.accountId());
        return account != null
                && account.username().equals(caller.username())
                && account.role() == caller.role()
                && account.acceptsTokenOfGeneration(tokenGeneration);
    }
}
