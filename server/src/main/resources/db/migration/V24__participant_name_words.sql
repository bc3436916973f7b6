-- Issue 19: the participant search at ten years' scale. Each person's name words (NameWords), so that a search reads an
-- index by the start of a word instead of reading every name. Filled for existing people by V24_1.
CREATE TABLE participant_name_word (
    participant_id BIGINT       NOT NULL REFERENCES participant (id),
    word           VARCHAR(120) NOT NULL,
    PRIMARY KEY (participant_id, word)
);
CREATE INDEX participant_name_word_ix ON participant_name_word (word, participant_id);
