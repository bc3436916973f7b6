-- The day an enrolment ended (completed or withdrew), as the lead gives it (issue 17). ended_at stays the moment it was
-- recorded; every figure that needs the day (weeks to withdrawal, when a follow-up is due, the end of a stay) reads
-- ended_on. Enrolments that ended before this change take the day they were recorded, as before.
ALTER TABLE enrolment ADD COLUMN ended_on DATE;
UPDATE enrolment SET ended_on = CAST(ended_at AS DATE) WHERE ended_at IS NOT NULL;

ALTER TABLE report_enrolment ADD COLUMN ended_on DATE;
UPDATE report_enrolment SET ended_on = CAST(ended_at AS DATE) WHERE ended_at IS NOT NULL;
ALTER TABLE report_enrolment DROP COLUMN ended_at;
