-- Issue 22: the audit trail itself is on the retention schedule. Entries older than its period are removed from the
-- start of the chain, never from within it; audit_start keeps the entry the chain now starts at and the hash it links
-- to, so that the rest still verifies, and removing entries any other way is still found.
CREATE TABLE audit_start (
    id        INT      NOT NULL PRIMARY KEY,
    first_seq BIGINT   NOT NULL,
    prev_hash CHAR(64) NOT NULL
);
INSERT INTO audit_start (id, first_seq, prev_hash)
VALUES (1, 1, '0000000000000000000000000000000000000000000000000000000000000000');

INSERT INTO retention_rule (kind, period_months) VALUES ('AUDIT_TRAIL', 120);
