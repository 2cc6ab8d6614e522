-- Offices and signatories travel with the cases whose letters they sign (decision 0715): like providers they get
-- an identity that stays the same in every database they are copied to, so a case file names the office and
-- signatory of its letters, and an import finds them again (by identity, else by the office's key and the
-- signatory's name) instead of adding them twice. Same portable default as V14.

ALTER TABLE issuing_office ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE issuing_office ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX issuing_office_uid_idx ON issuing_office (uid);

ALTER TABLE signatory ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE signatory ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX signatory_uid_idx ON signatory (uid);

-- The records of a case's letter fields, finding edits and import undo data have no identity column: theirs is
-- made from their case's (or batch's) identity and their name, longer than a stored identity (decision 0715).
ALTER TABLE transfer_base ALTER COLUMN record_uid SET DATA TYPE VARCHAR(300);
