-- Migration 14 on PostgreSQL (issue #17): json_extract and json_each, the SQLite functions the
-- store's SQL calls (006_schema.sql), no longer declared STRICT. The planner inlines a SQL
-- function only when it is not STRICT (for json_extract, whose CASE is not strict itself; for
-- json_each, a set-returning function in FROM): as they were, every call ran the function
-- through the SQL function executor, 17 µs a call where the inlined expression costs about
-- one. `report outcomes` calls json_extract for every closing of the period's cases (the events
-- query of a quarter at 30,000 clients: 20.4 ms before, 10 ms after; 11 ms without the call).
-- What they return is the same for every input: a NULL document or path gave NULL (no row for
-- json_each) by STRICT, and gives NULL (no row) through the expressions now. The twin of
-- src/store/migrations/014_inlined.sql (nothing changes in a file).

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

UPDATE schema_version SET version = 14;
