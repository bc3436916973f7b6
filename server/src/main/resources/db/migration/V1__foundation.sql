-- Foundation schema: programme catalogue, staff accounts, venues, kiosks, audit trail.
-- Times are stored as UTC in TIMESTAMP columns (see InstantConverter).

CREATE TABLE programme (
    code                        VARCHAR(30)  NOT NULL PRIMARY KEY,
    name                        VARCHAR(100) NOT NULL,
    audience                    VARCHAR(500) NOT NULL,
    length_weeks                INT          NOT NULL CONSTRAINT programme_length_ck CHECK (length_weeks BETWEEN 1 AND 104),
    session_minutes             INT          NOT NULL CONSTRAINT programme_minutes_ck CHECK (session_minutes BETWEEN 15 AND 480),
    min_attendance_percent      INT          NOT NULL CONSTRAINT programme_attendance_ck CHECK (min_attendance_percent BETWEEN 1 AND 100),
    requires_final_session      BOOLEAN      NOT NULL,
    requires_post_questionnaire BOOLEAN      NOT NULL,
    version                     BIGINT       NOT NULL
);

CREATE TABLE staff_account (
    id                 BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username           VARCHAR(50)  NOT NULL CONSTRAINT staff_account_username_uq UNIQUE,
    display_name       VARCHAR(100) NOT NULL,
    role               VARCHAR(20)  NOT NULL,
    password_hash      VARCHAR(400) NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    failed_sign_ins    INT          NOT NULL,
    locked_until       TIMESTAMP,
    tokens_valid_after TIMESTAMP,
    created_at         TIMESTAMP    NOT NULL,
    version            BIGINT       NOT NULL
);

CREATE TABLE venue (
    id         BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       VARCHAR(100) NOT NULL CONSTRAINT venue_name_uq UNIQUE,
    created_at TIMESTAMP    NOT NULL
);

CREATE TABLE kiosk (
    id                  BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id            BIGINT      NOT NULL CONSTRAINT kiosk_venue_fk REFERENCES venue (id),
    label               VARCHAR(60) NOT NULL,
    enrolment_code_hash CHAR(64)    CONSTRAINT kiosk_code_uq UNIQUE,
    code_expires_at     TIMESTAMP,
    device_secret_hash  CHAR(64),
    enrolled_at         TIMESTAMP,
    revoked_at          TIMESTAMP,
    created_at          TIMESTAMP   NOT NULL,
    version             BIGINT      NOT NULL
);

-- Append-only: the application only ever inserts here. Each entry carries the hash of the one before it, and
-- audit_head holds the newest, so that a change, a deletion or a cut-off end made directly in the database is found.
CREATE TABLE audit_entry (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    actor_role  VARCHAR(20),
    action      VARCHAR(40)  NOT NULL,
    record_type VARCHAR(40),
    record_id   VARCHAR(60),
    outcome     VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500),
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL
);

CREATE TABLE audit_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
