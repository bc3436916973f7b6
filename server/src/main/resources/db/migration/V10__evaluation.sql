-- Evaluations (issue 5): each programme's plan of which instrument is given at which stage (data a programme lead
-- changes, not code), and questionnaire responses with their answers. Instruments themselves are definition files in
-- the shared module; a response keeps the code and version it was answered with.

CREATE TABLE evaluation_plan (
    programme_code    VARCHAR(30) NOT NULL PRIMARY KEY CONSTRAINT evaluation_plan_programme_fk REFERENCES programme (code),
    follow_up_months  INT         NOT NULL,
    version           BIGINT      NOT NULL
);

CREATE TABLE evaluation_plan_entry (
    programme_code    VARCHAR(30) NOT NULL CONSTRAINT evaluation_plan_entry_plan_fk REFERENCES evaluation_plan (programme_code),
    stage             VARCHAR(20) NOT NULL,
    instrument_code   VARCHAR(40) NOT NULL,
    position          INT         NOT NULL,
    CONSTRAINT evaluation_plan_entry_pk PRIMARY KEY (programme_code, stage, instrument_code)
);

-- The id is a UUID: made on the kiosk for kiosk answers (so that a resent response is recognised), by the server for
-- paper ones. One response per enrolment, instrument and stage.
CREATE TABLE evaluation_response (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    enrolment_id       BIGINT       NOT NULL CONSTRAINT evaluation_response_enrolment_fk REFERENCES enrolment (id),
    participant_id     BIGINT       NOT NULL,
    programme_code     VARCHAR(30)  NOT NULL,
    instrument_code    VARCHAR(40)  NOT NULL,
    instrument_version INT          NOT NULL,
    stage              VARCHAR(20)  NOT NULL,
    source             VARCHAR(10)  NOT NULL,
    kiosk_id           BIGINT,
    session_id         BIGINT,
    entered_by         VARCHAR(100) NOT NULL,
    answered_at        TIMESTAMP    NOT NULL,
    received_at        TIMESTAMP    NOT NULL,
    score              DOUBLE,
    answered_items     INT          NOT NULL,
    CONSTRAINT evaluation_response_once_uq UNIQUE (enrolment_id, instrument_code, stage)
);
CREATE INDEX evaluation_response_participant_ix ON evaluation_response (participant_id);

-- A null value is a skipped item.
CREATE TABLE evaluation_answer (
    response_id  CHAR(36)    NOT NULL CONSTRAINT evaluation_answer_response_fk REFERENCES evaluation_response (id),
    item_id      VARCHAR(40) NOT NULL,
    answer_value INT,
    CONSTRAINT evaluation_answer_pk PRIMARY KEY (response_id, item_id)
);

-- Defaults for the five programmes: self-esteem and the life-areas self-rating before, after and at follow-up (six
-- months after the end, as DART's published evaluation does), and the session feedback form at the end.
INSERT INTO evaluation_plan (programme_code, follow_up_months, version)
SELECT code, 6, 0 FROM programme WHERE code IN ('CARING_DADS', 'NEW_BEGINNINGS', 'FREEDOM', 'GATEWAY', 'DART');

INSERT INTO evaluation_plan_entry (programme_code, stage, instrument_code, position)
-- VALUES makes fixed-width CHAR columns: trim the padding.
SELECT p.programme_code, RTRIM(s.stage), RTRIM(s.instrument_code), s.position FROM evaluation_plan p,
  (VALUES ('PRE', 'RSES', 1), ('PRE', 'LIFE_AREAS', 2),
          ('POST', 'RSES', 3), ('POST', 'LIFE_AREAS', 4), ('POST', 'SESSION_FEEDBACK', 5),
          ('FOLLOW_UP', 'RSES', 6), ('FOLLOW_UP', 'LIFE_AREAS', 7)) AS s (stage, instrument_code, position);
