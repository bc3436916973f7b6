-- Issue 19: the cohort list at ten years' scale. Which cohorts are current, upcoming or finished depends on the day of
-- each one's last session; asked per cohort in a subquery it read every cohort ever run. Kept on the cohort instead and
-- indexed, so that today's list reads only today's. Kept by the database itself, whoever adds or moves a session (the
-- service, the demo data, an import): Cohort.lastSessionOn is read-only to the service.
ALTER TABLE cohort ADD COLUMN last_session_on DATE;
UPDATE cohort SET last_session_on = (SELECT MAX(s.session_date) FROM cohort_session s WHERE s.cohort_id = cohort.id);
CREATE TRIGGER cohort_last_session_added AFTER INSERT ON cohort_session REFERENCING NEW AS n FOR EACH ROW
    UPDATE cohort SET last_session_on = (SELECT MAX(s.session_date) FROM cohort_session s WHERE s.cohort_id = n.cohort_id)
    WHERE id = n.cohort_id;
CREATE TRIGGER cohort_last_session_moved AFTER UPDATE OF session_date, cohort_id ON cohort_session
        REFERENCING OLD AS o NEW AS n FOR EACH ROW
    UPDATE cohort SET last_session_on = (SELECT MAX(s.session_date) FROM cohort_session s WHERE s.cohort_id = cohort.id)
    WHERE id IN (o.cohort_id, n.cohort_id);
CREATE TRIGGER cohort_last_session_deleted AFTER DELETE ON cohort_session REFERENCING OLD AS o FOR EACH ROW
    UPDATE cohort SET last_session_on = (SELECT MAX(s.session_date) FROM cohort_session s WHERE s.cohort_id = o.cohort_id)
    WHERE id = o.cohort_id;
CREATE INDEX cohort_last_session_ix ON cohort (last_session_on, start_date);
