-- Letters (issue #5): user copies of letter templates and citations, per-case letter fields that the
-- foundation's case record does not carry (cc address, inquiries contact, file number, ...), and the
-- attorney's edits to computed findings. Portable between H2 2.x and PostgreSQL.

CREATE TABLE letter_template (
    slug       VARCHAR(100)    NOT NULL PRIMARY KEY,
    source     VARCHAR(200000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE citation (
    cite_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    full_cite  VARCHAR(4000) NOT NULL,
    tail       VARCHAR(500),
    short_form VARCHAR(500),
    url        VARCHAR(1000),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE case_letter_field (
    case_id     BIGINT        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    field_name  VARCHAR(100)  NOT NULL,
    field_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (case_id, field_name)
);

CREATE TABLE letter_finding_edit (
    case_id     BIGINT        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    finding_key VARCHAR(100)  NOT NULL,
    included    BOOLEAN       NOT NULL,
    title       VARCHAR(1000),
    body        VARCHAR(8000),
    PRIMARY KEY (case_id, finding_key)
);
