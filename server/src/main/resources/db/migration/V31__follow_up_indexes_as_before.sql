-- Issue 19: V30's wider indexes for the follow-up list did not make it faster on the ten-year data set (p95 222 ms
-- measured with them, 185 ms before: docs/operations.md, "The screen benchmark"), and wider index rows cost every
-- write. Back to the indexes of V11 and V27. (V30 is kept as it was applied, with the import index it also holds.)
DROP INDEX enrolment_ended_ix;
CREATE INDEX enrolment_ended_ix ON enrolment (state, ended_on);
DROP INDEX evaluation_response_enrolment_ix;
CREATE INDEX evaluation_response_enrolment_ix ON evaluation_response (enrolment_id, stage, instrument_code, score);
