-- Issue 22: data-protection duties. The retention schedule is data an administrator changes (each change audited);
-- the defaults and where they come from are in docs/data-protection.md. A kind's start is fixed (RecordKind).
CREATE TABLE retention_rule (
    kind          VARCHAR(30)  NOT NULL PRIMARY KEY,
    period_months INT          NOT NULL,
    changed_by    VARCHAR(100),
    changed_at    TIMESTAMP
);
INSERT INTO retention_rule (kind, period_months) VALUES
    ('CONTACT_DETAILS', 12),
    ('IDENTITY', 72),
    ('CASE_NOTES', 72),
    ('REFERRALS_AND_RISK', 72),
    ('ATTENDANCE', 72),
    ('QUESTIONNAIRE_ANSWERS', 72),
    ('OUTCOMES', 72),
    ('CHILDREN', 0),
    ('KIOSK_AND_SIGN_IN', 24);

-- What has been anonymised of whom, so that a run does each person's kind once and a list can say "erased on".
-- subject_id is a participant's id, or a child's for CHILDREN.
CREATE TABLE anonymisation (
    kind          VARCHAR(30) NOT NULL,
    subject_id    BIGINT      NOT NULL,
    anonymised_on DATE        NOT NULL,
    cause         VARCHAR(10) NOT NULL,
    CONSTRAINT anonymisation_pk PRIMARY KEY (kind, subject_id)
);

CREATE TABLE legal_hold (
    id             BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id BIGINT       NOT NULL CONSTRAINT legal_hold_participant_fk REFERENCES participant (id),
    grounds        VARCHAR(30)  NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    placed_by      VARCHAR(100) NOT NULL,
    placed_at      TIMESTAMP    NOT NULL,
    lifted_by      VARCHAR(100),
    lifted_at      TIMESTAMP,
    lift_reason    VARCHAR(500)
);
CREATE INDEX legal_hold_participant_ix ON legal_hold (participant_id, lifted_at);

CREATE TABLE erasure_request (
    id              BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id  BIGINT        NOT NULL CONSTRAINT erasure_request_participant_fk REFERENCES participant (id),
    reason          VARCHAR(1000) NOT NULL,
    requested_by_id BIGINT        NOT NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    decision_reason VARCHAR(500)
);
CREATE INDEX erasure_request_status_ix ON erasure_request (status, requested_at);

CREATE TABLE retention_run (
    id          BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cause       VARCHAR(12)   NOT NULL,
    as_of       DATE          NOT NULL,
    started_at  TIMESTAMP     NOT NULL,
    finished_at TIMESTAMP     NOT NULL,
    counts      VARCHAR(2000) NOT NULL,
    held_back   BIGINT        NOT NULL
);

