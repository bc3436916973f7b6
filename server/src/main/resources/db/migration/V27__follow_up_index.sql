-- Issue 19: the follow-up list at ten years' scale reads the completions of a few months (Evaluations.followUpsDue)
-- from this index rather than every enrolment.
CREATE INDEX enrolment_ended_ix ON enrolment (state, ended_on);
