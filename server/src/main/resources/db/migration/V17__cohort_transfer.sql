-- Moving an enrolled person to another cohort of the same programme (issue 15, item 5), keeping their attendance.
-- Each transfer row is one earlier stay: the cohort they were in, the day they were placed in it and the day they
-- left it for the new one. The enrolment keeps the current cohort and the day it was placed there (NULL: the day it
-- was enrolled), so the sessions a person was expected at are the sessions of every stay within its days.
ALTER TABLE enrolment ADD COLUMN placed_on DATE;

CREATE TABLE cohort_transfer (
    id              BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id    BIGINT        NOT NULL CONSTRAINT cohort_transfer_enrolment_fk REFERENCES enrolment (id),
    from_cohort_id  BIGINT        NOT NULL CONSTRAINT cohort_transfer_from_fk REFERENCES cohort (id),
    to_cohort_id    BIGINT        NOT NULL CONSTRAINT cohort_transfer_to_fk REFERENCES cohort (id),
    placed_on       DATE          NOT NULL,
    transferred_on  DATE          NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    transferred_by  VARCHAR(200)  NOT NULL,
    transferred_at  TIMESTAMP     NOT NULL
);
CREATE INDEX cohort_transfer_enrolment_ix ON cohort_transfer (enrolment_id);
CREATE INDEX cohort_transfer_from_ix ON cohort_transfer (from_cohort_id);
