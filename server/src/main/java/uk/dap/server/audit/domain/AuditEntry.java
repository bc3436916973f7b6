package uk.dap.server.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the append-only audit trail, as read back. Written only by AuditChainer (plain JDBC), never changed:
 * there are no setters.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    private long seq;
    @Column(name = "occurred_at")
    private Instant at;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    private String action;
    @Column(name = "record_type")
    private String recordType;
    @Column(name = "record_id")
    private String recordId;
    private String outcome;
    private String detail;
    @Column(name = "prev_hash")
    private String prevHash;
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    public AuditRecord record() {
        return new AuditRecord(seq, at, actor, actorRole, action, recordType, recordId, outcome, detail);
    }

    public String hash() {
        return hash;
    }
}
