-- Each case's number of traced calls, kept on the case row (decision 0712). The case list used to count every
-- case's calls on each read, about a second at a million calls (decision 0708); every writer of traced calls now
-- moves this number in its own transaction (store.CallCounts), and the check command compares it with the calls.
-- Portable between H2 2.x and PostgreSQL: a plain column and a correlated count to fill it for existing data.

ALTER TABLE case_file ADD COLUMN call_count BIGINT DEFAULT 0 NOT NULL;

UPDATE case_file SET call_count = (SELECT COUNT(*) FROM traced_call t WHERE t.case_id = case_file.id);
