-- Issue 19: the referral list at ten years' scale. Lists are filtered by where a referral has got to (its enrolment's
-- state) and sorted by the referral's date; with the two in different tables Derby read every referral the caller may see
-- and looked up each one's enrolment. The state is copied onto the referral, by the database itself whenever an
-- enrolment is made or moves (whoever does it: the service, the demo data, an import), so that a filtered list reads
-- this index. Referral.enrolmentState is read-only to the service.
-- The report's prepared rows (V12) are rebuilt when a referral changes; not for this copy, which the report never reads
-- (the enrolment's own change marks them already): the trigger is made to watch the referral's other columns only.
-- A column added to referral later that the report reads must be added to its list.
DROP TRIGGER report_referral_updated;
ALTER TABLE referral ADD COLUMN enrolment_state VARCHAR(20);
UPDATE referral SET enrolment_state = (SELECT e.state FROM enrolment e WHERE e.referral_id = referral.id);
CREATE TRIGGER report_referral_updated AFTER UPDATE OF participant_id, programme_code, referrer_account_id, external_agency,
        external_contact, agency_type, referred_on, reason, father_figure, abusive_to_mother, hostile_after_separation,
        main_concern_csa, experienced_abuse, created_by, created_at ON referral REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT id FROM enrolment WHERE referral_id = n.id;
CREATE TRIGGER referral_state_made AFTER INSERT ON enrolment REFERENCING NEW AS n FOR EACH ROW
    UPDATE referral SET enrolment_state = n.state WHERE id = n.referral_id;
CREATE TRIGGER referral_state_moved AFTER UPDATE OF state ON enrolment REFERENCING NEW AS n FOR EACH ROW
    UPDATE referral SET enrolment_state = n.state WHERE id = n.referral_id;
CREATE INDEX referral_state_ix ON referral (enrolment_state, referred_on DESC, id DESC);
