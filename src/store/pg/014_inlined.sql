-- Migration 14 on PostgreSQL (issue #17): the witness's check in one call (chain_hashes,
-- below), and json_extract and json_each, the SQLite functions the store's SQL calls
-- (006_schema.sql), no longer declared STRICT.
--
-- The planner inlines a SQL function only when it is not STRICT (for json_extract, whose CASE
-- is not strict itself; for json_each, a set-returning function in FROM): as they were, every
-- call ran through the SQL function executor, 17 µs a call where the inlined expression costs
-- about one. `report outcomes` calls json_extract for every closing of the period's cases (the
-- events query of a quarter at 30,000 clients: 20.4 ms before, 10 ms after; 11 ms without the
-- call). What they return is the same for every input: a NULL document or path gave NULL (no
-- row for json_each) by STRICT, and gives NULL (no row) through the expressions now.
--
-- The twin of src/store/migrations/014_inlined.sql (nothing changes in a file).

SET LOCAL search_path = moty, pg_catalog;

CREATE OR REPLACE FUNCTION json_extract(doc text, path text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    -- A JSON boolean as SQLite gives it: 1 or 0.
    SELECT CASE jsonb_typeof((doc::jsonb) #> string_to_array(substr(path, 3), '.'))
        WHEN 'boolean' THEN ((doc::jsonb) #>> string_to_array(substr(path, 3), '.'))::boolean::int::text
        ELSE (doc::jsonb) #>> string_to_array(substr(path, 3), '.') END
$$;

CREATE OR REPLACE FUNCTION json_each(doc jsonb) RETURNS TABLE (key integer, value text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT (ordinality - 1)::integer, e.value
    FROM jsonb_array_elements_text(doc) WITH ORDINALITY AS e(value, ordinality)
$$;

-- The hashes of the rows the witness saw, one row of each chain (NULL: not asked), in one call:
-- at every command the witness checks that each head it saw is still there, and asked
-- chain_hash() once a log, a round trip and a dynamic query planned anew each time (3–4 ms of
-- every command on a server). A look-up by the primary key, the hash only, whoever's the row
-- is, as chain_hash() (007_teams.sql); a log's row is NULL when it is not there.
CREATE OR REPLACE FUNCTION chain_hashes(events bigint, access_log bigint, disclosure_log bigint,
    anchors bigint) RETURNS TABLE (log text, hash text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
    SELECT 'events', (SELECT x.hash FROM moty.events x WHERE x.id = events)
        WHERE events IS NOT NULL
    UNION ALL
    SELECT 'access_log', (SELECT x.hash FROM moty.access_log x WHERE x.id = access_log)
        WHERE access_log IS NOT NULL
    UNION ALL
    SELECT 'disclosure_log', (SELECT x.hash FROM moty.disclosure_log x WHERE x.id = disclosure_log)
        WHERE disclosure_log IS NOT NULL
    UNION ALL
    SELECT 'anchors', (SELECT x.hash FROM moty.anchors x WHERE x.id = anchors)
        WHERE anchors IS NOT NULL
$$;

UPDATE schema_version SET version = 14;
