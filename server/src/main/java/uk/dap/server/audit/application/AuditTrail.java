package uk.dap.server.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.dap.server.audit.domain.AuditPending;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.audit.domain.AuditRecordDraft;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;

/**
 * Writes the audit trail: who, role, when, action, record type and id, outcome. The entry joins the caller's
 * transaction, so a change and its audit entry are committed together or not at all; {@link AuditChainer} then gives
 * it its place in the hash chain. Details never hold personal
 * data: ids and field names, not values.
 */
@ApplicationScoped
public class AuditTrail {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Clock clock;

    /** Records an action by the signed-in caller, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId, AuditOutcome outcome, String detail) {
        Caller caller = currentCaller.get().orElse(null);
        String actor = caller == null ? "anonymous" : caller.username();
        String role = caller == null ? null : caller.role().name();
        append(actor, role, action, recordType, recordId, outcome, detail);
    }

    /** Records an action by someone not (yet) signed in, such as a sign-in attempt, in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String role, String action, String recordType, Object recordId,
                         AuditOutcome outcome, String detail) {
        append(actor, role, action, recordType, recordId, outcome, detail);
    }

    /** Records an action in a transaction of its own: refusals before any work starts, and read-only checks. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String action, String recordType, Object recordId, AuditOutcome outcome, String detail) {
        record(action, recordType, recordId, outcome, detail);
    }

    private void append(String actor, String role, String action, String recordType, Object recordId,
                        AuditOutcome outcome, String detail) {
        // Written with the change and without the chain's lock; AuditChainer links it into the chain moments later.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        em.persist(new AuditPending(new AuditRecordDraft(at, truncate(actor, 100), role, action, recordType,
                recordId == null ? null : truncate(recordId.toString(), 60), outcome, truncate(detail, 500))));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
