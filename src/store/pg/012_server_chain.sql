-- Migration 12 on PostgreSQL: the chained logs' trigger, and the search for name and phone
-- fragments, made cheaper (issue #17); who sees what is unchanged.
--
-- The chained logs' trigger. The rows, the
-- stamps and the hashes are what they were (src/store/chain.rs, `digest`; 006_triggers.sql,
-- 007_import.sql); only the work per row is less. Before, each row read its chain's head through
-- a dynamic query planned anew, went through its whole row as JSON twice (to stamp it and to list
-- its hashed values), and called four functions for the time and the clock: about 0.2 ms a row,
-- most of a look-up's time on a server where it logs many rows (`follow-up due`, `find`). Now
-- each log has its own static queries (planned once a session), the stamps are read in one query
-- and set as columns, the hashed values are listed from the columns (non-text ones through
-- to_jsonb, as before: a date's text is ISO whatever DateStyle says), and the digest's message
-- is one expression instead of a loop in `digest` (which nothing calls now). The twin of
-- src/store/migrations/012_server_chain.sql (nothing changes in a file).

SET LOCAL search_path = moty, pg_catalog;

CREATE OR REPLACE FUNCTION chain_append() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
DECLARE
    last_id bigint;
    previous text;
    stamp text;
    clock text;
    importing boolean := moty.importing();
    message bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(1836020857);
    IF NOT importing THEN
        -- moty.stamp_text(moty.stamp_now()) and moty.stamp_clock(), in one query.
        SELECT to_char(date_trunc('second', coalesce(o.at, now())) AT TIME ZONE 'UTC',
                   'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               CASE WHEN o.at IS NULL THEN 'system' ELSE 'override' END
            INTO stamp, clock
            FROM (SELECT (SELECT c.at FROM moty.clock_override c) AS at) AS o;
    END IF;
    IF TG_TABLE_NAME = 'events' THEN
        SELECT l.id, l.hash INTO last_id, previous FROM moty.events l ORDER BY l.id DESC LIMIT 1;
        IF NOT importing THEN
            NEW.entered_at := stamp; NEW.actor := session_user; NEW.clock := clock;
        END IF;
        NEW.hash_v1 := NULL;
        NEW.id := coalesce(last_id, 0) + 1;
        message := convert_to(coalesce(previous, repeat('0', 64)), 'UTF8') || '\x1f'::bytea
            || convert_to(NEW.id::text, 'UTF8')
            || '\x1f'::bytea || coalesce(convert_to(NEW.case_id, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.kind, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.detail, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(to_jsonb(NEW.effective_on) #>> '{}', 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.entered_at, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.actor, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.os_user, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.clock, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.text_hash, 'UTF8'), '\x00'::bytea);
    ELSIF TG_TABLE_NAME = 'access_log' THEN
        SELECT l.id, l.hash INTO last_id, previous FROM moty.access_log l ORDER BY l.id DESC LIMIT 1;
        IF NOT importing THEN
            NEW.at := stamp; NEW.actor := session_user; NEW.clock := clock;
        END IF;
        NEW.hash_v1 := NULL;
        NEW.id := coalesce(last_id, 0) + 1;
        message := convert_to(coalesce(previous, repeat('0', 64)), 'UTF8') || '\x1f'::bytea
            || convert_to(NEW.id::text, 'UTF8')
            || '\x1f'::bytea || coalesce(convert_to(NEW.at, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.actor, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.command, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.action, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(to_jsonb(NEW.client_id) #>> '{}', 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.case_id, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.os_user, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.clock, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.text_hash, 'UTF8'), '\x00'::bytea);
    ELSIF TG_TABLE_NAME = 'disclosure_log' THEN
        SELECT l.id, l.hash INTO last_id, previous FROM moty.disclosure_log l ORDER BY l.id DESC LIMIT 1;
        IF NOT importing THEN
            NEW.at := stamp; NEW.actor := session_user; NEW.clock := clock;
        END IF;
        NEW.hash_v1 := NULL;
        NEW.id := coalesce(last_id, 0) + 1;
        message := convert_to(coalesce(previous, repeat('0', 64)), 'UTF8') || '\x1f'::bytea
            || convert_to(NEW.id::text, 'UTF8')
            || '\x1f'::bytea || coalesce(convert_to(NEW.at, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.actor, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.what, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.recipient, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.cases, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.os_user, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.clock, 'UTF8'), '\x00'::bytea);
    ELSIF TG_TABLE_NAME = 'anchors' THEN
        SELECT l.id, l.hash INTO last_id, previous FROM moty.anchors l ORDER BY l.id DESC LIMIT 1;
        IF NOT importing THEN
            NEW.at := stamp; NEW.actor := session_user;
        END IF;
        NEW.id := coalesce(last_id, 0) + 1;
        message := convert_to(coalesce(previous, repeat('0', 64)), 'UTF8') || '\x1f'::bytea
            || convert_to(NEW.id::text, 'UTF8')
            || '\x1f'::bytea || coalesce(convert_to(NEW.at, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.actor, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.reason, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.log, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(to_jsonb(NEW.old_rows) #>> '{}', 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.old_head, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(to_jsonb(NEW.new_rows) #>> '{}', 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.new_head, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.detail, 'UTF8'), '\x00'::bytea);
    ELSIF TG_TABLE_NAME = 'consultations' THEN
        SELECT l.id, l.hash INTO last_id, previous FROM moty.consultations l ORDER BY l.id DESC LIMIT 1;
        IF NOT importing THEN
            NEW.recorded_at := stamp; NEW.recorded_by := session_user; NEW.clock := clock;
        END IF;
        NEW.id := coalesce(last_id, 0) + 1;
        message := convert_to(coalesce(previous, repeat('0', 64)), 'UTF8') || '\x1f'::bytea
            || convert_to(NEW.id::text, 'UTF8')
            || '\x1f'::bytea || coalesce(convert_to(NEW.consulted_at, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.channel, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.unit, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.topic, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.advice, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.referral_expected, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.recorded_by, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.recorded_at, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.os_user, 'UTF8'), '\x00'::bytea)
            || '\x1f'::bytea || coalesce(convert_to(NEW.clock, 'UTF8'), '\x00'::bytea);
    ELSE
        RAISE EXCEPTION 'moty: % is not a chained log', TG_TABLE_NAME USING ERRCODE = '22023';
    END IF;
    NEW.hash := encode(sha256(message), 'hex');
    RETURN NEW;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Name and phone fragments (008_search.sql): the clients the caller may see were kept by calling
-- `visible_client` for every client matched, a function (SECURITY DEFINER, so never inlined)
-- asking the caller's roles and team each time: 143 ms of `find haka`'s 180 at 100,000 clients
-- (6,299 matched). The caller's roles, team and region are now read once, and the rule of
-- `visible_client` goes into the query as a condition on each row, with them as constants.

-- The condition `visible_client(k.id, k.team)` makes, for the caller, on clients aliased `k`.
CREATE OR REPLACE FUNCTION visible_clients_condition() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
DECLARE
    branches text[] := '{}';
BEGIN
    IF pg_has_role(session_user, 'moty_owner', 'MEMBER') THEN
        RETURN 'true';
    END IF;
    IF pg_has_role(session_user, 'moty_coordinator', 'MEMBER') THEN
        branches := branches || format('(k.team = %1$L OR EXISTS (SELECT 1 FROM moty.cases p
            WHERE p.client_id = k.id AND p.team = %1$L))', moty.my_team());
    END IF;
    IF pg_has_role(session_user, 'moty_lead', 'MEMBER') THEN
        branches := branches || format('EXISTS (SELECT 1 FROM moty.cases p WHERE p.client_id = k.id
            AND (p.region = %L OR p.team = ANY (%L::text[])))', moty.my_region(),
            moty.my_region_teams());
    END IF;
    IF cardinality(branches) = 0 THEN
        RETURN 'false';
    END IF;
    RETURN '(' || array_to_string(branches, ' OR ') || ')';
END $$;

CREATE OR REPLACE FUNCTION search_names(fragments text) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
DECLARE
    likes text := '';
    fragment text;
BEGIN
    FOREACH fragment IN ARRAY string_to_array(fragments, ' ') LOOP
        likes := likes || format(' AND k.name_folded LIKE %L', '%' || fragment || '%');
    END LOOP;
    RETURN QUERY EXECUTE 'SELECT k.id FROM moty.clients k WHERE true' || likes
        || ' AND ' || moty.visible_clients_condition();
END $$;

CREATE OR REPLACE FUNCTION search_phones(digits text) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT k.id FROM moty.clients k WHERE k.phone_digits LIKE %L
        AND ', '%' || digits || '%') || moty.visible_clients_condition();
END $$;

UPDATE schema_version SET version = 12;
