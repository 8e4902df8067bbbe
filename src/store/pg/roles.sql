-- moty's roles and grants on PostgreSQL (run by `moty admin init` as a superuser or a role with
-- CREATEROLE; idempotent: safe to run again).
--
-- Order: 1. this file (creates the roles, lets moty_owner create the schema in this database);
--        2. `moty admin migrate`: 006_schema.sql + 006_triggers.sql as moty_owner
--           (SET ROLE moty_owner), so that moty_owner owns every object;
--        3. this file again: the grants on the schema's objects (skipped while the schema does not
--           exist yet). Every later migration ends by running it again.
--
-- Roles (cluster-wide, NOLOGIN: people log in as themselves and are granted one of them):
--   moty_owner       owns the schema, runs migrations, may set the test clock.
--   moty_coordinator the coordinators' group: SELECT and INSERT on the logs and the timeline
--                    (the access log written only through log_access, from migration 15 on),
--                    and nothing more there; the DML the commands need elsewhere.
--   moty_auditor     the data protection officer: reads the logs (audit verify), nothing else.
--   moty_lead        a regional lead: reads the register (reports), and their reads are logged.
-- Row-level security by team and region is migration 7's (007_teams.sql): the policies stay
-- when this file takes grants away and gives them again.

SET client_min_messages = warning;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['moty_owner', 'moty_coordinator', 'moty_auditor', 'moty_lead'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- made at the same moment by another admin init on this cluster
            END;
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO moty_owner', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO moty_coordinator, moty_auditor, moty_lead',
        current_database());
END $$;

DO $$
DECLARE
    logs text[] := ARRAY['events', 'access_log', 'disclosure_log', 'anchors', 'consultations'];
    -- Appended to, never changed (their triggers refuse UPDATE and DELETE anyway).
    append_only text[] := ARRAY['consultation_links', 'disclosure_bases', 'disclosure_bases_from',
        'erasures', 'statement_versions', 'statements', 'plan_versions', 'plan_needs',
        'plan_actions', 'plan_pathways'];
    -- Read only for everyone but the owner.
    -- (pseudonym_keys: the imported files' pseudonym secrets, written only by an import)
    read_only text[] := ARRAY['schema_version', 'event_kinds', 'pseudonym_keys'];
    -- What the auditor reads besides the logs: audit verify checks texts, erasures, the legal
    -- bases of disclosures and the consultations' links.
    audit text[] := ARRAY['log_texts', 'erasures', 'disclosure_bases', 'disclosure_bases_from',
        'consultation_links', 'schema_version'];
    t text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'moty') THEN
        RAISE NOTICE 'schema moty does not exist yet: only the roles were made';
        RETURN;
    END IF;
    GRANT USAGE ON SCHEMA moty TO moty_coordinator, moty_auditor, moty_lead;
    -- Start from nothing, so that running this again after a change takes a grant away too.
    FOR t IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'moty'::regnamespace
             AND c.relkind IN ('r', 'p', 'v') LOOP
        EXECUTE format('REVOKE ALL ON moty.%I FROM PUBLIC, moty_coordinator, moty_auditor, '
            'moty_lead', t);
        IF t IN ('clock_override', 'members') THEN
            CONTINUE; -- owner only
        ELSIF t = 'access_log' AND to_regprocedure('moty.log_access(jsonb)') IS NOT NULL THEN
            -- Written only through log_access (migration 15), which stamps and chains the rows.
            EXECUTE 'GRANT SELECT ON moty.access_log TO moty_coordinator, moty_auditor, moty_lead';
        ELSIF t = ANY (logs) THEN
            EXECUTE format('GRANT SELECT, INSERT ON moty.%I TO moty_coordinator', t);
            EXECUTE format('GRANT SELECT ON moty.%I TO moty_auditor', t);
            EXECUTE format('GRANT SELECT ON moty.%I TO moty_lead', t);
        ELSIF t = ANY (append_only) THEN
            EXECUTE format('GRANT SELECT, INSERT ON moty.%I TO moty_coordinator', t);
            EXECUTE format('GRANT SELECT ON moty.%I TO moty_lead', t);
        ELSIF t = ANY (read_only) THEN
            EXECUTE format('GRANT SELECT ON moty.%I TO moty_coordinator, moty_lead', t);
        ELSIF t = 'log_texts' THEN
            -- DELETE only for a purge: the trigger log_texts_erased wants the erasure recorded.
            EXECUTE 'GRANT SELECT, INSERT, DELETE ON moty.log_texts TO moty_coordinator';
            EXECUTE 'GRANT SELECT ON moty.log_texts TO moty_lead';
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON moty.%I TO moty_coordinator', t);
            EXECUTE format('GRANT SELECT ON moty.%I TO moty_lead', t);
        END IF;
        IF t = ANY (audit) THEN
            EXECUTE format('GRANT SELECT ON moty.%I TO moty_auditor', t);
        END IF;
    END LOOP;
    -- A lead's reading of client data writes the access log like anyone's: through log_access
    -- from migration 15 on, straight into the table before.
    IF to_regprocedure('moty.log_access(jsonb)') IS NULL THEN
        GRANT INSERT ON moty.access_log TO moty_lead;
    END IF;

    -- meta holds the pseudonym secret: the auditor reads only the register's identity (which the
    -- witness remembers it by) through row-level security; the other roles read every row.
    GRANT SELECT ON moty.meta TO moty_auditor;
    ALTER TABLE moty.meta ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS meta_all ON moty.meta;
    DROP POLICY IF EXISTS meta_auditor ON moty.meta;
    CREATE POLICY meta_all ON moty.meta TO moty_coordinator, moty_lead USING (true)
        WITH CHECK (true);
    CREATE POLICY meta_auditor ON moty.meta FOR SELECT TO moty_auditor
        USING (key = 'register_id');

    -- Functions: the SECURITY DEFINER ones are callable only by whom they serve.
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA moty FROM PUBLIC;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA moty TO moty_coordinator, moty_auditor, moty_lead;
    REVOKE EXECUTE ON FUNCTION moty.purge_plan_texts(text) FROM moty_auditor, moty_lead;
    -- The auditor reads the logs and writes none of them.
    IF to_regprocedure('moty.log_access(jsonb)') IS NOT NULL THEN
        REVOKE EXECUTE ON FUNCTION moty.log_access(jsonb) FROM moty_auditor;
    END IF;
    IF to_regprocedure('moty.lookup_hetu(text)') IS NOT NULL THEN
        REVOKE EXECUTE ON FUNCTION moty.lookup_hetu(text) FROM moty_auditor;
    END IF;
    IF to_regprocedure('moty.lookup_hetus(text[])') IS NOT NULL THEN
        REVOKE EXECUTE ON FUNCTION moty.lookup_hetus(text[]) FROM moty_auditor;
    END IF;
END $$;
