-- Jiceng durable storage, version 2, PostgreSQL: a cheaper time index on the points ledger.
--
-- The B-tree on (at, event_id) served only EventLedger.stream(period), a batch read, yet cost every
-- appended event one more B-tree insertion (about a fifth of the server's work per event in a bulk
-- append). Events arrive roughly in time order, so the heap is too, and a BRIN index on the time finds
-- a period's blocks at a fraction of the cost; the period's rows are then sorted by (at, event_id) as
-- the query asks. Rescoring one member keeps its B-tree (subject_id, at, event_id).

DROP INDEX jiceng_event_at_idx;
CREATE INDEX jiceng_event_at_brin ON jiceng_event USING brin (at);
