#!/bin/bash
# The CLI suite on PostgreSQL (MOTY_TEST_PG, tests/cli/common/engine.rs): runs moty as the test
# asked, translated to a server. A test names who acts with --as or MOTY_USER and the time with
# MOTY_NOW; on a server the login is the actor and the server's clock the time. So the actor signs
# in as a login of that name (made on first use, in moty_coordinator), and MOTY_NOW becomes the
# owner's test clock in the test's database (moty.clock_override: every row stamped under it says
# 'override', as on a file). A MOTY_NOW the server cannot take is left to moty, which refuses it
# as it does on a file. MOTY_DB is the test database's superuser URL; @MOTY@ is the binary.
set -u
# Not a test database's URL (a command that needs no register, a file named on purpose): as is.
case ${MOTY_DB-} in
    postgresql://*) ;;
    *) exec "@MOTY@" "$@" ;;
esac
admin=$MOTY_DB
login=${MOTY_USER:-$(/usr/bin/id -un)}
previous=""
for arg in "$@"; do
    [ "$previous" = "--as" ] && login=$arg
    case $arg in --as=*) login=${arg#--as=} ;; esac
    previous=$arg
done
now=${MOTY_NOW-}

LC_ALL=C /usr/bin/psql -X -q -v ON_ERROR_STOP=1 -v login="$login" -v now="$now" "$admin" \
    >/dev/null 2>&1 <<'SQL'
SELECT set_config('moty_test.login', :'login', false), set_config('moty_test.now', :'now', false);
DO $$
DECLARE
    l text := current_setting('moty_test.login');
BEGIN
    IF l <> '' AND length(l) < 64 THEN
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', l);
        EXCEPTION WHEN OTHERS THEN NULL; -- made already (by a test running at the same time)
        END;
        BEGIN
            EXECUTE format('GRANT moty_coordinator TO %I', l);
        EXCEPTION WHEN OTHERS THEN NULL;
        END;
        -- Every actor of a test works in the same team (a test of teams places its own people).
        IF to_regclass('moty.members') IS NOT NULL THEN
            INSERT INTO moty.members (login, team) VALUES (l, 'test-team')
                ON CONFLICT (login) DO NOTHING;
        END IF;
    END IF;
END $$;
DO $$
DECLARE
    v text := current_setting('moty_test.now');
    at timestamptz;
BEGIN
    IF v = '' THEN
        DELETE FROM moty.clock_override;
        RETURN;
    END IF;
    -- MOTY_NOW's forms (src/clock.rs): RFC 3339; 'YYYY-MM-DD HH:MM[:SS]' or '…THH:MM:SS' in
    -- Helsinki time; a bare date meaning 12:00 Helsinki time.
    IF v ~ '^\d{4}-\d\d-\d\d$' THEN
        at := (v || ' 12:00')::timestamp AT TIME ZONE 'Europe/Helsinki';
    ELSIF v ~ '^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?$' THEN
        at := replace(v, 'T', ' ')::timestamp AT TIME ZONE 'Europe/Helsinki';
    ELSIF v ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$' THEN
        at := v::timestamptz;
    ELSE
        RAISE EXCEPTION 'not a MOTY_NOW the server takes';
    END IF;
    IF extract(year FROM at AT TIME ZONE 'Europe/Helsinki') NOT BETWEEN 1900 AND 2199 THEN
        RAISE EXCEPTION 'outside the years moty takes';
    END IF;
    -- One row (processes of one test start at once): the newest time wins.
    INSERT INTO moty.clock_override (at) VALUES (at)
        ON CONFLICT (one) DO UPDATE SET at = excluded.at;
END $$;
SQL
status=$?
# A time the server took is the server's now; one it did not is moty's to refuse.
[ $status -eq 0 ] && unset MOTY_NOW

# The login in the URL's user part, percent-encoded.
encoded=""
for ((i = 0; i < ${#login}; i++)); do
    c=${login:i:1}
    case $c in
        [a-zA-Z0-9._~-]) encoded+=$c ;;
        *) encoded+=$(LC_ALL=C printf '%%%02X' "'$c") ;;
    esac
done
if [ -n "$login" ]; then
    export MOTY_DB="postgresql://${encoded}@${admin#*@}"
fi
exec "@MOTY@" "$@"
