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
 * Runs a use case again when the database made its transaction give way to another (a deadlock's victim, a lock not
 * granted in time, or Derby's "too much contention" on an identity column under concurrent inserts): Derby has rolled
 * the whole transaction back, so the same call a moment later starts afresh. It wraps every {@code @Transactional}
 * (REQUIRED) use case from outside, before the platform's transaction interceptor, and only where that use case starts
 * the transaction: inside someone else's, the outer one is already marked for rollback and must fail as a whole.
 * After {@value LocalTransaction#ATTEMPTS} tries the failure goes on to the exception mapper, which answers 503.
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
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt == LocalTransaction.ATTEMPTS || !LockConflicts.worthRetrying(e, System.nanoTime() - started)) {
                    throw e;
                }
                LOG.fine(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " gave way over a lock; trying again");
                Thread.sleep(attempt * 20L + ThreadLocalRandom.current().nextInt(30));
            }
        }
    }
}
