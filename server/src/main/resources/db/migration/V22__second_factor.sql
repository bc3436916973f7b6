-- A second factor for staff (issue 18, item 15): time-based one-time codes (RFC 6238) and one-use recovery codes.
-- The secret is kept as it is (the database is encrypted; a code cannot be checked against a hash of it); recovery
-- codes only as SHA-256, each row deleted when its code is used.
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_pending_secret VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT;
CREATE TABLE staff_recovery_code (
    account_id BIGINT      NOT NULL CONSTRAINT staff_recovery_code_account_fk REFERENCES staff_account (id),
    code_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT staff_recovery_code_pk PRIMARY KEY (account_id, code_hash)
);
