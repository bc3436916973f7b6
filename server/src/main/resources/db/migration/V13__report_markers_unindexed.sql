-- Issue 14: report_stale loses its index, so that a rebuild batch and the requests that add markers never wait for each
-- other over it. A batch deletes its enrolments' markers, then reads their case records, in one transaction; with an
-- index, a request adding a marker beside one the batch had deleted waited for the batch (Derby's B-tree insert locks
-- the previous key, even at READ COMMITTED) while the batch waited for that request's case records: a deadlock. Into a
-- plain heap an insert locks only its own row. The queue is small (the refresher empties it every second), so reading
-- and deleting it by scanning costs little; after a bulk load it is scanned once per batch of 400.
DROP INDEX report_stale_enrolment_ix;
