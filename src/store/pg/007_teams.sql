-- Migration 7 on PostgreSQL, part 1: teams, regions and who sees what (issue #16, item 7). The
-- twin of src/store/migrations/007/1_teams.sql.

SET LOCAL search_path = moty, pg_catalog;

ALTER TABLE cases ADD COLUMN team text CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80);
ALTER TABLE clients ADD COLUMN team text CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80);
CREATE INDEX cases_team ON cases (team);

-- The people who use the register and where they work, kept by the owner (`moty admin user add
-- LOGIN --team T --region R`); nobody else may change it: row-level security reads it.
CREATE TABLE members (
    login  text PRIMARY KEY CHECK (length(login) BETWEEN 1 AND 100),
    team   text CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80),
    region text CHECK (region IS NULL OR length(region) BETWEEN 1 AND 80)
);

UPDATE schema_version SET version = 7;

-- ---------------------------------------------------------------------------------------------
-- Who sees what: row-level security. The owner (who owns the tables) and a superuser are not
-- subject to it; every other role sees only the rows a policy gives it, and nothing where no
-- policy names it.
--   moty_coordinator: the cases of their team (members.team), the clients of those cases and the
--                     clients their team registered, and every row kept about those cases.
--   moty_lead:        reads the cases of their region (members.region): cases whose region is
--                     theirs and the cases of the teams whose members work there.
--   moty_auditor:     the logs, whole (its grants give it nothing else).
-- The reference tables (units, services, directory, slot rules, closed days, contact cards) are
-- the area's, shared by every team. The chain heads (for the witness) come from chain_heads(),
-- the hashes of the rows a coordinator cannot see from chain_links(): hashes only.

-- The caller's team and region (NULL for someone the owner has not placed).
CREATE FUNCTION my_team() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$ SELECT team FROM moty.members WHERE login = session_user $$;
CREATE FUNCTION my_region() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$ SELECT region FROM moty.members WHERE login = session_user $$;
-- The teams whose members work in the caller's region (a lead's).
CREATE FUNCTION my_region_teams() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$ SELECT coalesce(array_agg(DISTINCT m.team), '{}') FROM moty.members m
          WHERE m.team IS NOT NULL AND m.region = (SELECT region FROM moty.members
                                                   WHERE login = session_user) $$;

-- A new case or client is the team's of the login that makes it; the owner (an import) names
-- the team itself.
CREATE FUNCTION stamp_team() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
BEGIN
    IF NEW.team IS NULL THEN
        NEW.team := moty.my_team();
    END IF;
    IF NEW.team IS NULL AND NOT pg_has_role(session_user, 'moty_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'moty: % is in no team', session_user
            USING ERRCODE = '42501',
                  HINT = 'the register''s owner places a person: moty admin user add LOGIN --team T';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER cases_team BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION stamp_team();
CREATE TRIGGER clients_team BEFORE INSERT ON clients FOR EACH ROW EXECUTE FUNCTION stamp_team();

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON cases TO moty_coordinator
    USING (team = (SELECT moty.my_team())) WITH CHECK (team = (SELECT moty.my_team()));
CREATE POLICY region ON cases FOR SELECT TO moty_lead
    USING (region = (SELECT moty.my_region()) OR team IN (SELECT unnest(moty.my_region_teams())));

ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY team ON clients TO moty_coordinator
    USING (team = (SELECT moty.my_team()) OR id IN (SELECT client_id FROM moty.cases))
    WITH CHECK (team = (SELECT moty.my_team()) OR id IN (SELECT client_id FROM moty.cases));
CREATE POLICY region ON clients FOR SELECT TO moty_lead
    USING (id IN (SELECT client_id FROM moty.cases));

-- Every table kept about a case: what can be seen of it is what can be seen of the case.
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
        EXECUTE format('ALTER TABLE moty.%I ENABLE ROW LEVEL SECURITY', t.name);
        EXECUTE format('CREATE POLICY team ON moty.%I TO moty_coordinator
            USING (%I IN (SELECT %I FROM moty.%I)) WITH CHECK (%I IN (SELECT %I FROM moty.%I))',
            t.name, t.key, t.parent_key, t.parent, t.key, t.parent_key, t.parent);
        EXECUTE format('CREATE POLICY region ON moty.%I FOR SELECT TO moty_lead
            USING (%I IN (SELECT %I FROM moty.%I))', t.name, t.key, t.parent_key, t.parent);
    END LOOP;
END $$;
CREATE POLICY auditor ON events FOR SELECT TO moty_auditor USING (true);

-- The access log: the rows about what the caller can see, and the caller's own rows (searches);
-- anyone may add a row (its who and when are stamped by the server).
ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON access_log FOR SELECT TO moty_coordinator, moty_lead
    USING (actor = session_user OR case_id IN (SELECT id FROM moty.cases)
           OR client_id IN (SELECT id FROM moty.clients));
CREATE POLICY writers ON access_log FOR INSERT TO moty_coordinator, moty_lead WITH CHECK (true);
CREATE POLICY auditor ON access_log FOR SELECT TO moty_auditor USING (true);

-- The disclosure log: the caller's own disclosures and those of cases the caller can see.
ALTER TABLE disclosure_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON disclosure_log FOR SELECT TO moty_coordinator, moty_lead
    USING (actor = session_user OR EXISTS (
        SELECT 1 FROM jsonb_array_elements_text(cases::jsonb) AS c(id)
        WHERE c.id IN (SELECT id FROM moty.cases)));
CREATE POLICY writers ON disclosure_log FOR INSERT TO moty_coordinator WITH CHECK (true);
CREATE POLICY auditor ON disclosure_log FOR SELECT TO moty_auditor USING (true);

-- The re-anchor log: everyone reads it; only the owner records an import (check_bases honours
-- an import's re-anchor row naming disclosures a file wrote before legal bases were kept).
ALTER TABLE anchors ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON anchors FOR SELECT TO moty_coordinator, moty_lead, moty_auditor
    USING (true);
CREATE POLICY writers ON anchors FOR INSERT TO moty_coordinator WITH CHECK (reason <> 'import');

-- The personal texts of log rows: with the rows they belong to.
ALTER TABLE log_texts ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON log_texts TO moty_coordinator, moty_lead
    USING ((log = 'events' AND row_id IN (SELECT id FROM moty.events))
           OR (log = 'access_log' AND row_id IN (SELECT id FROM moty.access_log)))
    WITH CHECK (true);
CREATE POLICY auditor ON log_texts FOR SELECT TO moty_auditor USING (true);

-- The head of every chain, whoever asks (the witness compares them with what it saw): the row
-- count and the last row's hash, nothing of any row's content.
CREATE FUNCTION chain_heads() RETURNS TABLE (log text, rows bigint, head text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
    SELECT 'events', coalesce(max(id), 0), coalesce((SELECT hash FROM moty.events
        ORDER BY id DESC LIMIT 1), repeat('0', 64)) FROM moty.events
    UNION ALL
    SELECT 'access_log', coalesce(max(id), 0), coalesce((SELECT hash FROM moty.access_log
        ORDER BY id DESC LIMIT 1), repeat('0', 64)) FROM moty.access_log
    UNION ALL
    SELECT 'disclosure_log', coalesce(max(id), 0), coalesce((SELECT hash FROM moty.disclosure_log
        ORDER BY id DESC LIMIT 1), repeat('0', 64)) FROM moty.disclosure_log
    UNION ALL
    SELECT 'anchors', coalesce(max(id), 0), coalesce((SELECT hash FROM moty.anchors
        ORDER BY id DESC LIMIT 1), repeat('0', 64)) FROM moty.anchors
$$;

-- The hash of one row of a chain, whoever's it is (the witness checks, at every command, that the
-- head it saw is still there): a look-up by the primary key, the hash only.
CREATE FUNCTION chain_hash(log text, row_id bigint) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
DECLARE
    found_hash text;
BEGIN
    IF log NOT IN ('events', 'access_log', 'disclosure_log', 'anchors') THEN
        RAISE EXCEPTION 'moty: % is not a chained log', log USING ERRCODE = '22023';
    END IF;
    EXECUTE format('SELECT hash FROM moty.%I WHERE id = $1', log) INTO found_hash USING row_id;
    RETURN found_hash;
END $$;

-- Every row of a chain with the id and hash of the row before it (the genesis hash before the
-- first), so that a coordinator's `audit verify` can check each row it sees against the row
-- before it, which may be another team's. Ids and hashes only.
CREATE FUNCTION chain_links(log text)
    RETURNS TABLE (id bigint, hash text, previous_id bigint, previous text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
BEGIN
    IF log NOT IN ('events', 'access_log', 'disclosure_log', 'anchors') THEN
        RAISE EXCEPTION 'moty: % is not a chained log', log USING ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE format('SELECT id, hash, lag(id, 1, 0::bigint) OVER w,
        lag(hash, 1, repeat(''0'', 64)) OVER w FROM moty.%I WINDOW w AS (ORDER BY id)
        ORDER BY id', log);
END $$;

-- The phone-hour look-up across teams, and refer's duplicate check: a full identity code only
-- (never a name fragment), answering only whether the person is a client of the register,
-- whether they have an open case with another team, and whom to call there (the region's contact
-- card). Every call is written in the access log under the caller's name (action 'search',
-- command 'cross-team-lookup', the client's id when there is one). client_id lets `refer` open a
-- case for a client another team registered; it says nothing by itself.
CREATE FUNCTION lookup_hetu(code text)
    RETURNS TABLE (client_id bigint, open_elsewhere boolean, team text, region text,
                   coordinators text, phone text, phone_hours text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$
DECLARE
    known bigint;
BEGIN
    IF code IS NULL OR code !~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$' THEN
        RAISE EXCEPTION 'moty: a cross-team look-up takes a whole identity code'
            USING ERRCODE = '22023';
    END IF;
    SELECT c.id INTO known FROM moty.clients c WHERE c.hetu = code;
    INSERT INTO moty.access_log (command, action, client_id, case_id)
        VALUES ('cross-team-lookup', 'search', known, NULL);
    IF known IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
        WITH open AS (
            SELECT k.team, coalesce(k.region, (SELECT m.region FROM moty.members m
                WHERE m.team = k.team AND m.region IS NOT NULL ORDER BY m.login LIMIT 1)) AS region
            FROM moty.cases k
            WHERE k.client_id = known AND k.phase <> 'closed'
              AND k.team IS DISTINCT FROM moty.my_team())
        SELECT known, true, o.team, o.region, cc.coordinators, cc.phone, cc.phone_hours
        FROM open o LEFT JOIN moty.contact_cards cc ON cc.region = o.region
        ORDER BY o.team;
    IF NOT FOUND THEN
        RETURN QUERY SELECT known, false, NULL::text, NULL::text, NULL::text, NULL::text,
            NULL::text;
    END IF;
END $$;

-- What must be counted over every team's rows though a coordinator sees their own: the next case
-- number of a year (case ids are the register's), and the places taken at a meeting time (the
-- slot rules are the area's; two teams of a region share their Kela hour and Yhteistyöaika).
CREATE FUNCTION next_case_seq(y integer) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$ SELECT coalesce(max(seq), 0) + 1 FROM moty.cases WHERE year = y $$;
CREATE FUNCTION slot_taken(k text, at text, r text) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog
    AS $$ SELECT count(*) FROM moty.bookings WHERE kind = k AND starts_at = at
          AND status IN ('booked', 'held') AND (region = r COLLATE nocase OR r IS NULL) $$;
