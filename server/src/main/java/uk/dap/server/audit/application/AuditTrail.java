package uk.dap.server.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.dap.server.audit.domain.AuditPending;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.audit.domain.AuditRecordDraft;
import uk.dap.server.infrastructure.database.InstantConverter;

/**
 * Writes the audit trail: who, role, when, action, record type and id, outcome. The entry joins the caller's
 * transaction, so a change and its audit entry are committed together or not at all; {@link AuditChainer} then gives
 * it its place in the hash chain. Details never hold personal
 * data: ids and field names, not values.
 */
@ApplicationScoped
public class AuditTrail {
    private static final Actors.Actor ANONYMOUS = new Actors.Actor("anonymous", null);

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Actors actors;
    @Inject
    Clock clock;

    /** Records an action by the signed-in caller, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId, AuditOutcome outcome, String detail) {
        Actors.Actor actor = actors.current().orElse(ANONYMOUS);
        append(actor.name(), actor.role(), action, recordType, recordId, outcome, detail);
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

    /**
     * Records an action by the signed-in caller with plain JDBC on {@code connection}, in the local transaction the
     * caller holds open on it: for write paths that are themselves plain JDBC (kiosk sign-ins), so that the entry still
     * commits or rolls back with its change.
     */
    public void recordOn(Connection connection, String action, String recordType, Object recordId, AuditOutcome outcome, String detail)
            throws SQLException {
        Actors.Actor actor = actors.current().orElse(ANONYMOUS);
        AuditRecordDraft d = draft(actor.name(), actor.role(), action, recordType, recordId, outcome, detail);
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO audit_pending (id, occurred_at, actor, actor_role, action,"
                + " record_type, record_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, java.util.UUID.randomUUID().toString());
            st.setTimestamp(2, new InstantConverter().convertToDatabaseColumn(d.at()));
            st.setString(3, d.actor());
            st.setString(4, d.actorRole());
            st.setString(5, d.action());
            st.setString(6, d.recordType());
            st.setString(7, d.recordId());
            st.setString(8, d.outcome().name());
            st.setString(9, d.detail());
            st.executeUpdate();
        }
    }

    private void append(String actor, String role, String action, String recordType, Object recordId,
                        AuditOutcome outcome, String detail) {
        // Written with the change and without the chain's lock; AuditChainer links it into the chain moments later.
        em.persist(new AuditPending(draft(actor, role, action, recordType, recordId, outcome, detail)));
    }

    private AuditRecordDraft draft(String actor, String role, String action, String recordType, Object recordId,
                                   AuditOutcome outcome, String detail) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new AuditRecordDraft(at, truncate(actor, 100), role, action, recordType,
                recordId == null ? null : truncate(recordId.toString(), 60), outcome, truncate(detail, 500));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
