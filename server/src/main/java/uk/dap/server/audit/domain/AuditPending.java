package uk.dap.server.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit entry written with its change, waiting for the chainer to give it its place in the chain. */
@Entity
@Table(name = "audit_pending")
public class AuditPending {
    @Id
    private String id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    private String action;
    @Column(name = "record_type")
    private String recordType;
    @Column(name = "record_id")
    private String recordId;
    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;
    private String detail;

    protected AuditPending() {
        // for JPA
    }

    public AuditPending(AuditRecordDraft draft) {
        this.id = java.util.UUID.randomUUID().toString();
        this.occurredAt = draft.at();
        this.actor = draft.actor();
        this.actorRole = draft.actorRole();
        this.action = draft.action();
        this.recordType = draft.recordType();
        this.recordId = draft.recordId();
        this.outcome = draft.outcome();
        this.detail = draft.detail();
    }
}
