-- Issue 19: the referral list at ten years' scale. Lists are filtered by where a referral has got to (its enrolment's
-- state) and sorted by the referral's date; with the two in different tables Derby read every referral the caller may see
-- and looked up each one's enrolment. The state is copied onto the referral whenever it changes (ReferralStates, on
-- EnrolmentMoved, in the same transaction), so that a filtered list reads this index.
ALTER TABLE referral ADD COLUMN enrolment_state VARCHAR(20);
UPDATE referral SET enrolment_state = (SELECT e.state FROM enrolment e WHERE e.referral_id = referral.id);
CREATE INDEX referral_state_ix ON referral (enrolment_state, referred_on DESC, id DESC);
