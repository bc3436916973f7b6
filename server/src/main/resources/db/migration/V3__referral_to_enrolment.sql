-- Referral to enrolment (issue 3): programme rule values, lead programmes, participants and their children, linked
-- parties, referrals with consent and risk, eligibility checks and decisions, cohorts and sessions, closure dates,
-- enrolments and alerts. Dates without a time are DATE; local session times are DATE + TIME (Europe/London wall clock).

ALTER TABLE programme ADD COLUMN min_age_years INT;
ALTER TABLE programme ADD COLUMN child_min_age INT;
ALTER TABLE programme ADD COLUMN child_max_age INT;
ALTER TABLE programme ADD COLUMN min_risk_level VARCHAR(10);
ALTER TABLE programme ADD COLUMN default_capacity INT NOT NULL DEFAULT 12;
ALTER TABLE programme ADD COLUMN min_capacity INT NOT NULL DEFAULT 1;
ALTER TABLE programme ADD COLUMN max_capacity INT NOT NULL DEFAULT 20;
ALTER TABLE programme ADD COLUMN facilitators_required INT NOT NULL DEFAULT 1;
ALTER TABLE programme ADD COLUMN dash_medium_from INT NOT NULL DEFAULT 10;
ALTER TABLE programme ADD COLUMN dash_high_from INT NOT NULL DEFAULT 14;

-- Published practice: Caring Dads groups of 10-15 men with two facilitators, children aged 0-16, medium or high risk.
UPDATE programme SET child_min_age = 0, child_max_age = 16, min_risk_level = 'MEDIUM', default_capacity = 12,
                     min_capacity = 10, max_capacity = 15, facilitators_required = 2 WHERE code = 'CARING_DADS';
UPDATE programme SET min_age_years = 16 WHERE code IN ('FREEDOM', 'GATEWAY');
-- NSPCC's DART: children aged 7-14.
UPDATE programme SET child_min_age = 7, child_max_age = 14 WHERE code = 'DART';

CREATE TABLE staff_programme (
    account_id     BIGINT      NOT NULL CONSTRAINT staff_programme_account_fk REFERENCES staff_account (id),
    programme_code VARCHAR(30) NOT NULL CONSTRAINT staff_programme_programme_fk REFERENCES programme (code),
    PRIMARY KEY (account_id, programme_code)
);

CREATE TABLE participant (
    id                   BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name           VARCHAR(60)  NOT NULL,
    last_name            VARCHAR(60)  NOT NULL,
    date_of_birth        DATE         NOT NULL,
    gender               VARCHAR(20)  NOT NULL,
    preferred_language   VARCHAR(40),
    interpreter_needed   BOOLEAN      NOT NULL,
    accessibility_needs  VARCHAR(500),
    address              VARCHAR(300),
    postcode             VARCHAR(10),
    phone                VARCHAR(30),
    email                VARCHAR(200),
    contact_confidential BOOLEAN      NOT NULL,
    confidential_reason  VARCHAR(300),
    safe_phone           BOOLEAN      NOT NULL,
    safe_voicemail       BOOLEAN      NOT NULL,
    safe_text            BOOLEAN      NOT NULL,
    safe_email           BOOLEAN      NOT NULL,
    safe_letters         BOOLEAN      NOT NULL,
    code_word            VARCHAR(50),
    safe_times           VARCHAR(200),
    key_worker_id        BIGINT       CONSTRAINT participant_key_worker_fk REFERENCES staff_account (id),
    created_by           BIGINT       NOT NULL CONSTRAINT participant_created_by_fk REFERENCES staff_account (id),
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL
);
CREATE INDEX participant_last_name_ix ON participant (last_name);
CREATE INDEX participant_dob_ix ON participant (date_of_birth);

CREATE TABLE child (
    id                     BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id         BIGINT      NOT NULL CONSTRAINT child_participant_fk REFERENCES participant (id),
    first_name             VARCHAR(60) NOT NULL,
    last_name              VARCHAR(60),
    date_of_birth          DATE        NOT NULL,
    lives_with_participant BOOLEAN     NOT NULL,
    regular_contact        BOOLEAN,
    social_care_status     VARCHAR(30) NOT NULL,
    status_changed_on      DATE        NOT NULL,
    needs_creche           BOOLEAN     NOT NULL,
    version                BIGINT      NOT NULL
);

-- participant_a < participant_b, so that one pair has one link.
CREATE TABLE linked_party (
    id             BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_a  BIGINT      NOT NULL CONSTRAINT link_a_fk REFERENCES participant (id),
    participant_b  BIGINT      NOT NULL CONSTRAINT link_b_fk REFERENCES participant (id),
    relationship   VARCHAR(20) NOT NULL,
    role_a         VARCHAR(20) NOT NULL,
    role_b         VARCHAR(20) NOT NULL,
    created_by     BIGINT      NOT NULL,
    created_at     TIMESTAMP   NOT NULL,
    CONSTRAINT link_order_ck CHECK (participant_a < participant_b),
    CONSTRAINT link_pair_uq UNIQUE (participant_a, participant_b)
);

CREATE TABLE referral (
    id                       BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id           BIGINT        NOT NULL CONSTRAINT referral_participant_fk REFERENCES participant (id),
    programme_code           VARCHAR(30)   NOT NULL CONSTRAINT referral_programme_fk REFERENCES programme (code),
    referrer_account_id      BIGINT        CONSTRAINT referral_referrer_fk REFERENCES staff_account (id),
    external_agency          VARCHAR(120),
    external_contact         VARCHAR(120),
    agency_type              VARCHAR(30)   NOT NULL,
    referred_on              DATE          NOT NULL,
    reason                   VARCHAR(2000) NOT NULL,
    father_figure            BOOLEAN,
    abusive_to_mother        BOOLEAN,
    hostile_after_separation BOOLEAN,
    main_concern_csa         BOOLEAN,
    experienced_abuse        BOOLEAN,
    created_by               BIGINT        NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    version                  BIGINT        NOT NULL
);
CREATE INDEX referral_participant_ix ON referral (participant_id);

CREATE TABLE referral_family_child (
    referral_id BIGINT NOT NULL CONSTRAINT family_referral_fk REFERENCES referral (id),
    child_id    BIGINT NOT NULL CONSTRAINT family_child_fk REFERENCES child (id),
    PRIMARY KEY (referral_id, child_id)
);

-- Never updated except to add a withdrawal once: the record of what was agreed stays as it was.
CREATE TABLE consent_record (
    id              BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id     BIGINT       NOT NULL CONSTRAINT consent_referral_fk REFERENCES referral (id),
    purpose         VARCHAR(30)  NOT NULL,
    basis           VARCHAR(20)  NOT NULL,
    agencies        VARCHAR(300),
    obtained_by     VARCHAR(100) NOT NULL,
    obtained_on     DATE         NOT NULL,
    reason          VARCHAR(500),
    decided_by      VARCHAR(100),
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP    NOT NULL,
    withdrawn_on    DATE,
    withdrawal_note VARCHAR(500),
    version         BIGINT       NOT NULL
);

-- Append-only history; the newest row is the current assessment.
CREATE TABLE risk_assessment (
    id               BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id      BIGINT       NOT NULL CONSTRAINT risk_referral_fk REFERENCES referral (id),
    dash_score       INT,
    score_level      VARCHAR(10),
    judged_level     VARCHAR(10),
    judgement_reason VARCHAR(500),
    marac_open       BOOLEAN      NOT NULL,
    last_marac_on    DATE,
    assessed_by      VARCHAR(100) NOT NULL,
    assessed_at      TIMESTAMP    NOT NULL
);

CREATE TABLE eligibility_check (
    id          BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id BIGINT       NOT NULL CONSTRAINT check_referral_fk REFERENCES referral (id),
    outcome     VARCHAR(20)  NOT NULL,
    checked_by  VARCHAR(100) NOT NULL,
    checked_at  TIMESTAMP    NOT NULL
);

CREATE TABLE eligibility_rule_result (
    check_id    BIGINT       NOT NULL CONSTRAINT rule_check_fk REFERENCES eligibility_check (id),
    position    INT          NOT NULL,
    rule_id     VARCHAR(40)  NOT NULL,
    outcome     VARCHAR(10)  NOT NULL,
    explanation VARCHAR(400) NOT NULL,
    PRIMARY KEY (check_id, position)
);

CREATE TABLE eligibility_decision (
    id            BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id   BIGINT        NOT NULL CONSTRAINT decision_referral_fk REFERENCES referral (id),
    decision      VARCHAR(10)   NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    justification VARCHAR(2000),
    check_outcome VARCHAR(20)   NOT NULL,
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    TIMESTAMP     NOT NULL
);

CREATE TABLE closure_date (
    closed_on   DATE         NOT NULL PRIMARY KEY,
    description VARCHAR(100) NOT NULL
);

CREATE TABLE cohort (
    id               BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_code   VARCHAR(30) NOT NULL CONSTRAINT cohort_programme_fk REFERENCES programme (code),
    venue_id         BIGINT      NOT NULL CONSTRAINT cohort_venue_fk REFERENCES venue (id),
    room             VARCHAR(60),
    start_date       DATE        NOT NULL,
    start_time       TIME        NOT NULL,
    duration_minutes INT         NOT NULL,
    capacity         INT         NOT NULL,
    created_by       BIGINT      NOT NULL,
    created_at       TIMESTAMP   NOT NULL,
    version          BIGINT      NOT NULL
);

CREATE TABLE cohort_facilitator (
    cohort_id  BIGINT NOT NULL CONSTRAINT facilitator_cohort_fk REFERENCES cohort (id),
    account_id BIGINT NOT NULL CONSTRAINT facilitator_account_fk REFERENCES staff_account (id),
    PRIMARY KEY (cohort_id, account_id)
);

CREATE TABLE cohort_session (
    id               BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cohort_id        BIGINT       NOT NULL CONSTRAINT session_cohort_fk REFERENCES cohort (id),
    number           INT          NOT NULL,
    session_date     DATE         NOT NULL,
    start_time       TIME         NOT NULL,
    duration_minutes INT          NOT NULL,
    venue_id         BIGINT       NOT NULL CONSTRAINT session_venue_fk REFERENCES venue (id),
    status           VARCHAR(10)  NOT NULL,
    note             VARCHAR(200),
    version          BIGINT       NOT NULL,
    CONSTRAINT session_number_uq UNIQUE (cohort_id, number)
);
CREATE INDEX session_venue_date_ix ON cohort_session (venue_id, session_date);

CREATE TABLE enrolment (
    id                BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id       BIGINT        NOT NULL CONSTRAINT enrolment_referral_fk REFERENCES referral (id)
                                    CONSTRAINT enrolment_referral_uq UNIQUE,
    participant_id    BIGINT        NOT NULL CONSTRAINT enrolment_participant_fk REFERENCES participant (id),
    programme_code    VARCHAR(30)   NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    cohort_id         BIGINT        CONSTRAINT enrolment_cohort_fk REFERENCES cohort (id),
    offered_at        TIMESTAMP,
    enrolled_at       TIMESTAMP,
    ended_at          TIMESTAMP,
    withdrawal_reason VARCHAR(20),
    withdrawal_note   VARCHAR(1000),
    version           BIGINT        NOT NULL
);
CREATE INDEX enrolment_cohort_ix ON enrolment (cohort_id, state);
CREATE INDEX enrolment_participant_ix ON enrolment (participant_id);

CREATE TABLE enrolment_transition (
    id           BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id BIGINT       NOT NULL CONSTRAINT transition_enrolment_fk REFERENCES enrolment (id),
    from_state   VARCHAR(20),
    to_state     VARCHAR(20)  NOT NULL,
    occurred_at  TIMESTAMP    NOT NULL,
    actor        VARCHAR(100) NOT NULL
);

CREATE TABLE alert (
    id             BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    programme_code VARCHAR(30),
    participant_id BIGINT       CONSTRAINT alert_participant_fk REFERENCES participant (id),
    cohort_id      BIGINT,
    message        VARCHAR(500) NOT NULL,
    raised_at      TIMESTAMP    NOT NULL
);
