-- The completion report's prepared rows (V12) kept attendance and answers as encoded text: one character per programme
-- week ('.', 'o', 'A') and 'instrument|stage|score;'. Issue 16 makes them typed: the weeks a person was expected at a
-- closed register are rows of report_week (attended or not), the answers rows of report_response, and the row keeps
-- the two counts the report needs per person. Which weeks count and what counts as attended are still decided in Java
-- (Stay.expected, AttendanceStatus.attended), by the rebuild; these tables only keep what it decided.
CREATE TABLE report_week (
    enrolment_id BIGINT  NOT NULL,
    week         INT     NOT NULL,
    attended     BOOLEAN NOT NULL,
    CONSTRAINT report_week_pk PRIMARY KEY (enrolment_id, week),
    CONSTRAINT report_week_number_ck CHECK (week >= 1)
);

CREATE TABLE report_response (
    enrolment_id    BIGINT      NOT NULL,
    instrument_code VARCHAR(40) NOT NULL,
    stage           VARCHAR(20) NOT NULL,
    score           DOUBLE,
    CONSTRAINT report_response_pk PRIMARY KEY (enrolment_id, instrument_code, stage)
);

ALTER TABLE report_enrolment ADD COLUMN weeks_expected INT NOT NULL DEFAULT 0;
ALTER TABLE report_enrolment ADD COLUMN weeks_attended INT NOT NULL DEFAULT 0;
ALTER TABLE report_enrolment DROP COLUMN weeks;
ALTER TABLE report_enrolment DROP COLUMN responses;

-- Every row is built again in the new shape, in the background after start-up; a report asked for meanwhile answers
-- from the rows built so far and says how many are still to come.
DELETE FROM report_stale;
INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment;
