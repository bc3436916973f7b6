package uk.dap.server.infrastructure.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Derby's word that a transaction gave way to another: it was chosen as a deadlock's victim, or it waited for a lock
 * longer than {@code derby.locks.waitTimeout}. Derby has rolled it back whole, so nothing of it was kept and the same
 * work a moment later will go through.
 */
public final class LockConflicts {
    /** A deadlock: Derby rolled back this transaction so that the other could go on. */
    static final String DEADLOCK = "40001";
    /** A lock not granted in time (40XL2 is the same, with the lock table in the log). */
    static final String LOCK_TIMEOUT = "40XL1";
    static final String LOCK_TIMEOUT_WITH_TABLE = "40XL2";

    /** Tries in all for work that gave way over a lock; one that gives way three times is answered 503 (Problems). */
    static final int ATTEMPTS = 3;

    private LockConflicts() {
    }

    /** One try of work that Derby may make give way to another transaction. */
    @FunctionalInterface
    interface Attempt<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs the work, and again from the start while it gives way over a lock in a way {@linkplain #worthRetrying worth
     * retrying}: {@value #ATTEMPTS} tries in all, within {@link #RETRY_BUDGET} of the first, a short, growing, slightly
     * random pause between them so that the two sides of a deadlock do not meet again at once. Then, or if the thread
     * is interrupted while it pauses (shutting down), the last failure goes to the caller, which answers it 503.
     */
    static <T, E extends Exception> T retrying(Attempt<T, E> work, Runnable beforeRetry) throws E {
        long first = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                return work.run();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || System.nanoTime() - first > RETRY_BUDGET.toNanos()
                        || !worthRetrying(e, System.nanoTime() - started)) {
                    throw e;
                }
                beforeRetry.run();
                try {
                    Thread.sleep(attempt * 20L + ThreadLocalRandom.current().nextInt(30));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether this failure, or any cause of it, is a lock conflict. */
    public static boolean isLockConflict(Throwable failure) {
        return state(failure, DEADLOCK, LOCK_TIMEOUT, LOCK_TIMEOUT_WITH_TABLE);
    }

    /**
     * Whether the work that failed so is worth running again at once: a deadlock's victim always; a lock not granted
     * only if it failed quickly (Derby raises the same state for "too much contention" on an identity column, which
     * the next try gets past), not after waiting out {@code derby.locks.waitTimeout}, which would only wait again.
     */
    static boolean worthRetrying(Throwable failure, long elapsedNanos) {
        return state(failure, DEADLOCK)
                || (state(failure, LOCK_TIMEOUT, LOCK_TIMEOUT_WITH_TABLE) && elapsedNanos < QUICK.toNanos());
    }

    /** Far shorter than derby.locks.waitTimeout (DerbySystem). */
    private static final Duration QUICK = Duration.ofSeconds(2);

    /**
     * How long after its first try a piece of work may still be tried again: the clients wait 5 s for an answer, and a
     * try that commits after the client gave up could be sent again by a user and saved twice.
     */
    static final Duration RETRY_BUDGET = Duration.ofSeconds(3);

    private static boolean state(Throwable failure, String... states) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    for (String state : states) {
                        if (state.equals(s.getSQLState())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
