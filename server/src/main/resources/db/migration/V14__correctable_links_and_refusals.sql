-- Links can be corrected and ended, and a pair may have more than one (two workers who disagree about who is the
-- victim): any current link that keeps them apart keeps them apart. Ended links stay, for the record.
ALTER TABLE linked_party DROP CONSTRAINT link_pair_uq;
CREATE INDEX link_pair_ix ON linked_party (participant_a, participant_b);
ALTER TABLE linked_party ADD COLUMN changed_by BIGINT;
ALTER TABLE linked_party ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE linked_party ADD COLUMN change_reason VARCHAR(500);
ALTER TABLE linked_party ADD COLUMN ended_by BIGINT;
ALTER TABLE linked_party ADD COLUMN ended_at TIMESTAMP;
ALTER TABLE linked_party ADD COLUMN end_reason VARCHAR(500);

-- Changes refused by the separation rule, to flag one member of staff's repeated refusals.
CREATE TABLE separation_refusal (
    id                   BIGINT    NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caller_account_id    BIGINT,
    participant_id       BIGINT    NOT NULL,
    other_participant_id BIGINT    NOT NULL,
    refused_at           TIMESTAMP NOT NULL
);
CREATE INDEX separation_refusal_caller_ix ON separation_refusal (caller_account_id, refused_at);
