-- Issue 19: the follow-up list (Evaluations.followUpsDue) read about 6,100 completions and 5,000 follow-up answers at
-- ten years' scale, each one a fetch of its whole row after the index had found it. These indexes hold every column
-- those two statements read, so Derby answers both from the index alone.
DROP INDEX enrolment_ended_ix;
CREATE INDEX enrolment_ended_ix ON enrolment (state, ended_on, programme_code, participant_id, referral_id, id);
DROP INDEX evaluation_response_enrolment_ix;
CREATE INDEX evaluation_response_enrolment_ix ON evaluation_response (enrolment_id, stage, instrument_code, score, child_id);

-- Issue 21: an export names each record by the reference it came in with (docs/import.md). (Here rather than in V29,
-- which a data set had already applied when this was added: an applied migration is never edited.)
CREATE INDEX import_external_id_entity_ix ON import_external_id (kind, entity_id);
