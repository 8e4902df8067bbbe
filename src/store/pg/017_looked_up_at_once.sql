-- Migration 17 on PostgreSQL (issue #17): the look-up across teams of many identity codes at
-- once (lookup_hetus, below), for an import's sheet, instead of lookup_hetu code by code.
--
-- An import asks of every identity code of its sheet whether another team knows the person (the
-- check of the whole sheet, then each batch's own check before it is written). Code by code,
-- each look-up wrote its access-log row through the chain trigger (the register's lock, the
-- clock, the chain's head and the hash, for every row) and ran its queries on its own: about
-- 0.27 ms a code, which was three fifths of the server's time in an import of new clients and
-- almost all of a `--dry-run`'s. lookup_hetus finds every code's client in one query, writes
-- the access-log rows through log_access (migration 15) in one statement, and reads the open
-- cases elsewhere of the clients found in one more. Each code is looked up and logged exactly
-- as lookup_hetu does: the same row, under the caller's name, in the order the codes come, and
-- the same answer.
--
-- The twin of src/store/migrations/017_looked_up_at_once.sql (nothing changes in a file).

SET LOCAL search_path = moty, pg_catalog;

-- codes: whole identity codes, in the order they are to be looked up and logged (one
-- access-log row each, a code given twice logged twice). Returns, for each code the register
-- knows, what lookup_hetu(code) returns, with the code's position in `codes` (from 1); nothing
-- for a code it does not know. Rows come in the codes' order, each code's by team.
CREATE OR REPLACE FUNCTION lookup_hetus(codes text[])
    RETURNS TABLE (k bigint, client_id bigint, open_elsewhere boolean, team text, region text,
                   coordinators text, phone text, phone_hours text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
DECLARE
    wrong text;
    known bigint[];
BEGIN
    IF codes IS NULL THEN
        RAISE EXCEPTION 'moty: a cross-team look-up takes whole identity codes'
            USING ERRCODE = '22023';
    END IF;
    SELECT u.code INTO wrong FROM unnest(codes) AS u(code)
        WHERE u.code IS NULL OR u.code !~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'moty: a cross-team look-up takes a whole identity code'
            USING ERRCODE = '22023';
    END IF;
    IF cardinality(codes) = 0 THEN
        RETURN;
    END IF;
    -- Each code's client, in the codes' order (hetu is unique).
    SELECT array_agg(c.id ORDER BY u.n) INTO known
        FROM unnest(codes) WITH ORDINALITY AS u(code, n)
        LEFT JOIN moty.clients c ON c.hetu = u.code;
    -- The rows lookup_hetu's INSERT made, one per code: stamped, numbered and chained at once.
    PERFORM 1 FROM moty.log_access((
        SELECT jsonb_agg(jsonb_build_object('command', 'cross-team-lookup', 'action', 'search',
                   'client_id', u.id, 'case_id', NULL, 'os_user', NULL, 'text_hash', NULL)
               ORDER BY u.n)
        FROM unnest(known) WITH ORDINALITY AS u(id, n)));
    RETURN QUERY
        WITH asked AS (
            SELECT u.n, u.id FROM unnest(known) WITH ORDINALITY AS u(id, n)
            WHERE u.id IS NOT NULL),
        open AS (
            SELECT a.n, a.id, c.team, coalesce(c.region, (SELECT m.region FROM moty.members m
                WHERE m.team = c.team AND m.region IS NOT NULL ORDER BY m.login LIMIT 1))
                AS region
            FROM asked a JOIN moty.cases c ON c.client_id = a.id
            WHERE c.phase <> 'closed' AND c.team IS DISTINCT FROM moty.my_team())
        SELECT o.n, o.id, true, o.team, o.region, cc.coordinators, cc.phone, cc.phone_hours
            FROM open o LEFT JOIN moty.contact_cards cc ON cc.region = o.region
        UNION ALL
        SELECT a.n, a.id, false, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text
            FROM asked a WHERE NOT EXISTS (SELECT 1 FROM open o WHERE o.n = a.n)
        ORDER BY 1, 4;
END $$;

REVOKE ALL ON FUNCTION lookup_hetus(text[]) FROM PUBLIC;

UPDATE schema_version SET version = 17;
