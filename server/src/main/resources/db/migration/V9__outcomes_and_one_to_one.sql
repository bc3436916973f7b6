-- Outcomes and New Beginnings' one-to-one work (issue 5): each child's social care status when the parent started
-- (placed in a cohort), the outcome recorded at the end with the children's end status and post-programme support,
-- the configurable list of attachment strategies, and the one-to-one records themselves.

-- Taken when an enrolment becomes ENROLLED, so that the outcome can compare the end with the start even though a
-- child's record only keeps its current status.
CREATE TABLE enrolment_child_start (
    id                     BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id           BIGINT      NOT NULL CONSTRAINT child_start_enrolment_fk REFERENCES enrolment (id),
    child_id               BIGINT      NOT NULL CONSTRAINT child_start_child_fk REFERENCES child (id),
    social_care_status     VARCHAR(30) NOT NULL,
    lived_with_participant BOOLEAN     NOT NULL,
    taken_on               DATE        NOT NULL,
    CONSTRAINT child_start_uq UNIQUE (enrolment_id, child_id)
);

-- Enrolments that started before this migration: the best start we have is the status as it stands now (or as it
-- was when the enrolment ended, which is the same thing, as no history was kept).
INSERT INTO enrolment_child_start (enrolment_id, child_id, social_care_status, lived_with_participant, taken_on)
SELECT e.id, c.id, c.social_care_status, c.lives_with_participant, CAST(e.enrolled_at AS DATE)
FROM enrolment e, child c WHERE e.enrolled_at IS NOT NULL AND c.participant_id = e.participant_id;

CREATE TABLE enrolment_outcome (
    id                  BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id        BIGINT        NOT NULL CONSTRAINT outcome_enrolment_fk REFERENCES enrolment (id)
                                      CONSTRAINT outcome_enrolment_uq UNIQUE,
    summary             VARCHAR(4000) NOT NULL,
    support_offered     BOOLEAN       NOT NULL,
    support_what        VARCHAR(300),
    support_offered_on  DATE,
    support_response    VARCHAR(20),
    recorded_by         VARCHAR(100)  NOT NULL,
    recorded_at         TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL
);

CREATE TABLE outcome_child (
    id                BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outcome_id        BIGINT      NOT NULL CONSTRAINT outcome_child_outcome_fk REFERENCES enrolment_outcome (id),
    child_id          BIGINT      NOT NULL CONSTRAINT outcome_child_child_fk REFERENCES child (id),
    status_at_end     VARCHAR(30) NOT NULL,
    remains_at_home   BOOLEAN,
    CONSTRAINT outcome_child_uq UNIQUE (outcome_id, child_id)
);

-- Data, not an enum: the lead of New Beginnings changes the list. Neutral labels; a retired label stays for old records.
CREATE TABLE attachment_strategy (
    id       BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label    VARCHAR(100) NOT NULL CONSTRAINT attachment_strategy_label_uq UNIQUE,
    active   BOOLEAN      NOT NULL,
    position INT          NOT NULL
);
INSERT INTO attachment_strategy (label, active, position) VALUES
('Secure', TRUE, 1),
('Avoidant / dismissing', TRUE, 2),
('Preoccupied / ambivalent', TRUE, 3),
('Unresolved / disorganised', TRUE, 4);

-- Append-only: a record is never changed; a mistake is put right by a new entry.
CREATE TABLE one_to_one_record (
    id              BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id    BIGINT        NOT NULL CONSTRAINT one_to_one_enrolment_fk REFERENCES enrolment (id),
    participant_id  BIGINT        NOT NULL CONSTRAINT one_to_one_participant_fk REFERENCES participant (id),
    kind            VARCHAR(30)   NOT NULL,
    occurred_on     DATE          NOT NULL,
    text            VARCHAR(2000),
    coded_by        VARCHAR(100),
    strategy_id     BIGINT        CONSTRAINT one_to_one_strategy_fk REFERENCES attachment_strategy (id),
    qb_result       VARCHAR(30),
    onward_referral VARCHAR(500),
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL
);
CREATE INDEX one_to_one_enrolment_ix ON one_to_one_record (enrolment_id, kind);
