-- Migration 7 on PostgreSQL, part 2: what `moty admin import-sqlite` needs (issue #16, item 8).
-- The twin of src/store/migrations/007/2_import.sql.

SET LOCAL search_path = moty, pg_catalog;

-- Each imported file's pseudonym secret, for its own clients (see the SQLite twin). Written only
-- by the owner's import: the grants of roles.sql let coordinators read it (exports key their
-- clients with it); this trigger refuses every change by anyone else, and any change at all
-- after the row is made.
CREATE TABLE pseudonym_keys (
    client_id   bigint PRIMARY KEY REFERENCES clients (id),
    secret      text NOT NULL CHECK (length(secret) BETWEEN 1 AND 200),
    original_id bigint NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- `moty admin import-sqlite`: the owner's path past the stamping. While the import's transaction
-- says `SET LOCAL moty.importing = 'on'` AND its login is a member of moty_owner, the triggers
-- keep the who, when and clock a row brings from the file (its original actor and time); the
-- chained logs are still numbered and hashed by the server, continuing the server's chains. Anyone
-- else setting the variable changes nothing: the triggers stamp as always. The import itself is
-- recorded in the re-anchor log (reason 'import'), stamped by the server.

CREATE FUNCTION importing() RETURNS boolean
LANGUAGE sql STABLE SET search_path = moty, pg_catalog AS $$
    SELECT coalesce(current_setting('moty.importing', true), '') = 'on'
        AND pg_has_role(session_user, 'moty_owner', 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION chain_append() RETURNS trigger
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
    IF moty.importing() THEN
        -- The row's own actor, time and clock, as the file has them; its format-1 hash belonged
        -- to the file's chain.
        stamped := CASE WHEN TG_TABLE_NAME IN ('events', 'access_log', 'disclosure_log')
            THEN jsonb_build_object('hash_v1', NULL) ELSE '{}'::jsonb END;
    ELSE
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
    END IF;
    NEW := jsonb_populate_record(NEW, stamped
        || jsonb_build_object('id', coalesce(last_id, 0) + 1));
    NEW.hash := moty.digest(coalesce(previous, repeat('0', 64)), NEW.id,
        moty.chain_values(TG_TABLE_NAME, to_jsonb(NEW)));
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION stamp_who_when() RETURNS trigger
LANGUAGE plpgsql SET search_path = moty, pg_catalog AS $$
DECLARE
    who text := TG_ARGV[0];
    at text := nullif(TG_ARGV[1], '');
    stamped jsonb;
BEGIN
    IF TG_OP = 'INSERT' AND moty.importing() THEN
        RETURN NEW;
    END IF;
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

CREATE FUNCTION pseudonym_keys_by_import() RETURNS trigger
LANGUAGE plpgsql SET search_path = moty, pg_catalog AS $$
BEGIN
    IF TG_OP = 'INSERT' AND moty.importing() THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'pseudonym keys are written only by the owner''s import'
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER pseudonym_keys_import BEFORE INSERT OR UPDATE OR DELETE ON pseudonym_keys
    FOR EACH ROW EXECUTE FUNCTION pseudonym_keys_by_import();
CREATE TRIGGER pseudonym_keys_no_truncate BEFORE TRUNCATE ON pseudonym_keys
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('pseudonym keys are written only by the owner''s import');
