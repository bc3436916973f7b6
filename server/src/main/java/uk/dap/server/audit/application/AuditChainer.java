package uk.dap.server.audit.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.dap.server.audit.domain.AuditHead;
import uk.dap.server.audit.domain.AuditPending;

/**
 * Moves pending audit entries into the hash chain, oldest first, in batches: the only writer of the chain, so the
 * chain's lock is taken by one transaction at a time instead of by every request. Runs every 200 ms, and at once
 * before the trail is read or verified, so readers always see every committed entry.
 */
@ApplicationScoped
public class AuditChainer {
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    AuditChainer self;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dap.audit.chainMillis", defaultValue = "200")
    long chainMillis;
    private ScheduledFuture<?> task;

    /** Called once the schema is migrated. */
    public void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::chainQuietly, chainMillis, chainMillis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Chains everything pending now. */
    public void chainAll() {
        while (self.chainBatch() == BATCH) {
            // more to do
        }
    }

    /** Appends up to one batch of pending entries to the chain in one transaction; answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int chainBatch() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditPending> pending = em.createQuery("SELECT p FROM AuditPending p ORDER BY p.occurredAt, p.id", AuditPending.class)
                .setMaxResults(BATCH).getResultList();
        for (AuditPending entry : pending) {
            em.persist(head.append(entry.draft()));
            em.remove(entry);
        }
        return pending.size();
    }

    private void chainQuietly() {
        try {
            chainAll();
        } catch (RuntimeException e) {
            // The next run tries again; entries stay pending, never lost.
            LOG.log(Level.WARNING, "Chaining audit entries failed: " + e.getClass().getName());
        }
    }
}
