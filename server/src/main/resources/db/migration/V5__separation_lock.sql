-- One row that every separation-rule check locks first, so that two changes checked at the same moment (placing him
-- in one cohort while she is placed in another) are checked one after the other, each seeing the other's result.
CREATE TABLE separation_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO separation_lock (id) VALUES (1);
