-- Provenance into the letter (issue 11): the notice recorded for an export keeps the sources of the calls the
-- letter relies on (copied, so the record stays when a batch is undone or deleted) and whether findings the
-- data marks as illustrative or unreadable were allowed.
-- Portable between H2 2.x and PostgreSQL: identity-free child table, VARCHAR, no CLOB.

-- Null: recorded before V10 (or by hand on the case), so nobody knows.
ALTER TABLE notice ADD COLUMN illustrative_allowed BOOLEAN;
ALTER TABLE notice ADD COLUMN illustrative_findings INTEGER;
ALTER TABLE notice ADD COLUMN illustrative_note VARCHAR(8000);

CREATE TABLE notice_source (
    notice_id        BIGINT       NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    -- No foreign key: the notice is a record of what was sent, kept even if the batch goes.
    import_batch_id  BIGINT,
    imported_at      TIMESTAMP WITH TIME ZONE,
    file_name        VARCHAR(1000),
    file_size        BIGINT,
    sha256           VARCHAR(64),
    format           VARCHAR(20),
    rows_read        BIGINT,
    actor            VARCHAR(200),
    calls            INTEGER      NOT NULL,
    PRIMARY KEY (notice_id, position)
);
