-- Issue 19: the follow-up list reads the follow-up answers given since the earliest completion it may chase, as one
-- range of this index holding every column it needs (Evaluations.answeredAtFollowUp), instead of probing the
-- enrolment index a thousand enrolments at a time.
CREATE INDEX evaluation_response_stage_ix ON evaluation_response (stage, answered_at, enrolment_id, instrument_code, child_id);
