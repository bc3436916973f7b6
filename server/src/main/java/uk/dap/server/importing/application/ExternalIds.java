package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;

/** The service's own references of imported records, per kind (V29), which make a second import create nothing twice. */
@ApplicationScoped
public class ExternalIds {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Clock clock;

    /** The record imported before under this reference, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long find(String kind, String reference) {
        Object found = em.createNativeQuery("SELECT entity_id FROM import_external_id WHERE kind = ? AND reference = ?")
                .setParameter(1, kind).setParameter(2, reference).getResultStream().findFirst().orElse(null);
        return found == null ? null : ((Number) found).longValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String kind, String reference, long entityId, String importId) {
        em.createNativeQuery("INSERT INTO import_external_id (kind, reference, entity_id, import_id, imported_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, kind).setParameter(2, reference).setParameter(3, entityId).setParameter(4, importId)
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
    }
}
