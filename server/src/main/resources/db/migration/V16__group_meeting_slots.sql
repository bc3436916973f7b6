-- Where and when New Beginnings' group meetings outside the cohort meet (SMART Recovery, the support group, Life
-- Laundry), so that the separation rule applies to them as to any session. Older records have none.
ALTER TABLE one_to_one_record ADD COLUMN venue_id BIGINT CONSTRAINT one_to_one_venue_fk REFERENCES venue (id);
ALTER TABLE one_to_one_record ADD COLUMN start_time TIME;
ALTER TABLE one_to_one_record ADD COLUMN duration_minutes INTEGER;
CREATE INDEX one_to_one_venue_ix ON one_to_one_record (venue_id, occurred_on);
