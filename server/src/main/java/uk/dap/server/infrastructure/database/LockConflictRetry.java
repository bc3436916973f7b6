package uk.dap.server.infrastructure.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Runs a use case again when the database made its transaction give way to another (a deadlock's victim, or Derby's
 * "too much contention" on an identity column under concurrent inserts): Derby has rolled the whole transaction back,
 * so the same call a moment later starts afresh. It binds to {@code @Transactional} with its default REQUIRED, so it
 * wraps every such use case from outside, before the platform's transaction interceptor, and acts only where that use
 * case starts the transaction: inside someone else's, the outer one is already marked for rollback and must fail as a
 * whole. What a use case wrote in a transaction of its own (REQUIRES_NEW: a PIN check's audit entry) is written again
 * by the next try. How often and for how long: {@link LockConflicts#retrying}; then the failure goes on to the exception
 * mapper, which answers 503.
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
        return LockConflicts.retrying(call::proceed, () -> LOG.fine(() -> call.getMethod().getDeclaringClass().getSimpleName()
                + "." + call.getMethod().getName() + " gave way over a lock; trying again"));
    }
}
