-- Issue 21: each imported row carries the service's own reference for it, kept per kind of record, so that a second
-- import of the same file, or of an overlapping one, creates nothing twice. The upload's id is the one its audit entry names,
-- with the file's SHA-256 (known only once the whole file has been read).
CREATE TABLE import_external_id (
    kind        VARCHAR(30)  NOT NULL,
    reference   VARCHAR(60)  NOT NULL,
    entity_id   BIGINT       NOT NULL,
    import_id   CHAR(36)     NOT NULL,
    imported_at TIMESTAMP    NOT NULL,
    CONSTRAINT import_external_id_pk PRIMARY KEY (kind, reference)
);
