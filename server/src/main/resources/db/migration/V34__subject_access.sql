-- Issue 22: subject access requests. A request is logged with the day it was received and how identity was checked;
-- it is due one calendar month later (extendable once, by two more months, with a reason). The pack is put together
-- when a reviewer releases it and kept as released, so that what was reviewed is what leaves.
CREATE TABLE subject_access_request (
    id               BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id   BIGINT        NOT NULL CONSTRAINT sar_participant_fk REFERENCES participant (id),
    received_on      DATE          NOT NULL,
    identity_checked VARCHAR(300)  NOT NULL,
    logged_by        VARCHAR(100)  NOT NULL,
    logged_at        TIMESTAMP     NOT NULL,
    due_on           DATE          NOT NULL,
    extended_to      DATE,
    extension_reason VARCHAR(500),
    status           VARCHAR(10)   NOT NULL,
    released_by      VARCHAR(100),
    released_at      TIMESTAMP,
    pack             BLOB(64M),
    pack_sha256      CHAR(64)
);
CREATE INDEX sar_status_ix ON subject_access_request (status, due_on);

-- An item the reviewer withholds from the pack, with the exemption relied on. Never shown in the pack.
CREATE TABLE subject_access_withheld (
    request_id  BIGINT       NOT NULL CONSTRAINT sar_withheld_request_fk REFERENCES subject_access_request (id),
    item_key    VARCHAR(60)  NOT NULL,
    exemption   VARCHAR(500) NOT NULL,
    withheld_by VARCHAR(100) NOT NULL,
    withheld_at TIMESTAMP    NOT NULL,
    CONSTRAINT sar_withheld_pk PRIMARY KEY (request_id, item_key)
);

-- Who has viewed a person's record, for their pack: the audit trail read by the record's reference.
CREATE INDEX audit_entry_record_ix ON audit_entry (record_id);
