-- moty's register on PostgreSQL 15, part 2: the server's clock, the stamping of who and when,
-- the hash chains and the append-only rules. Runs after 006_schema.sql in the same transaction,
-- as the owner role: the SECURITY DEFINER functions run as their owner, moty_owner.
--
-- Every trigger function pins its search_path, so that no caller's path can put its own
-- functions or operators in their place.
--
-- What the server guarantees here:
--   * Chained logs (events, access_log, disclosure_log, anchors) and the consultations' own chain:
--     the client inserts a row without id, hash, actor, the time column and clock (whatever it
--     sends for them is replaced). The trigger takes the register's write lock, sets id = head + 1,
--     the actor to the login (session_user), the time from moty.stamp_now(), clock, and the hash
--     of chain format 2, byte-identical to `digest` in src/store/chain.rs.
--   * Those rows can never be updated, deleted or truncated, by the owner either (the owner could
--     drop a trigger, as a superuser could rewrite rows: the chain-head witness catches that).
--   * The who and when columns of the other tables are stamped by the server too.
--   * log_texts: never updated; a row may be deleted only by a purge that records its erasure
--     (erasures) before the transaction commits. erasures: append-only.
--   * plan versions are never changed, except their texts by a purge, through
--     moty.purge_plan_texts (SQLite's purge drops and re-creates its triggers instead; a
--     coordinator cannot do that here).

SET LOCAL search_path = moty, pg_catalog;

-- ---------------------------------------------------------------------------------------------
-- The server's clock.

-- Tests only: when a row is here, the stamping triggers use its time instead of now(), and every
-- chained row stamped under it says clock = 'override' (as rows written under MOTY_NOW do on
-- SQLite). Owner-only: no role is granted anything on it.
CREATE TABLE clock_override (
    at  timestamptz NOT NULL,
    one boolean NOT NULL DEFAULT true PRIMARY KEY CHECK (one)
);
REVOKE ALL ON clock_override FROM PUBLIC;

-- The time the server stamps: the override if set, else the transaction's start (one command,
-- one transaction, one time, as Author.at on SQLite), to the second.
CREATE FUNCTION stamp_now() RETURNS timestamptz
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
    SELECT date_trunc('second', coalesce((SELECT at FROM moty.clock_override), now()))
$$;

-- 'override' while the test clock is set, else 'system'.
CREATE FUNCTION stamp_clock() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM moty.clock_override) THEN 'override' ELSE 'system' END
$$;

-- A time in the Stamp format, '%Y-%m-%dT%H:%M:%SZ' in UTC.
CREATE FUNCTION stamp_text(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- The register's write lock, the key every write transaction takes first (the `BEGIN IMMEDIATE`
-- of SQLite): 0x6d6f7479, 'moty' in ASCII. The store must use the same key.
CREATE FUNCTION write_lock_key() RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT 1836020857::bigint $$;

-- ---------------------------------------------------------------------------------------------
-- The digest of chain format 2 (src/store/chain.rs, `digest`): sha256 over
--   previous ‖ 0x1f ‖ decimal id ‖ for each value: 0x1f ‖ value
-- with a NULL as one 0x00 byte and every other value as UTF-8 text (integers in decimal, dates
-- 'YYYY-MM-DD'); lower-case hex.
CREATE FUNCTION digest(previous text, id bigint, vals text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = moty, pg_catalog AS $$
DECLARE
    message bytea := convert_to(previous, 'UTF8') || '\x1f'::bytea || convert_to(id::text, 'UTF8');
    v text;
BEGIN
    FOREACH v IN ARRAY vals LOOP
        message := message || '\x1f'::bytea || coalesce(convert_to(v, 'UTF8'), '\x00'::bytea);
    END LOOP;
    RETURN encode(sha256(message), 'hex');
END $$;

-- A row's chained values, in `Log::columns` order (consultations: `HASHED` in
-- src/store/consultations.rs), as the digest reads them.
CREATE FUNCTION chain_values(log text, r jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE log
        WHEN 'events' THEN ARRAY[r->>'case_id', r->>'kind', r->>'detail', r->>'effective_on',
            r->>'entered_at', r->>'actor', r->>'os_user', r->>'clock', r->>'text_hash']
        WHEN 'access_log' THEN ARRAY[r->>'at', r->>'actor', r->>'command', r->>'action',
            r->>'client_id', r->>'case_id', r->>'os_user', r->>'clock', r->>'text_hash']
        WHEN 'disclosure_log' THEN ARRAY[r->>'at', r->>'actor', r->>'what', r->>'recipient',
            r->>'cases', r->>'os_user', r->>'clock']
        WHEN 'anchors' THEN ARRAY[r->>'at', r->>'actor', r->>'reason', r->>'log',
            r->>'old_rows', r->>'old_head', r->>'new_rows', r->>'new_head', r->>'detail']
        WHEN 'consultations' THEN ARRAY[r->>'consulted_at', r->>'channel', r->>'unit',
            r->>'topic', r->>'advice', r->>'referral_expected', r->>'recorded_by',
            r->>'recorded_at', r->>'os_user', r->>'clock']
    END
$$;
-- Note on the values: to_jsonb() of a row gives a bigint as its decimal digits and a date as
-- 'YYYY-MM-DD' whatever DateStyle says (JSON dates are always ISO 8601), and ->> returns a JSON
-- null as SQL NULL: exactly what the digest takes. A text holding JSON stays the same string.

-- BEFORE INSERT on every chained table: the server numbers, stamps and hashes the row.
CREATE FUNCTION chain_append() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
DECLARE
    last_id bigint;
    previous text;
    stamp text := moty.stamp_text(moty.stamp_now());
    stamped jsonb;
BEGIN
    PERFORM pg_advisory_xact_lock(moty.write_lock_key());
    EXECUTE format('SELECT id, hash FROM moty.%I ORDER BY id DESC LIMIT 1', TG_TABLE_NAME)
        INTO last_id, previous;
    stamped := CASE TG_TABLE_NAME
        WHEN 'events' THEN jsonb_build_object('entered_at', stamp, 'actor', session_user,
            'clock', moty.stamp_clock(), 'hash_v1', NULL)
        WHEN 'access_log' THEN jsonb_build_object('at', stamp, 'actor', session_user,
            'clock', moty.stamp_clock(), 'hash_v1', NULL)
        WHEN 'disclosure_log' THEN jsonb_build_object('at', stamp, 'actor', session_user,
            'clock', moty.stamp_clock(), 'hash_v1', NULL)
        WHEN 'anchors' THEN jsonb_build_object('at', stamp, 'actor', session_user)
        WHEN 'consultations' THEN jsonb_build_object('recorded_at', stamp,
            'recorded_by', session_user, 'clock', moty.stamp_clock())
    END;
    NEW := jsonb_populate_record(NEW, stamped
        || jsonb_build_object('id', coalesce(last_id, 0) + 1));
    NEW.hash := moty.digest(coalesce(previous, repeat('0', 64)), NEW.id,
        moty.chain_values(TG_TABLE_NAME, to_jsonb(NEW)));
    RETURN NEW;
END $$;

-- Refuses the change a trigger guards (the message is the trigger's argument, as on SQLite).
CREATE FUNCTION refuse() RETURNS trigger
LANGUAGE plpgsql SET search_path = moty, pg_catalog AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('events', 'events are append-only'),
        ('access_log', 'the access log is append-only'),
        ('disclosure_log', 'the disclosure log is append-only'),
        ('anchors', 'the re-anchor log is append-only'),
        ('consultations', 'consultations are append-only')) AS v(name, message)
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON moty.%I
            FOR EACH ROW EXECUTE FUNCTION moty.chain_append()', t.name || '_append', t.name);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON moty.%I
            FOR EACH ROW EXECUTE FUNCTION moty.refuse(%L)', t.name || '_no_change', t.name,
            t.message);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON moty.%I
            FOR EACH STATEMENT EXECUTE FUNCTION moty.refuse(%L)', t.name || '_no_truncate',
            t.name, t.message);
    END LOOP;
END $$;

-- The other append-only tables of the SQLite schema, with the same refusals (and TRUNCATE, which
-- would bypass a row trigger).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('consultation_links', 'a consultation is linked once and for good'),
        ('disclosure_bases', 'the legal bases of disclosures are append-only'),
        ('disclosure_bases_from', 'the legal bases of disclosures are append-only'),
        ('statements', 'a statement version is never changed; make a new version'),
        ('erasures', 'erasures are append-only')) AS v(name, message)
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON moty.%I
            FOR EACH ROW EXECUTE FUNCTION moty.refuse(%L)', t.name || '_no_change', t.name,
            t.message);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON moty.%I
            FOR EACH STATEMENT EXECUTE FUNCTION moty.refuse(%L)', t.name || '_no_truncate',
            t.name, t.message);
    END LOOP;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Personal texts and their erasure (chain format 2; src/store/purge.rs).

CREATE TRIGGER log_texts_no_update BEFORE UPDATE ON log_texts
    FOR EACH ROW EXECUTE FUNCTION refuse('log texts are never changed; only a purge erases them');
CREATE TRIGGER log_texts_no_truncate BEFORE TRUNCATE ON log_texts
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('log texts are never changed; only a purge erases them');

-- A deleted text must have its erasure recorded by the end of the transaction (the purge deletes
-- the text, then inserts the erasure: the check waits for the commit).
CREATE FUNCTION log_text_erased() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM moty.erasures WHERE log = OLD.log AND row_id = OLD.row_id) THEN
        RAISE EXCEPTION 'a log text is erased only by a purge that records the erasure (% row %)',
            OLD.log, OLD.row_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER log_texts_erased AFTER DELETE ON log_texts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION log_text_erased();

-- An erasure names a purge of the same case: the purge event is a `case-purged` entry of the case
-- the erased row belongs to.
CREATE FUNCTION erasure_by_purge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
DECLARE
    purged text;
    owner_case text;
BEGIN
    SELECT case_id INTO purged FROM moty.events WHERE id = NEW.purge_event AND kind = 'case-purged';
    IF NEW.log = 'events' THEN
        SELECT case_id INTO owner_case FROM moty.events WHERE id = NEW.row_id;
    ELSE
        SELECT case_id INTO owner_case FROM moty.access_log WHERE id = NEW.row_id;
    END IF;
    IF purged IS NULL OR owner_case IS DISTINCT FROM purged THEN
        RAISE EXCEPTION 'an erasure must name the purge of the case its row belongs to'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER erasures_by_purge BEFORE INSERT ON erasures
    FOR EACH ROW EXECUTE FUNCTION erasure_by_purge();

-- ---------------------------------------------------------------------------------------------
-- Plan versions: never changed; never removed (as on SQLite), except the texts a purge blanks.

CREATE FUNCTION plan_unchanged() RETURNS trigger
LANGUAGE plpgsql SET search_path = moty, pg_catalog AS $$
BEGIN
    -- Inside moty.purge_plan_texts (SECURITY DEFINER: current_user is the schema's owner) and for
    -- the case it purges only.
    IF TG_OP = 'UPDATE'
       AND current_setting('moty.purging', true) = OLD.case_id
       AND current_user = (SELECT nspowner::regrole::text FROM pg_namespace
                           WHERE nspname = 'moty') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions
    FOR EACH ROW EXECUTE FUNCTION plan_unchanged('plan versions are never changed; write a new version');
CREATE TRIGGER plan_needs_no_update BEFORE UPDATE ON plan_needs
    FOR EACH ROW EXECUTE FUNCTION plan_unchanged('plan versions are never changed; write a new version');
CREATE TRIGGER plan_actions_no_update BEFORE UPDATE ON plan_actions
    FOR EACH ROW EXECUTE FUNCTION plan_unchanged('plan versions are never changed; write a new version');
CREATE TRIGGER plan_pathways_no_update BEFORE UPDATE ON plan_pathways
    FOR EACH ROW EXECUTE FUNCTION plan_unchanged('plan versions are never changed; write a new version');
CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
    FOR EACH ROW EXECUTE FUNCTION refuse('plan versions are never removed');
CREATE TRIGGER plan_versions_no_truncate BEFORE TRUNCATE ON plan_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('plan versions are never removed');

-- The purge's blanking of a case's plan texts (the four UPDATEs of src/store/purge.rs, which on
-- SQLite run between dropping and re-creating the plan triggers). Only for a closed case whose
-- `case-purged` entry is already on the timeline.
CREATE FUNCTION purge_plan_texts(p_case text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = moty, pg_catalog AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM moty.cases WHERE id = p_case AND phase = 'closed')
       OR NOT EXISTS (SELECT 1 FROM moty.events WHERE case_id = p_case AND kind = 'case-purged')
    THEN
        RAISE EXCEPTION 'only the purge of a closed case blanks its plan (case %)', p_case
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('moty.purging', p_case, true);
    UPDATE moty.plan_versions SET resources = NULL, goals = NULL, note = NULL
        WHERE case_id = p_case;
    UPDATE moty.plan_needs SET text = '-' WHERE case_id = p_case;
    UPDATE moty.plan_actions SET what = '-', who = '-' WHERE case_id = p_case;
    UPDATE moty.plan_pathways SET purpose = NULL WHERE case_id = p_case;
    PERFORM set_config('moty.purging', '', true);
END $$;

-- ---------------------------------------------------------------------------------------------
-- Who and when on the other tables. TG_ARGV: the who column, the when column ('' for none), and
-- 'insert' (stamped when the row is made, kept on every update) or 'save' (stamped again on every
-- update: the row says who saved it last).

CREATE FUNCTION stamp_who_when() RETURNS trigger
LANGUAGE plpgsql SET search_path = moty, pg_catalog AS $$
DECLARE
    who text := TG_ARGV[0];
    at text := nullif(TG_ARGV[1], '');
    stamped jsonb;
BEGIN
    IF TG_OP = 'UPDATE' AND TG_ARGV[2] = 'insert' THEN
        stamped := jsonb_build_object(who, to_jsonb(OLD) -> who);
        IF at IS NOT NULL THEN
            stamped := stamped || jsonb_build_object(at, to_jsonb(OLD) -> at);
        END IF;
    ELSE
        stamped := jsonb_build_object(who, session_user);
        IF at IS NOT NULL THEN
            stamped := stamped || jsonb_build_object(at, moty.stamp_now());
        END IF;
    END IF;
    NEW := jsonb_populate_record(NEW, stamped);
    RETURN NEW;
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('clients', 'created_by', 'created_at', 'insert'),
        ('triage_decisions', 'decided_by', '', 'insert'),
        ('closed_days', 'added_by', '', 'insert'),
        ('bookings', 'booked_by', 'booked_at', 'insert'),
        ('plan_versions', 'actor', 'entered_at', 'insert'),
        ('follow_ups', 'recorded_by', '', 'insert'),
        ('descriptions', 'saved_by', 'saved_at', 'save'),
        ('consents', 'recorded_by', '', 'insert'),
        ('statement_versions', 'made_by', 'made_at', 'insert'),
        ('feedback', 'recorded_by', 'recorded_at', 'insert'),
        ('estimates', 'recorded_by', 'recorded_at', 'insert'),
        ('surveys', 'entered_by', 'entered_at', 'insert'),
        ('kela_conclusions', 'recorded_by', 'recorded_at', 'insert'),
        ('team_descriptions_sent', 'sent_by', 'sent_at', 'insert'),
        ('consultation_links', 'linked_by', 'linked_at', 'insert'),
        ('contact_cards', 'changed_by', 'changed_at', 'save')) AS v(name, who, at, mode)
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON moty.%I
            FOR EACH ROW EXECUTE FUNCTION moty.stamp_who_when(%L, %L, %L)',
            t.name || '_stamp', t.name, t.who, t.at, t.mode);
    END LOOP;
END $$;
