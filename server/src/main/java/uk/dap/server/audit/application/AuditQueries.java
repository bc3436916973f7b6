package uk.dap.server.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import uk.dap.server.audit.domain.AuditEntry;
import uk.dap.server.audit.domain.AuditRecord;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.shared.api.AuditEntryView;
import uk.dap.shared.api.AuditVerification;

/** Reading and verifying the audit trail. There is deliberately no way to change or delete an entry. */
@ApplicationScoped
public class AuditQueries {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @jakarta.inject.Inject
    AuditChainer chainer;
    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;

    /** The newest entries first, {@code limit} at a time; {@code beforeSeq} pages back through older ones. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<AuditEntryView> newest(int limit, Long beforeSeq) {
        chainer.chainAll();
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.seq < :before ORDER BY e.seq DESC", AuditEntry.class)
                .setParameter("before", beforeSeq == null ? Long.MAX_VALUE : beforeSeq)
                .setMaxResults(limit)
                .getResultStream()
                .map(e -> {
                    AuditRecord r = e.record();
                    return new AuditEntryView(r.seq(), r.at(), r.actor(), r.actorRole(), r.action(), r.recordType(),
                            r.recordId(), r.outcome(), r.detail(), e.hash());
                })
                .toList();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditVerification verify() {
        chainer.chainAll();
        try (Connection connection = dataSource.getConnection()) {
            return AuditChainVerifier.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }
}
