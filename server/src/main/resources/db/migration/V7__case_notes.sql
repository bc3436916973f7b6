-- Casework (issue 5): key-worker case notes (append-only, corrections as new versions), time-limited access to
-- sensitive notes, and appointments (one-to-ones and home visits) marked kept or missed.

-- A note: who it is about and its type, fixed for all its versions (a note never moves between types, so what a
-- reader may see of it never changes behind their back).
CREATE TABLE case_note (
    id             BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id BIGINT       NOT NULL CONSTRAINT case_note_participant_fk REFERENCES participant (id),
    note_type      VARCHAR(30)  NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);
CREATE INDEX case_note_participant_ix ON case_note (participant_id, note_type);

-- Each version of a note, never changed or deleted: a correction is a new row pointing at the version it corrects.
CREATE TABLE case_note_version (
    id                  BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id             BIGINT        NOT NULL CONSTRAINT case_note_version_note_fk REFERENCES case_note (id),
    version_number      INT           NOT NULL,
    corrects_version_id BIGINT        CONSTRAINT case_note_version_corrects_fk REFERENCES case_note_version (id),
    correction_reason   VARCHAR(300),
    occurred_on         DATE          NOT NULL,
    body                VARCHAR(4000) NOT NULL,
    sensitive           BOOLEAN       NOT NULL,
    author_id           BIGINT        NOT NULL,
    author_name         VARCHAR(100)  NOT NULL,
    written_at          TIMESTAMP     NOT NULL,
    CONSTRAINT case_note_version_uq UNIQUE (note_id, version_number)
);

-- A lead's reasoned, time-limited access to one participant's sensitive notes.
CREATE TABLE sensitive_access_grant (
    id             BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id BIGINT       NOT NULL CONSTRAINT sensitive_access_participant_fk REFERENCES participant (id),
    account_id     BIGINT       NOT NULL,
    reason         VARCHAR(300) NOT NULL,
    granted_at     TIMESTAMP    NOT NULL,
    expires_at     TIMESTAMP    NOT NULL
);
CREATE INDEX sensitive_access_lookup_ix ON sensitive_access_grant (participant_id, account_id, expires_at);

CREATE TABLE appointment (
    id               BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id   BIGINT       NOT NULL CONSTRAINT appointment_participant_fk REFERENCES participant (id),
    appointment_type VARCHAR(20)  NOT NULL,
    starts_at        TIMESTAMP    NOT NULL,
    with_whom        VARCHAR(100) NOT NULL,
    scheduled_by     VARCHAR(100) NOT NULL,
    scheduled_at     TIMESTAMP    NOT NULL,
    outcome          VARCHAR(20),
    marked_by        VARCHAR(100),
    marked_at        TIMESTAMP,
    change_reason    VARCHAR(300),
    version          BIGINT       NOT NULL
);
CREATE INDEX appointment_participant_ix ON appointment (participant_id, starts_at);
