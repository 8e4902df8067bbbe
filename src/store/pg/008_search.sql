-- Migration 8 on PostgreSQL: indexed look-ups (issue #17, item 1); the twin of
-- src/store/migrations/008_search.sql. Name and phone fragments of `moty find` are matched with
-- LIKE '%fragment%' on the folded name and the phone's digits, which pg_trgm's GIN indexes serve
-- for any fragment of three characters or more. The names are folded by moty itself (lower case,
-- diacritics removed: `name_folded`), the same on both engines, so `unaccent` is not needed and a
-- look-up finds the same clients on a server as in a file.
--
-- pg_trgm is a trusted extension: moty_owner may create it (it has CREATE on the database). Where
-- the database already has it, in whatever schema, that one serves.

SET LOCAL search_path = moty, pg_catalog;

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA moty;

DO $$
DECLARE
    ops text := (SELECT format('%I.gin_trgm_ops', n.nspname)
                 FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                 WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX clients_name_trigrams ON moty.clients USING gin (name_folded %s)',
        ops);
    EXECUTE format('CREATE INDEX clients_phone_trigrams ON moty.clients
        USING gin (phone_digits %s)', ops);
END $$;

-- The birth-date part of the identity code ("131052" of 131052-308T): `moty find 131052`.
CREATE INDEX clients_born ON clients (substr(hetu, 1, 6));


-- Row-level security keeps a name or phone look-up from its index: the policies are checked
-- before any condition that is not leakproof, and LIKE is not, so the server would read every
-- client it lets the caller see and only then compare names. These functions match by the
-- trigram index as the owner and keep only the clients the caller may see, by the same rules as
-- the policies on clients (007_teams.sql, rewritten below); the query that calls them still goes
-- through the policies. Fragments come LIKE-escaped (`\` before % _ \), separated by spaces.
CREATE FUNCTION visible_client(client bigint, client_team text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
    SELECT pg_has_role(session_user, 'moty_owner', 'MEMBER')
        OR (pg_has_role(session_user, 'moty_coordinator', 'MEMBER')
            AND (client_team = moty.my_team()
                 OR EXISTS (SELECT 1 FROM moty.cases p
                            WHERE p.client_id = client AND p.team = moty.my_team())))
        OR (pg_has_role(session_user, 'moty_lead', 'MEMBER')
            AND EXISTS (SELECT 1 FROM moty.cases p WHERE p.client_id = client
                        AND (p.region = moty.my_region()
                             OR p.team = ANY (moty.my_region_teams()))))
    $$;

-- The clients whose folded name holds every fragment.
CREATE FUNCTION search_names(fragments text) RETURNS SETOF bigint
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
        || ' AND moty.visible_client(k.id, k.team)';
END $$;

-- The clients whose phone's digits hold `digits`.
CREATE FUNCTION search_phones(digits text) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT k.id FROM moty.clients k WHERE k.phone_digits LIKE %L
        AND moty.visible_client(k.id, k.team)', '%' || digits || '%');
END $$;

-- Row-level security, each row checked by its own key. Migration 7's policies asked whether a
-- row's case is among the cases the caller can see (`case_id IN (SELECT id FROM cases)`), which
-- the server answers by reading every case of the team on every query; asked of the row's own
-- case (`EXISTS … WHERE p.id = t.case_id`), it is one index look-up per row read. Who sees what
-- is unchanged (tests/cli/teams.rs).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('referrals', 'case_id', 'cases', 'id'),
        ('referral_signs', 'case_id', 'cases', 'id'),
        ('consents', 'case_id', 'cases', 'id'),
        ('triage_decisions', 'case_id', 'cases', 'id'),
        ('triage_team', 'decision_id', 'triage_decisions', 'id'),
        ('bookings', 'case_id', 'cases', 'id'),
        ('booking_participants', 'booking_id', 'bookings', 'id'),
        ('booking_attendance', 'booking_id', 'bookings', 'id'),
        ('team_requests', 'case_id', 'cases', 'id'),
        ('team_request_units', 'case_id', 'cases', 'id'),
        ('plan_versions', 'case_id', 'cases', 'id'),
        ('plan_needs', 'case_id', 'cases', 'id'),
        ('plan_actions', 'case_id', 'cases', 'id'),
        ('plan_pathways', 'case_id', 'cases', 'id'),
        ('follow_ups', 'case_id', 'cases', 'id'),
        ('descriptions', 'case_id', 'cases', 'id'),
        ('feedback', 'case_id', 'cases', 'id'),
        ('feedback_answers', 'feedback_id', 'feedback', 'id'),
        ('estimates', 'case_id', 'cases', 'id'),
        ('estimate_services', 'estimate_id', 'estimates', 'id'),
        ('surveys', 'case_id', 'cases', 'id'),
        ('kela_conclusions', 'case_id', 'cases', 'id'),
        ('team_descriptions_sent', 'case_id', 'cases', 'id'),
        ('consultation_links', 'case_id', 'cases', 'id'),
        ('events', 'case_id', 'cases', 'id')) AS v(name, key, parent, parent_key)
    LOOP
        EXECUTE format('DROP POLICY team ON moty.%I', t.name);
        EXECUTE format('DROP POLICY region ON moty.%I', t.name);
        EXECUTE format('CREATE POLICY team ON moty.%1$I TO moty_coordinator
            USING (EXISTS (SELECT 1 FROM moty.%3$I p WHERE p.%4$I = %1$I.%2$I))
            WITH CHECK (EXISTS (SELECT 1 FROM moty.%3$I p WHERE p.%4$I = %1$I.%2$I))',
            t.name, t.key, t.parent, t.parent_key);
        EXECUTE format('CREATE POLICY region ON moty.%1$I FOR SELECT TO moty_lead
            USING (EXISTS (SELECT 1 FROM moty.%3$I p WHERE p.%4$I = %1$I.%2$I))',
            t.name, t.key, t.parent, t.parent_key);
    END LOOP;
END $$;

DROP POLICY team ON clients;
DROP POLICY region ON clients;
CREATE POLICY team ON clients TO moty_coordinator
    USING (team = (SELECT moty.my_team())
           OR EXISTS (SELECT 1 FROM moty.cases p WHERE p.client_id = clients.id))
    WITH CHECK (team = (SELECT moty.my_team())
                OR EXISTS (SELECT 1 FROM moty.cases p WHERE p.client_id = clients.id));
CREATE POLICY region ON clients FOR SELECT TO moty_lead
    USING (EXISTS (SELECT 1 FROM moty.cases p WHERE p.client_id = clients.id));

DROP POLICY readers ON access_log;
CREATE POLICY readers ON access_log FOR SELECT TO moty_coordinator, moty_lead
    USING (actor = session_user
           OR EXISTS (SELECT 1 FROM moty.cases p WHERE p.id = access_log.case_id)
           OR EXISTS (SELECT 1 FROM moty.clients k WHERE k.id = access_log.client_id));

DROP POLICY readers ON log_texts;
CREATE POLICY readers ON log_texts TO moty_coordinator, moty_lead
    USING ((log = 'events'
            AND EXISTS (SELECT 1 FROM moty.events e WHERE e.id = log_texts.row_id))
           OR (log = 'access_log'
            AND EXISTS (SELECT 1 FROM moty.access_log a WHERE a.id = log_texts.row_id)))
    WITH CHECK (true);

UPDATE schema_version SET version = 8;
