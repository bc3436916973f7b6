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

    /** The references the records {@code entityIds} came in with (those imported), by record id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, String> referencesOf(String kind, java.util.List<Long> entityIds) {
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        if (!entityIds.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(entityIds.size(), "?"));
            jakarta.persistence.Query query = em.createNativeQuery("SELECT entity_id, reference FROM import_external_id WHERE kind = ?"
                    + " AND entity_id IN (" + marks + ")").setParameter(1, kind);
            for (int i = 0; i < entityIds.size(); i++) {
                query.setParameter(i + 2, entityIds.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                found.put(((Number) columns[0]).longValue(), (String) columns[1]);
            }
        }
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String kind, String reference, long entityId, String importId) {
        em.createNativeQuery("INSERT INTO import_external_id (kind, reference, entity_id, import_id, imported_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, kind).setParameter(2, reference).setParameter(3, entityId).setParameter(4, importId)
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
    }
}
