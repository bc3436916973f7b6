-- Issue 17: the children of a DART family answer their own questionnaires and are marked at each session.

-- A response is the participant's (child_id null) or one child's; once per person, instrument and stage. Derby's unique
-- constraint would let any number of nulls through, so the key is the generated respondent (0 for the participant).
ALTER TABLE evaluation_response ADD COLUMN child_id BIGINT CONSTRAINT evaluation_response_child_fk REFERENCES child (id);
ALTER TABLE evaluation_response ADD COLUMN respondent BIGINT GENERATED ALWAYS AS (COALESCE(child_id, 0));
ALTER TABLE evaluation_response DROP CONSTRAINT evaluation_response_once_uq;
ALTER TABLE evaluation_response ADD CONSTRAINT evaluation_response_once_uq UNIQUE (enrolment_id, respondent, instrument_code, stage);

-- A child's mark at a session of their mother's cohort, kept apart from the attendance of the people enrolled, so that
-- no attendance rate, register or completion rule counts a child as a participant. sign_in_id: the kiosk's UUID.
CREATE TABLE child_attendance (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    session_id    BIGINT       NOT NULL CONSTRAINT child_attendance_session_fk REFERENCES cohort_session (id),
    enrolment_id  BIGINT       NOT NULL CONSTRAINT child_attendance_enrolment_fk REFERENCES enrolment (id),
    child_id      BIGINT       NOT NULL CONSTRAINT child_attendance_child_fk REFERENCES child (id),
    status        VARCHAR(20)  NOT NULL,
    sign_in_id    CHAR(36)     CONSTRAINT child_attendance_sign_in_uq UNIQUE,
    kiosk_id      BIGINT,
    marked_at     TIMESTAMP    NOT NULL,
    marked_by     VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT child_attendance_person_uq UNIQUE (session_id, child_id)
);

-- Which children started (attended a session) is part of the report's prepared row, as a list of child ids.
ALTER TABLE report_enrolment ADD COLUMN children_started VARCHAR(1000) NOT NULL DEFAULT '';
CREATE TRIGGER report_child_attendance_inserted AFTER INSERT ON child_attendance REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.enrolment_id);
CREATE TRIGGER report_child_attendance_updated AFTER UPDATE ON child_attendance REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.enrolment_id);
CREATE TRIGGER report_child_attendance_deleted AFTER DELETE ON child_attendance REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (o.enrolment_id);

-- DART's plan: each child answers the children's questionnaire before, after and at follow-up, as published DART
-- evaluations ask mothers and children apart.
INSERT INTO evaluation_plan_entry (programme_code, stage, instrument_code, position)
SELECT 'DART', RTRIM(s.stage), 'CHILD_FEELINGS', s.position FROM (VALUES ('PRE', 8), ('POST', 9), ('FOLLOW_UP', 10)) AS s (stage, position);
