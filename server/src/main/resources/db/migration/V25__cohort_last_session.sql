-- Issue 19: the cohort list at ten years' scale. Which cohorts are current, upcoming or finished depends on the day of
-- each one's last session; asked per cohort in a subquery it read every cohort ever run. Kept on the cohort instead
-- (Cohort.lastSessionOn, set whenever a session is added or moved) and indexed, so that today's list reads only today's.
ALTER TABLE cohort ADD COLUMN last_session_on DATE;
UPDATE cohort SET last_session_on = (SELECT MAX(s.session_date) FROM cohort_session s WHERE s.cohort_id = cohort.id);
CREATE INDEX cohort_last_session_ix ON cohort (last_session_on, start_date);
