-- Migration 16 on PostgreSQL (issue #17): `find` of a common name fragment walks the cases in
-- its order, as a file does since migration 13, instead of reading every case of every client
-- the trigram index finds and sorting them. At 100,000 clients "haka" finds 6,299 clients:
-- search_names gave them in 17–26 ms and looking up each one's cases under row-level security
-- took 25–40 ms more, for a page of 50; walking the cases in this index's order until the page
-- is full reads about 900 cases (3 ms).
--
-- count_names tells a common fragment from a rare one first (store/cases.rs, `common_name`): it
-- counts the clients the caller may see whose folded name holds every fragment, as
-- search_names finds them, but stops at `cap`. A rare name's few cases are still read through
-- search_names, faster than walking the cases to them.
--
-- The twin of src/store/migrations/016_found_on_server.sql (nothing changes in a file).

SET LOCAL search_path = moty, pg_catalog;

CREATE INDEX IF NOT EXISTS cases_found ON cases ((phase = 'closed'), opened_on DESC, year DESC, seq DESC,
    client_id);

-- How many clients the caller may see have every fragment in their folded name, counting no
-- further than cap (fragments as search_names takes them: folded, LIKE-escaped, one space
-- between them).
CREATE OR REPLACE FUNCTION count_names(fragments text, cap integer) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
DECLARE
    likes text := '';
    fragment text;
    found bigint;
BEGIN
    FOREACH fragment IN ARRAY string_to_array(fragments, ' ') LOOP
        likes := likes || format(' AND k.name_folded LIKE %L', '%' || fragment || '%');
    END LOOP;
    EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM moty.clients k WHERE true' || likes
        || ' AND ' || moty.visible_clients_condition() || format(' LIMIT %s) found', cap)
        INTO found;
    RETURN found;
END $$;

UPDATE schema_version SET version = 16;
