-- Cases that travel (issue 14): a case and the records it is made of keep one identity in every database they
-- are copied to, so a case exported from a laptop and imported into a server (and back) is recognised there,
-- and each record can be compared with its other copy instead of being added twice (decision 0702).
-- Portable between H2 2.x and PostgreSQL: neither has the other's UUID function, but both have RANDOM(), so an
-- identity is two random 50-bit numbers in decimal. It is the column's default, so every row any part of the
-- application inserts gets one without knowing of it. Adding the column evaluates the default once per existing
-- row on both databases, so existing rows are filled with one identity each, and no UPDATE is needed (the audit
-- log's append-only rule forbids one there, decision 0501).

ALTER TABLE case_file ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE case_file ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX case_file_uid_idx ON case_file (uid);

ALTER TABLE traced_call ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE traced_call ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX traced_call_uid_idx ON traced_call (uid);

ALTER TABLE hop ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE hop ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX hop_uid_idx ON hop (uid);

ALTER TABLE provider ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE provider ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX provider_uid_idx ON provider (uid);

ALTER TABLE campaign ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE campaign ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX campaign_uid_idx ON campaign (uid);

ALTER TABLE case_fact ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE case_fact ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX case_fact_uid_idx ON case_fact (uid);

ALTER TABLE notice ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE notice ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX notice_uid_idx ON notice (uid);

ALTER TABLE deadline ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE deadline ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX deadline_uid_idx ON deadline (uid);

ALTER TABLE case_response ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE case_response ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX case_response_uid_idx ON case_response (uid);

ALTER TABLE enforcement_action ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE enforcement_action ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX enforcement_action_uid_idx ON enforcement_action (uid);

ALTER TABLE import_batch ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE import_batch ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX import_batch_uid_idx ON import_batch (uid);

-- An audit entry copied into another database keeps its identity, so importing the same case twice does not
-- repeat its history.
ALTER TABLE audit_log ADD COLUMN uid VARCHAR(64) DEFAULT ('r' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)) || '-' || CAST(CAST(FLOOR(RANDOM() * 1000000000000000) AS BIGINT) AS VARCHAR(20)));
ALTER TABLE audit_log ALTER COLUMN uid SET NOT NULL;
CREATE UNIQUE INDEX audit_log_uid_idx ON audit_log (uid);

-- What was last exchanged: each record of a case as this database last wrote it into a case file or took it
-- from one, in the file's text form. The next file carries it as the common starting point of both sides, so
-- an import can tell "changed on one side" from "changed on both" (decision 0702).
CREATE TABLE transfer_base (
    part        VARCHAR(40)      NOT NULL,
    record_uid  VARCHAR(64)      NOT NULL,
    case_uid    VARCHAR(64)      NOT NULL,
    content     VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (part, record_uid)
);
CREATE INDEX transfer_base_case_idx ON transfer_base (case_uid);
