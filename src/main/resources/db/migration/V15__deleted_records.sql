-- Deletions that travel (issue 14, decision 0710): a record of a case that is deleted here leaves its identity
-- behind, written in the same transaction as the delete, so the next case file can say "deleted" instead of
-- silently lacking the record, and an import can tell "deleted there" from "never seen there".
-- Portable between H2 2.x and PostgreSQL: VARCHAR and a timestamp with time zone, no MERGE.
CREATE TABLE deleted_record (
    uid         VARCHAR(64)  NOT NULL,
    part        VARCHAR(40)  NOT NULL,
    case_uid    VARCHAR(64)  NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_by  VARCHAR(200) NOT NULL,
    PRIMARY KEY (part, uid)
);
CREATE INDEX deleted_record_case_idx ON deleted_record (case_uid);
