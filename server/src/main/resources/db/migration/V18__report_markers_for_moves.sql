-- Someone moved to another cohort (V17) keeps their weeks in the one they left: a change to its sessions changes their
-- completion report row too (V12), though their enrolment no longer names that cohort.
CREATE TRIGGER report_session_updated_moved AFTER UPDATE OF status, register_closed_at, session_date, cohort_id ON cohort_session
    REFERENCING OLD AS o NEW AS n FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT enrolment_id FROM cohort_transfer WHERE from_cohort_id IN (o.cohort_id, n.cohort_id);
CREATE TRIGGER report_session_deleted_moved AFTER DELETE ON cohort_session REFERENCING OLD AS o FOR EACH ROW
    INSERT INTO report_stale (enrolment_id) SELECT enrolment_id FROM cohort_transfer WHERE from_cohort_id = o.cohort_id;
