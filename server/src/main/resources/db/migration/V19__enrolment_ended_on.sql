-- The day an enrolment ended (completed or withdrew), as the lead gives it (issue 17). ended_at stays the moment it was
-- recorded; every figure that needs the day (weeks to withdrawal, when a follow-up is due, the end of a stay) reads
-- ended_on. Enrolments that ended before this change take the UK day they were recorded on, as before: V19_1 (Java,
-- because ended_at holds UTC and the day must be the UK's, summer time included) fills them in and drops the report's
-- copy of ended_at.
ALTER TABLE enrolment ADD COLUMN ended_on DATE;
ALTER TABLE report_enrolment ADD COLUMN ended_on DATE;
