package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import uk.dap.server.security.domain.Kiosk;
import uk.dap.server.security.domain.StaffAccount;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.security.Role;

/** Looks up staff names for display. */
@ApplicationScoped
public class StaffDirectory {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    /** The programmes an account leads (empty unless it is a programme lead's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> programmesLedBy(Long accountId) {
        StaffAccount account = accountId == null ? null : em.find(StaffAccount.class, accountId);
        return account == null || account.role() != Role.PROGRAMME_LEAD ? Set.of() : account.programmes();
    }

    /** Whether the account exists, is enabled and has this role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActiveRole(Long accountId, Role role) {
        StaffAccount account = find(accountId);
        return account != null && account.enabled() && account.role() == role;
    }

    /** The id of the account with this username (an import names staff by username), or null when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long idOf(String username) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class).setParameter("username", username)
                .getResultStream().findFirst().map(StaffAccount::id).orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffAccount find(Long accountId) {
        return accountId == null ? null : em.find(StaffAccount.class, accountId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffRef ref(Long accountId) {
        StaffAccount account = find(accountId);
        return account == null ? null : new StaffRef(account.id(), account.displayName());
    }

    /**
     * Who did something, as a person reads it (issue 19: registers said "marked by kiosk-12"): a kiosk by its label;
     * staff are recorded by their names already.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String shownAs(String recordedBy) {
        if (recordedBy == null) {
            return null;
        }
        Optional<Long> kiosk = KioskRegistry.kioskId(recordedBy);
        if (kiosk.isPresent()) {
            Kiosk device = em.find(Kiosk.class, kiosk.get());
            return device == null ? "A kiosk" : "Kiosk: " + device.label();
        }
        return recordedBy;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String displayName(Long accountId) {
        StaffAccount account = accountId == null ? null : em.find(StaffAccount.class, accountId);
        return account == null ? "" : account.displayName();
    }

    /**
     * A member of staff as a subject access pack shows them (issue 22): their role in words ("Key worker"), whether they
     * were recorded by username or by name; "A member of staff" for anyone not known here (an imported decider), "A
     * kiosk" for a kiosk.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String roleOf(String recordedBy) {
        if (recordedBy == null) {
            return null;
        }
        if (KioskRegistry.kioskId(recordedBy).isPresent()) {
            return "A kiosk";
        }
        return em.createQuery("SELECT a FROM StaffAccount a WHERE a.username = :who OR a.displayName = :who", StaffAccount.class)
                .setParameter("who", recordedBy).setMaxResults(1).getResultStream().findFirst()
                .map(account -> account.role().label()).orElse("A member of staff");
    }
}
