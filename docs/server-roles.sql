-- Tracebench on a shared PostgreSQL server: the office's roles and what each may do.
-- Run as the role that owns the Tracebench tables (the one that ran the migrations), once after the first
-- start and again after each Tracebench upgrade that adds tables:
--
--   psql -h db.office.example -U tracebench_owner -d tracebench \
--        -v schema=public -v staff=tracebench_staff -v reviewer=tracebench_reviewer -f server-roles.sql
--
-- staff:    paralegals, investigators and attorneys: read and write cases, never rewrite the audit log.
-- reviewer: supervisors and auditors: read everything, change nothing.
-- Each person then gets a login role of their own in one of the groups, so the audit log names them:
--   CREATE ROLE jdoe LOGIN PASSWORD '...' IN ROLE tracebench_staff;

SELECT format('CREATE ROLE %I NOLOGIN', :'staff')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'staff') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'reviewer')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'reviewer') \gexec

GRANT USAGE ON SCHEMA :"schema" TO :"staff", :"reviewer";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :"schema" TO :"staff";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO :"staff";
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO :"reviewer";

-- The audit log only grows: staff may add lines, no one but the owner may change or remove one.
REVOKE UPDATE, DELETE, TRUNCATE ON :"schema".audit_log FROM :"staff", :"reviewer", PUBLIC;

-- Tables a later Tracebench version adds get the same rights when the owner's migration creates them.
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"staff";
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema" GRANT USAGE, SELECT ON SEQUENCES TO :"staff";
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema" GRANT SELECT ON TABLES TO :"reviewer";
