-- Citation parts (issue 13): a library entry keeps its release number and where it is printed (volume,
-- reporter, first page) apart from its name, and says what its pinpoints refer to, so the formatter can write
-- full, short ("35 FCC Rcd at 7628") and "Id." forms. Portable between H2 2.x and PostgreSQL.
-- Entries saved before this kept everything in full_cite: they read as kind 'page' (pinpoint after ", at").

ALTER TABLE citation ADD COLUMN cite_kind VARCHAR(20) DEFAULT 'page' NOT NULL;
ALTER TABLE citation ADD COLUMN release_no VARCHAR(100);
ALTER TABLE citation ADD COLUMN volume VARCHAR(20);
ALTER TABLE citation ADD COLUMN reporter VARCHAR(100);
ALTER TABLE citation ADD COLUMN first_page VARCHAR(20);
