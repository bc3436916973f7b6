-- Records that may be one person (issue 15): found when the second is created, open until a lead who may see both
-- decides. While open, or once decided SAME_PERSON, the separation rule treats the two as one.
CREATE TABLE possible_duplicate (
    id              BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_a   BIGINT       NOT NULL CONSTRAINT duplicate_a_fk REFERENCES participant (id),
    participant_b   BIGINT       NOT NULL CONSTRAINT duplicate_b_fk REFERENCES participant (id),
    reason          VARCHAR(100) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    detected_at     TIMESTAMP    NOT NULL,
    decided_by      BIGINT,
    decided_at      TIMESTAMP,
    decision_reason VARCHAR(500),
    CONSTRAINT duplicate_order_ck CHECK (participant_a < participant_b)
);
-- A new record is compared with every record born on the same day (participant_dob_ix, V3).
