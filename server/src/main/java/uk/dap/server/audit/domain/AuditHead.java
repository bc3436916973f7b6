package uk.dap.server.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest end of the audit chain, a single row. Writers lock it for the rest of their transaction, which makes
 * appends strictly sequential; the verifier compares it with the last entry, so cutting entries off the end shows.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {
    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {
        // for JPA
    }

    /** Appends the record after the current head and moves the head on. */
    public AuditEntry append(AuditRecordDraft draft) {
        AuditRecord record = draft.withSeq(lastSeq + 1);
        AuditEntry entry = new AuditEntry(record, lastHash);
        lastSeq = record.seq();
        lastHash = entry.hash();
        return entry;
    }
}
