package uk.dap.server.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One native statement (an update, or a query) run over many ids, a few hundred at a time: the statement names the list as {@code (:ids)}, and
 * each chunk's ids are bound as positional parameters after any given before them. For anonymising (PersonalRecords),
 * where a statement per row would be slow and one list of thousands too long for Derby.
 */
public final class BulkUpdates {
    static final int CHUNK = 500;

    private BulkUpdates() {
    }

    /** Reads {@code sql} (with {@code (:ids)} in it) for every chunk of {@code ids}, after binding {@code first}; every row. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> select(EntityManager em, String sql, Collection<Long> ids, Object... first) {
        List<Object[]> rows = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            rows.addAll(bind(em, sql, all.subList(from, Math.min(all.size(), from + CHUNK)), first).getResultList());
        }
        return rows;
    }

    /** Runs {@code sql} (with {@code (:ids)} in it) for every chunk of {@code ids}, after binding {@code first}; rows changed. */
    public static int update(EntityManager em, String sql, Collection<Long> ids, Object... first) {
        int changed = 0;
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            changed += bind(em, sql, all.subList(from, Math.min(all.size(), from + CHUNK)), first).executeUpdate();
        }
        return changed;
    }

    private static Query bind(EntityManager em, String sql, List<Long> chunk, Object... first) {
        Query query = em.createNativeQuery(sql.replace("(:ids)", "(" + "?,".repeat(chunk.size() - 1) + "?)"));
        int position = 1;
        for (Object value : first) {
            query.setParameter(position++, value);
        }
        for (Long id : chunk) {
            query.setParameter(position++, id);
        }
        return query;
    }
}
