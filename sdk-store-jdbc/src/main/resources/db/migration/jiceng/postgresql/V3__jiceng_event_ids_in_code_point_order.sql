-- Jiceng durable storage, version 3, PostgreSQL: the ledger's ids compared by their bytes.
--
-- Event and member ids are codes (E0000001, P000001, 110101…), not words. Under the database's
-- default collation their order depended on the server's locale (en_US ignores punctuation at first,
-- so "E-1" and "E1" sorted differently from the code-point order the SDK's in-memory ledger uses),
-- and every comparison in the primary key and the subject index went through the locale's collation
-- functions. The "C" collation compares the UTF-8 bytes, which is code-point order on every server
-- and the cheapest comparison PostgreSQL has (about a tenth of a bulk load's server time).
-- Only the indexes are rebuilt; the rows are not rewritten.

ALTER TABLE jiceng_event
    ALTER COLUMN event_id TYPE VARCHAR(200) COLLATE "C",
    ALTER COLUMN subject_id TYPE VARCHAR(200) COLLATE "C";
