-- Audit entries are first written here, in the transaction of the change they record, without taking the chain's
-- lock; a single chainer moves them into the hash chain (audit_entry) in order, in batches, moments later. Writers no
-- longer queue behind each other's commits, and an entry still exists exactly when its change was committed.
-- Ids are made by the application (a UUID), not by Derby's identity generator, which fails concurrent inserts under
-- load; the chainer takes entries in the order they happened (occurred_at, then id).
CREATE TABLE audit_pending (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    actor_role  VARCHAR(20),
    action      VARCHAR(40)  NOT NULL,
    record_type VARCHAR(40),
    record_id   VARCHAR(60),
    outcome     VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500)
);
CREATE INDEX audit_pending_order_ix ON audit_pending (occurred_at, id);
