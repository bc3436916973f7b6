package uk.dap.server.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import uk.dap.server.audit.domain.AuditEntry;
import uk.dap.server.audit.domain.AuditRecord;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.shared.api.AuditEntryView;
import uk.dap.shared.api.AuditVerification;

/** Reading and verifying the audit trail. There is deliberately no way to change or delete an entry. */
@ApplicationScoped
public class AuditQueries {
    private static final Pattern PARTICIPANT_REFERENCE = Pattern.compile("\\bP-\\d{6,}\\b");

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @jakarta.inject.Inject
    AuditChainer chainer;
    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;
    @jakarta.inject.Inject
    @Any
    Instance<RecordNotes> recordNotes;

    /** The newest entries first, {@code limit} at a time; {@code beforeSeq} pages back through older ones. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<AuditEntryView> newest(int limit, Long beforeSeq) {
        chainer.chainAll();
        List<AuditEntry> entries = em.createQuery("SELECT e FROM AuditEntry e WHERE e.seq < :before ORDER BY e.seq DESC", AuditEntry.class)
                .setParameter("before", beforeSeq == null ? Long.MAX_VALUE : beforeSeq)
                .setMaxResults(limit)
                .getResultList();
        Set<String> people = new HashSet<>();
        entries.forEach(e -> people.addAll(peopleNamed(e.record())));
        Map<String, String> notes = new HashMap<>();
        if (!people.isEmpty()) {
            recordNotes.forEach(source -> notes.putAll(source.notesFor(people)));
        }
        return entries.stream().map(e -> {
            AuditRecord r = e.record();
            String note = String.join("; ", peopleNamed(r).stream().sorted().map(notes::get).filter(Objects::nonNull).toList());
            return new AuditEntryView(r.seq(), r.at(), r.actor(), r.actorRole(), r.action(), r.recordType(),
                    r.recordId(), r.outcome(), r.detail(), e.hash(), note.isEmpty() ? null : note);
        }).toList();
    }

    /**
     * Every chained entry about one record, by its id as written (e.g. P-000123), oldest first: for a person's subject
     * access pack. It does not chain what is pending first (as {@link #newest} does): the caller's own transaction may
     * hold a pending entry, and the chainer would wait for it; an entry of the last moment is left for the next pack.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> about(String recordType, String recordId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.recordId = :id ORDER BY e.seq", AuditEntry.class)
                .setParameter("id", recordId).getResultStream().map(e -> {
                    AuditRecord r = e.record();
                    return new AuditEntryView(r.seq(), r.at(), r.actor(), r.actorRole(), r.action(), r.recordType(), r.recordId(), r.outcome(),
                            r.detail(), e.hash(), null);
                }).filter(v -> recordType.equals(v.recordType())).toList();
    }

    /** The participant references an entry names, in its record id or its detail. */
    private static Set<String> peopleNamed(AuditRecord r) {
        Set<String> named = new HashSet<>();
        for (String text : new String[] {r.recordId(), r.detail()}) {
            if (text != null) {
                Matcher m = PARTICIPANT_REFERENCE.matcher(text);
                while (m.find()) {
                    named.add(m.group());
                }
            }
        }
        return named;
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
