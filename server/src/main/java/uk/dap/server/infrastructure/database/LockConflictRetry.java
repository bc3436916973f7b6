package uk.dap.server.infrastructure.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a use case again when the database made its transaction give way to another (a deadlock's victim, or Derby's
 * "too much contention" on an identity column under concurrent inserts): Derby has rolled the whole transaction back,
 * so the same call a moment later starts afresh. It binds to {@code @Transactional} with its default REQUIRED, so it
 * wraps every such use case from outside, before the platform's transaction interceptor, and acts only where that use
 * case starts the transaction: inside someone else's, the outer one is already marked for rollback and must fail as a
 * whole. What a use case wrote in a transaction of its own (REQUIRES_NEW: a PIN check's audit entry) is written again
 * by the next try. After {@value LocalTransaction#ATTEMPTS} tries, or {@link LockConflicts#RETRY_BUDGET} after the
 * first, the failure goes on to the exception mapper, which answers 503.
 * The plain-JDBC paths retry in {@link LocalTransaction}.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {
    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        long first = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt == LocalTransaction.ATTEMPTS || System.nanoTime() - first > LockConflicts.RETRY_BUDGET.toNanos()
                        || !LockConflicts.worthRetrying(e, System.nanoTime() - started)) {
                    throw e;
                }
                LOG.fine(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " gave way over a lock; trying again");
                try {
                    Thread.sleep(attempt * 20L + ThreadLocalRandom.current().nextInt(30));
                } catch (InterruptedException interrupted) {
                    // Shutting down: the caller gets the conflict (503), not the interruption.
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
