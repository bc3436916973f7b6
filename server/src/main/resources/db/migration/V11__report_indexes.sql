-- Indexes the completion report's aggregates start from (issue 6): referrals of a programme by date, of an agency by
-- date, sessions by cohort, evaluation responses by enrolment and stage, outcomes' children.
CREATE INDEX referral_programme_date_ix ON referral (programme_code, referred_on);
CREATE INDEX referral_agency_date_ix ON referral (external_agency, referred_on);
CREATE INDEX attendance_enrolment_session_ix ON attendance (enrolment_id, session_id, status);
CREATE INDEX evaluation_response_enrolment_ix ON evaluation_response (enrolment_id, stage, instrument_code, score);
