-- Issue 6: the completion report reads one prepared row per enrolment instead of summing millions of attendance and
-- questionnaire rows at report time. report_enrolment is a cache derived from the case records, never a source of
-- truth: ReportSummaries rebuilds a row from those records whenever report_stale names its enrolment.
--
-- What the row covers: the referral's scope (programme, date, agency, cohort), the flow (state, decision, withdrawal),
-- attendance at sessions whose register is CLOSED (one character per programme week: '.' not expected, 'o' expected
-- and not attended, 'A' attended), the questionnaire scores, and the programme-specific counts. Sessions whose
-- register is still open change with the calendar (a session "is held" once its day comes) and are counted live by
-- the report; there are only ever a few of them.
CREATE TABLE report_enrolment (
    enrolment_id      BIGINT        NOT NULL PRIMARY KEY,
    programme_code    VARCHAR(30)   NOT NULL,
    referred_on       DATE          NOT NULL,
    external_agency   VARCHAR(120),
    cohort_id         BIGINT,
    state             VARCHAR(20)   NOT NULL,
    withdrawal_reason VARCHAR(20),
    ended_at          TIMESTAMP,
    assessed          BOOLEAN       NOT NULL,
    accepted          BOOLEAN       NOT NULL,
    declined          BOOLEAN       NOT NULL,
    weeks             VARCHAR(1000) NOT NULL,
    first_attended    DATE,
    responses         VARCHAR(4000) NOT NULL,
    family_children   INT           NOT NULL,
    creche_children   INT           NOT NULL,
    partner_contacted BOOLEAN       NOT NULL,
    children_at_home  INT           NOT NULL
);
CREATE INDEX report_enrolment_programme_ix ON report_enrolment (programme_code, referred_on);
CREATE INDEX report_enrolment_agency_ix ON report_enrolment (external_agency, referred_on);
CREATE INDEX report_enrolment_cohort_ix ON report_enrolment (cohort_id);

-- Enrolments whose report row must be rebuilt. Written by the triggers below in the same transaction as the change, so
-- no write path (JPA, plain JDBC, demo data, a future import) can forget it. Attendance INSERTs are the exception:
-- marking an open register needs no rebuild, and a trigger there would cost every kiosk sign-in (issue 4); the two
-- places that insert into a closed register (a staff correction, a late kiosk sign-in) mark the enrolment themselves.
CREATE TABLE report_stale (
    enrolment_id BIGINT NOT NULL
);
CREATE INDEX report_stale_enrolment_ix ON report_stale (enrolment_id);

-- The report's live part starts from the held sessions whose register is open: a short range of this index, however
-- many sessions ten years have closed or cancelled, or have planned for the months ahead.
CREATE INDEX cohort_session_open_ix ON cohort_session (register_closed_at, status, session_date);

CREATE TRIGGER report_enrolment_inserted AFTER INSERT ON enrolment REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.id);
CREATE TRIGGER report_enrolment_updated AFTER UPDATE ON enrolment REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.id);
-- Nothing deletes an enrolment today; if something does (erasure), the rebuild finds it gone and drops its row.
CREATE TRIGGER report_enrolment_deleted AFTER DELETE ON enrolment REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (o.id);
CREATE TRIGGER report_referral_updated AFTER UPDATE ON referral REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = n.id;

CREATE TRIGGER report_check_inserted AFTER INSERT ON eligibility_check REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = n.referral_id;
CREATE TRIGGER report_check_deleted AFTER DELETE ON eligibility_check REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = o.referral_id;
CREATE TRIGGER report_decision_inserted AFTER INSERT ON eligibility_decision REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = n.referral_id;
CREATE TRIGGER report_decision_updated AFTER UPDATE ON eligibility_decision REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = n.referral_id;
CREATE TRIGGER report_decision_deleted AFTER DELETE ON eligibility_decision REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = o.referral_id;

-- Opening a session on the kiosk (opened_at) changes nothing the report counts.
CREATE TRIGGER report_session_updated AFTER UPDATE OF status, register_closed_at, session_date, cohort_id ON cohort_session
    REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE cohort_id IN (o.cohort_id, n.cohort_id);
CREATE TRIGGER report_session_deleted AFTER DELETE ON cohort_session REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE cohort_id = o.cohort_id;
CREATE TRIGGER report_attendance_updated AFTER UPDATE ON attendance REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.enrolment_id);
CREATE TRIGGER report_attendance_deleted AFTER DELETE ON attendance REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (o.enrolment_id);

CREATE TRIGGER report_response_inserted AFTER INSERT ON evaluation_response REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.enrolment_id);
CREATE TRIGGER report_response_updated AFTER UPDATE ON evaluation_response REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.enrolment_id);
CREATE TRIGGER report_response_deleted AFTER DELETE ON evaluation_response REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (o.enrolment_id);

CREATE TRIGGER report_family_inserted AFTER INSERT ON referral_family_child REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = n.referral_id;
CREATE TRIGGER report_family_deleted AFTER DELETE ON referral_family_child REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = o.referral_id;
CREATE TRIGGER report_child_inserted AFTER INSERT ON child REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE participant_id = n.participant_id;
CREATE TRIGGER report_child_updated AFTER UPDATE OF needs_creche, participant_id ON child REFERENCING OLD AS o NEW AS n
    FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE participant_id IN (o.participant_id, n.participant_id);
CREATE TRIGGER report_child_deleted AFTER DELETE ON child REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE participant_id = o.participant_id;

CREATE TRIGGER report_note_inserted AFTER INSERT ON case_note REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE participant_id = n.participant_id;
CREATE TRIGGER report_note_updated AFTER UPDATE OF note_type, created_at, participant_id ON case_note
    REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE participant_id IN (o.participant_id, n.participant_id);
CREATE TRIGGER report_note_deleted AFTER DELETE ON case_note REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE participant_id = o.participant_id;

CREATE TRIGGER report_outcome_inserted AFTER INSERT ON enrolment_outcome REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (n.enrolment_id);
CREATE TRIGGER report_outcome_deleted AFTER DELETE ON enrolment_outcome REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) VALUES (o.enrolment_id);
CREATE TRIGGER report_outcome_child_inserted AFTER INSERT ON outcome_child REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT enrolment_id FROM enrolment_outcome WHERE id = n.outcome_id;
CREATE TRIGGER report_outcome_child_updated AFTER UPDATE ON outcome_child REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT enrolment_id FROM enrolment_outcome WHERE id = n.outcome_id;
CREATE TRIGGER report_outcome_child_deleted AFTER DELETE ON outcome_child REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT enrolment_id FROM enrolment_outcome WHERE id = o.outcome_id;

-- Existing services: every enrolment's row is built once, in the background, after this migration.
INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment;
