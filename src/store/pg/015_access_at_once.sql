-- Migration 15 on PostgreSQL (issue #17): the access log's rows of a command written at once, by
-- the server, in one call (log_access, below), instead of row by row through the chain trigger.
--
-- A look-up logs one row per case it shows: 50 for a page of `list`, up to 250 for the pages of
-- `report queue`, 329 for `follow-up due` at 100,000 clients. Row by row, the trigger took the
-- register's lock, read the clock, read the chain's head and hashed for each one: 40–60 µs a
-- row, most of what those commands cost at the server. log_access does each of those once for
-- all the rows, hashes them in one pass and inserts them in one statement; the rows, their ids
-- and their hashes are exactly what the trigger gave (the format of src/store/chain.rs,
-- `digest`; 012_server_chain.sql).
--
-- Who may write what is unchanged in effect and narrower in form: the coordinators and the leads
-- lose INSERT on access_log and call log_access instead, which takes only what they could give
-- before (the command, the action, the client, the case, the operating-system user, the text's
-- commitment) and sets the id, the time, the actor, the clock and the hash itself. A row that
-- arrives with its hash already set skips the trigger (the trigger's WHEN): only the owner can
-- insert one, as log_access does (the owner could switch the triggers off anyway; the chains,
-- the witness and signed checkpoints catch that). Every other insert — the cross-team look-up's
-- row, an import — is still stamped and chained by the trigger.
--
-- The CHECKs of dates and stamps, which every row of the logs and the timeline passes, are
-- cheaper too: is_date was PL/pgSQL with an exception handler, a subtransaction for every value
-- checked, and is_stamp and is_minute, declared STRICT around a body that is not, could not be
-- inlined: 7.6 µs a row of the access log for its `at` alone. Now all three are SQL the planner
-- inlines, and answer as before for every text and for NULL (a test compares them with the old
-- is_date over every year, month and day that matter).
--
-- The twin of src/store/migrations/015_access_at_once.sql (nothing changes in a file).

SET LOCAL search_path = moty, pg_catalog;

-- A calendar date written 'YYYY-MM-DD', years 0001–9999 (what SQLite's `date(x) IS x`
-- accepts); NULL for NULL. The CASE keeps make_date from a text it would refuse.
CREATE OR REPLACE FUNCTION is_date(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN t IS NULL THEN NULL
        WHEN t !~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' OR left(t, 4) = '0000'
            THEN false
        ELSE substr(t, 9, 2)::integer <= extract(day FROM make_date(substr(t, 1, 4)::integer,
            substr(t, 6, 2)::integer, 1) + interval '1 month' - interval '1 day')
    END
$$;

-- A Stamp (006_schema.sql); NULL for NULL, as under STRICT, through the expression itself.
CREATE OR REPLACE FUNCTION is_stamp(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$'
        AND moty.is_date(substr(t, 1, 10))
$$;

-- Helsinki wall-clock time to the minute (006_schema.sql); NULL for NULL.
CREATE OR REPLACE FUNCTION is_minute(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} ([01][0-9]|2[0-3]):[0-5][0-9]$'
        AND moty.is_date(substr(t, 1, 10))
$$;

-- rows: a JSON array of objects {command, action, client_id, case_id, os_user, text_hash}, in
-- the order they are to be chained. Returns each row's id and text commitment, in that order.
-- The JSON is read once, into one array a column; the hashes are computed from the arrays and
-- the rows inserted from them.
CREATE OR REPLACE FUNCTION log_access(rows jsonb) RETURNS TABLE (id bigint, text_hash text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
DECLARE
    last_id bigint;
    previous text;
    stamp text;
    clock text;
    actor text := session_user;
    commands text[];
    actions text[];
    client_ids bigint[];
    case_ids text[];
    os_users text[];
    text_hashes text[];
    hashes text[] := '{}';
BEGIN
    IF jsonb_typeof(rows) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'moty: log_access takes a JSON array of rows' USING ERRCODE = '22023';
    END IF;
    IF jsonb_array_length(rows) = 0 THEN
        RETURN;
    END IF;
    SELECT array_agg(r.command ORDER BY r.k), array_agg(r.action ORDER BY r.k),
           array_agg(r.client_id ORDER BY r.k), array_agg(r.case_id ORDER BY r.k),
           array_agg(r.os_user ORDER BY r.k), array_agg(r.text_hash ORDER BY r.k)
        INTO commands, actions, client_ids, case_ids, os_users, text_hashes
        FROM jsonb_array_elements(rows) WITH ORDINALITY AS e(v, k),
             LATERAL (SELECT e.k, e.v ->> 'command' AS command, e.v ->> 'action' AS action,
                             (e.v ->> 'client_id')::bigint AS client_id,
                             e.v ->> 'case_id' AS case_id, e.v ->> 'os_user' AS os_user,
                             e.v ->> 'text_hash' AS text_hash) AS r;
    PERFORM pg_advisory_xact_lock(1836020857);
    -- As the trigger: moty.stamp_text(moty.stamp_now()) and moty.stamp_clock(), in one query.
    SELECT to_char(date_trunc('second', coalesce(o.at, now())) AT TIME ZONE 'UTC',
               'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           CASE WHEN o.at IS NULL THEN 'system' ELSE 'override' END
        INTO stamp, clock
        FROM (SELECT (SELECT c.at FROM moty.clock_override c) AS at) AS o;
    SELECT l.id, l.hash INTO last_id, previous FROM moty.access_log l ORDER BY l.id DESC LIMIT 1;
    last_id := coalesce(last_id, 0);
    previous := coalesce(previous, repeat('0', 64));
    FOR n IN 1 .. cardinality(commands) LOOP
        previous := encode(sha256(convert_to(previous, 'UTF8') || '\x1f'::bytea
            || convert_to((last_id + n)::text, 'UTF8')
            || '\x1f'::bytea || convert_to(stamp, 'UTF8')
            || '\x1f'::bytea || convert_to(actor, 'UTF8')
            || '\x1f'::bytea || coalesce(convert_to(commands[n], 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(actions[n], 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(client_ids[n]::text, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(case_ids[n], 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(os_users[n], 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || convert_to(clock, 'UTF8')
            || '\x1f'::bytea || coalesce(convert_to(text_hashes[n], 'UTF8'), '\x00'::bytea)), 'hex');
        hashes := hashes || previous;
    END LOOP;
    -- The table's constraints (the action's values, the lengths, the client and the case that
    -- must exist) check each row as before.
    INSERT INTO moty.access_log (id, at, actor, command, action, client_id, case_id,
            os_user, clock, text_hash, hash)
        SELECT last_id + u.k, stamp, actor, u.command, u.action, u.client_id, u.case_id,
               u.os_user, clock, u.text_hash, u.hash
        FROM unnest(commands, actions, client_ids, case_ids, os_users, text_hashes, hashes)
            WITH ORDINALITY AS u(command, action, client_id, case_id, os_user, text_hash, hash, k);
    RETURN QUERY
        SELECT last_id + u.k, u.text_hash
        FROM unnest(text_hashes) WITH ORDINALITY AS u(text_hash, k) ORDER BY u.k;
END $$;

-- The trigger chains only the rows that arrive without their hash.
DROP TRIGGER IF EXISTS access_log_append ON access_log;
CREATE TRIGGER access_log_append BEFORE INSERT ON access_log
    FOR EACH ROW WHEN (NEW.hash IS NULL) EXECUTE FUNCTION chain_append();

UPDATE schema_version SET version = 15;
