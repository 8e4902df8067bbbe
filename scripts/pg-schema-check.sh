#!/usr/bin/env bash
# Checks moty's PostgreSQL schema (src/store/pg/*.sql) against a real, throw-away PostgreSQL 15:
# initdb into a temporary folder as the `postgres` user, Unix socket only (no TCP port), stopped
# and removed on exit. Every check fails the script loudly.
#
#   scripts/pg-schema-check.sh            (as root, or as a user that can `runuser -u postgres`)
#   PG_BIN=/usr/lib/postgresql/15/bin     where initdb and pg_ctl are
#   MOTY_BIN=target/debug/moty            when present (with python3's sqlite3), the hashes of a
#                                         demo SQLite register are recomputed by the server's digest
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
pg=$here/src/store/pg
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
MOTY_BIN=${MOTY_BIN:-$here/target/debug/moty}

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

tmp=$(mktemp -d /tmp/moty-pg-check.XXXXXX)
chmod 755 "$tmp"
chown postgres "$tmp" 2>/dev/null || true
cleanup() {
    as_postgres "$PG_BIN/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

as_postgres "$PG_BIN/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log"; exit 1; }
as_postgres "$PG_BIN/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$tmp'" start >/dev/null \
    || { cat "$tmp/server.log"; exit 1; }

db=moty_check
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
# psql as LOGIN on the check database; stops on the first error.
q() {
    local login=$1
    shift
    psql -X -q -h "$tmp" -U "$login" -d "$db" -v ON_ERROR_STOP=1 "$@"
}
# One value.
val() { q "$1" -tA -c "SET search_path = moty; $2"; }
# A statement that must be refused, with the refusal's message matching a pattern.
refused() {
    local login=$1 label=$2 sql=$3 pattern=$4 out
    if out=$(q "$login" -c "SET search_path = moty; $sql" 2>&1); then
        fail "$label: was accepted ($sql)"
    fi
    grep -qiE -- "$pattern" <<<"$out" || fail "$label: refused, but not as expected: $out"
    ok "$label"
}
same() { [ "$2" = "$3" ] || fail "$1: expected [$3], got [$2]"; ok "$1"; }

psql -X -q -h "$tmp" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db"

# --- Roles, schema, grants (as `moty admin init` and `moty admin migrate` will) ----------------
q postgres -f "$pg/roles.sql" 2>/dev/null
q postgres -c "CREATE ROLE anna LOGIN IN ROLE moty_owner;
               CREATE ROLE ville LOGIN IN ROLE moty_coordinator;
               CREATE ROLE siiri LOGIN IN ROLE moty_coordinator;
               CREATE ROLE dora LOGIN IN ROLE moty_auditor;"
# Every migration, in the order `moty admin` applies them (src/store/admin.rs), and the version
# the last one sets.
migrations=()
while read -r file; do migrations+=(-f "$here/src/store/$file"); done \
    < <(grep -o 'pg/0[0-9]*_[a-z_]*\.sql' "$here/src/store/admin.rs")
latest=$(grep -o 'pg/0[0-9]*_' "$here/src/store/admin.rs" | tail -n 1 | tr -dc '0-9' | sed 's/^0*//')
q anna -1 -c "SET ROLE moty_owner" "${migrations[@]}" >/dev/null
q postgres -f "$pg/roles.sql"
q postgres -f "$pg/roles.sql" # idempotent
# Both coordinators in one team (row-level security shows a team its own cases: tests/cli/teams.rs).
q postgres -c "INSERT INTO moty.members (login, team) VALUES ('ville', 'north'), ('siiri', 'north')"
same "schema version" "$(val ville 'SELECT version FROM schema_version')" "$latest"
same "every table owned by moty_owner" \
    "$(val postgres "SELECT count(*) FROM pg_tables WHERE schemaname = 'moty' AND tableowner <> 'moty_owner'")" 0
same "reference rows: 32 event kinds, the last region-changed at rowid 32" \
    "$(val ville "SELECT count(*) || ' ' || (SELECT kind FROM event_kinds WHERE rowid = 32) FROM event_kinds")" \
    "32 region-changed"
same "reference rows: services, areas, units, statements, slot rules" \
    "$(val ville "SELECT (SELECT count(*) FROM services) || ' ' || (SELECT count(*) FROM areas) || ' ' ||
       (SELECT count(*) FROM units) || ' ' || (SELECT count(*) FROM statements) || ' ' ||
       (SELECT count(*) FROM slot_rules) || ' ' || (SELECT code FROM services WHERE rowid = 18)")" \
    "18 9 26 4 4 other"

# --- A small register, written by the coordinator ville under the test clock -------------------
q anna -c "INSERT INTO moty.clock_override (at) VALUES ('2026-12-01T10:00:00Z')"
refused ville "the test clock is owner-only" \
    "UPDATE clock_override SET at = now()" "permission denied"
q ville <<'SQL'
SET search_path = moty;
INSERT INTO clients (name, name_folded, hetu, created_by, created_at)
    VALUES ('Äijälä Öökkönen', 'aijala ookkonen', '131052-308T', 'forged', '2000-01-01T00:00:00Z');
INSERT INTO cases (id, year, seq, client_id, client_group, phase, phase_since, opened_on)
    VALUES ('2026-0001', 2026, 1, 1, 'working-age', 'referred', '2026-12-01', '2026-12-01');
-- events: the client sends id, actor, entered_at, clock and hash too: all replaced
INSERT INTO events (id, case_id, kind, detail, effective_on, entered_at, actor, os_user, clock,
                    text_hash, hash)
    VALUES (77, '2026-0001', 'case-opened', '{"phase":"referred","note":"Äänekoski € 😀"}',
            '2026-11-30', '1999-01-01T00:00:00Z', 'mallory', 'ville-os', 'system',
            repeat('a', 64), repeat('f', 64));
INSERT INTO events (case_id, kind, detail, effective_on, os_user)
    VALUES ('2026-0001', 'triaged', '{}', '2026-12-01', NULL);
INSERT INTO events (case_id, kind, detail, effective_on, os_user)
    VALUES ('2026-0001', 'consent-given', '{"kind":"meeting"}', '2026-12-02', 'ville-os');
-- access_log: through log_access (migration 15), a command's rows at once; an actor and a time
-- the client sends are ignored
\o /dev/null
SELECT count(*) FROM log_access('[
    {"command": "show", "action": "view", "client_id": 1, "case_id": "2026-0001",
     "os_user": "ville-os", "text_hash": null, "actor": "mallory", "at": "1999-01-01T00:00:00Z"},
    {"command": "find", "action": "search", "client_id": null, "case_id": null,
     "os_user": "ville-os", "text_hash": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}
]'::jsonb);
SELECT count(*) FROM log_access('[{"command": "refer", "action": "change", "client_id": 1,
                                   "case_id": "2026-0001", "os_user": null}]'::jsonb);
\o
INSERT INTO disclosure_log (what, recipient, cases, os_user)
    VALUES ('export', 'Kela, Åbo', '["2026-0001"]', 'ville-os');
INSERT INTO disclosure_log (what, recipient, cases, os_user)
    VALUES ('team description', 'Perhekeskus', '[]', NULL);
INSERT INTO disclosure_log (what, recipient, cases, os_user, hash)
    VALUES ('report', 'DPO', '["2026-0001", "2026-0002"]', 'ville-os', repeat('0', 64));
INSERT INTO anchors (reason, log, old_rows, old_head, new_rows, new_head, detail)
    VALUES ('restore', 'events', 0, repeat('0', 64), 3, repeat('1', 64), '{"file":"tiimi.db"}');
INSERT INTO anchors (reason, log, old_rows, old_head, new_rows, new_head)
    VALUES ('restore', 'access_log', 5, repeat('2', 64), 3, repeat('3', 64));
INSERT INTO anchors (reason, log, old_rows, old_head, new_rows, new_head, detail)
    VALUES ('chain-format', 'anchors', 0, repeat('0', 64), 0, repeat('0', 64), '{}');
INSERT INTO consultations (consulted_at, channel, unit, topic, advice, referral_expected, os_user)
    VALUES ('2026-12-01 09:15', 'phone', 'family-centre', 'Lapsiperheen tuki', 'Ohjaus', 'maybe',
            'ville-os');
SQL
ok "the coordinator appends to every chained log"
refused ville "the access log is written through log_access only" \
    "INSERT INTO access_log (command, action, os_user) VALUES ('show', 'view', 'ville-os')" \
    "permission denied"
refused dora "the auditor cannot write the access log" \
    "SELECT log_access('[]'::jsonb)" "permission denied"

for log in events access_log disclosure_log anchors consultations; do
    same "$log: ids 1,2,3" "$(val ville "SELECT string_agg(id::text, ',' ORDER BY id) FROM $log")" \
        "$(if [ $log = consultations ]; then echo 1; else echo 1,2,3; fi)"
done
same "events: actor is the login, not what the client sent" \
    "$(val ville "SELECT string_agg(DISTINCT actor, ',') FROM events")" ville
same "access_log: actor is the login" "$(val ville "SELECT string_agg(DISTINCT actor, ',') FROM access_log")" ville
same "consultations: recorded_by is the login" "$(val ville "SELECT recorded_by FROM consultations")" ville
same "events: the time is the override, clock = 'override'" \
    "$(val ville "SELECT string_agg(DISTINCT entered_at || ' ' || clock, ',') FROM events")" \
    "2026-12-01T10:00:00Z override"
same "disclosure_log: time and clock" \
    "$(val ville "SELECT string_agg(DISTINCT at || ' ' || clock, ',') FROM disclosure_log")" \
    "2026-12-01T10:00:00Z override"
same "anchors: time and actor" "$(val ville "SELECT string_agg(DISTINCT at || ' ' || actor, ',') FROM anchors")" \
    "2026-12-01T10:00:00Z ville"
same "clients: created_by/created_at stamped by the server" \
    "$(val ville "SELECT created_by || ' ' || to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM clients")" \
    "ville 2026-12-01 10:00"

# Without the override: the server's own clock and clock = 'system'.
q anna -c "DELETE FROM moty.clock_override"
q siiri -c "SET search_path = moty; INSERT INTO events (case_id, kind, detail, effective_on)
            VALUES ('2026-0001', 'case-closed', '{}', '2026-12-03')"
same "without the override: clock = 'system', the time is now, the actor siiri" \
    "$(val siiri "SELECT clock || ' ' || actor || ' ' || (abs(extract(epoch FROM now() - entered_at::timestamptz)) < 60)
                  FROM events WHERE id = 4")" "system siiri true"
q anna -c "INSERT INTO moty.clock_override (at) VALUES ('2026-12-01T10:00:00Z')"

# --- The hashes, computed independently (python3 hashlib, following src/store/chain.rs) ---------
val ville "SELECT 'events', id, hash FROM events
           UNION ALL SELECT 'access_log', id, hash FROM access_log
           UNION ALL SELECT 'disclosure_log', id, hash FROM disclosure_log
           UNION ALL SELECT 'anchors', id, hash FROM anchors
           UNION ALL SELECT 'consultations', id, hash FROM consultations ORDER BY 1, 2" \
    | tr '|' ' ' >"$tmp/server-hashes"
now_stamp=$(val ville "SELECT entered_at FROM events WHERE id = 4")
python3 - "$now_stamp" >"$tmp/expected-hashes" <<'PY'
import hashlib, sys
GENESIS = "0" * 64
def digest(previous, id, values):
    # chain.rs: previous ‖ 0x1f ‖ id ‖ (0x1f ‖ value)*, NULL = 0x00, integers in decimal, UTF-8
    h = hashlib.sha256()
    h.update(previous.encode())
    h.update(b"\x1f" + str(id).encode())
    for v in values:
        h.update(b"\x1f")
        h.update(b"\x00" if v is None else str(v).encode("utf-8"))
    return h.hexdigest()
T = "2026-12-01T10:00:00Z"
logs = {
    # Log::columns order
    "events": [  # case_id, kind, detail, effective_on, entered_at, actor, os_user, clock, text_hash
        ["2026-0001", "case-opened", '{"phase":"referred","note":"Äänekoski € 😀"}', "2026-11-30",
         T, "ville", "ville-os", "override", "a" * 64],
        ["2026-0001", "triaged", "{}", "2026-12-01", T, "ville", None, "override", None],
        ["2026-0001", "consent-given", '{"kind":"meeting"}', "2026-12-02", T, "ville", "ville-os",
         "override", None],
        ["2026-0001", "case-closed", "{}", "2026-12-03", sys.argv[1], "siiri", None, "system", None],
    ],
    "access_log": [  # at, actor, command, action, client_id, case_id, os_user, clock, text_hash
        [T, "ville", "show", "view", 1, "2026-0001", "ville-os", "override", None],
        [T, "ville", "find", "search", None, None, "ville-os", "override", "b" * 64],
        [T, "ville", "refer", "change", 1, "2026-0001", None, "override", None],
    ],
    "disclosure_log": [  # at, actor, what, recipient, cases, os_user, clock
        [T, "ville", "export", "Kela, Åbo", '["2026-0001"]', "ville-os", "override"],
        [T, "ville", "team description", "Perhekeskus", "[]", None, "override"],
        [T, "ville", "report", "DPO", '["2026-0001", "2026-0002"]', "ville-os", "override"],
    ],
    "anchors": [  # at, actor, reason, log, old_rows, old_head, new_rows, new_head, detail
        [T, "ville", "restore", "events", 0, GENESIS, 3, "1" * 64, '{"file":"tiimi.db"}'],
        [T, "ville", "restore", "access_log", 5, "2" * 64, 3, "3" * 64, "{}"],
        [T, "ville", "chain-format", "anchors", 0, GENESIS, 0, GENESIS, "{}"],
    ],
    # consultations.rs HASHED: consulted_at, channel, unit, topic, advice, referral_expected,
    # recorded_by, recorded_at, os_user, clock
    "consultations": [
        ["2026-12-01 09:15", "phone", "family-centre", "Lapsiperheen tuki", "Ohjaus", "maybe",
         "ville", T, "ville-os", "override"],
    ],
}
out = []
for log, rows in logs.items():
    previous = GENESIS
    for i, values in enumerate(rows, start=1):
        previous = digest(previous, i, values)
        out.append(f"{log} {i} {previous}")
print("\n".join(sorted(out, key=lambda l: (l.split()[0], int(l.split()[1])))))
PY
if ! diff "$tmp/expected-hashes" "$tmp/server-hashes"; then
    fail "the server's hashes differ from chain.rs's digest (expected < > server)"
fi
ok "every hash equals the digest computed independently ($(wc -l <"$tmp/expected-hashes") rows, 5 chains; NULLs, non-ASCII, dates)"

# The server's digest against hashes moty itself wrote (a demo SQLite register), when moty is built.
if [ -x "$MOTY_BIN" ] && python3 -c 'import sqlite3' 2>/dev/null; then
    MOTY_NOW=2026-12-01T10:00:00Z "$MOTY_BIN" --db "$tmp/demo.db" demo >/dev/null 2>&1 \
        || fail "moty demo could not make a register"
    python3 - "$tmp/demo.db" >"$tmp/demo-digests.sql" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
cols = {
    "events": "case_id, kind, detail, effective_on, entered_at, actor, os_user, clock, text_hash",
    "access_log": "at, actor, command, action, client_id, case_id, os_user, clock, text_hash",
    "disclosure_log": "at, actor, what, recipient, cases, os_user, clock",
    "anchors": "at, actor, reason, log, old_rows, old_head, new_rows, new_head, detail",
    "consultations": "consulted_at, channel, unit, topic, advice, referral_expected, recorded_by, recorded_at, os_user, clock",
}
def lit(v):
    if v is None:
        return "NULL"
    return "'" + str(v).replace("'", "''") + "'"
rows = []
for log, c in cols.items():
    previous = "0" * 64
    for r in db.execute(f"SELECT id, hash, {c} FROM {log} ORDER BY id"):
        rows.append(f"({lit(log)}, {r[0]}, {lit(previous)}, {lit(r[1])}, ARRAY[{', '.join(lit(v) for v in r[2:])}]::text[])")
        previous = r[1]
print("SELECT count(*) || ' ' || count(*) FILTER (WHERE moty.digest(previous, id, vals) <> hash)")
print("FROM (VALUES " + ",\n".join(rows) + ") AS r(log, id, previous, hash, vals);")
PY
    result=$(q ville -tA -f "$tmp/demo-digests.sql")
    [ "${result#* }" = 0 ] || fail "moty.digest differs from moty's own hashes on a demo register: $result (rows, mismatches)"
    [ "${result% *}" -gt 20 ] || fail "the demo register has too few chained rows: $result"
    ok "moty.digest recomputes every hash of a demo SQLite register written by moty (${result% *} rows)"
else
    echo "skip the demo register cross-check (no $MOTY_BIN or no python3 sqlite3)"
fi

# Several rows in one statement, and many writers at once: ids stay gapless and the chain holds.
# (Straight into the table only as the owner since migration 15; the trigger still chains them.)
q anna -c "SET search_path = moty; INSERT INTO access_log (command, action, os_user)
            VALUES ('list', 'search', 'a'), ('list', 'search', 'b'), ('list', 'search', NULL)"
same "a three-row INSERT gets ids 4,5,6" \
    "$(val anna "SELECT string_agg(id::text, ',' ORDER BY id) FROM access_log WHERE id > 3")" 4,5,6
for writer in 1 2 3 4 5 6 7 8; do
    login=siiri
    if [ $((writer % 3)) = 0 ]; then login=ville; fi
    # half the writers take the write lock first (as the store will), half rely on the trigger's
    lock=""
    if [ $((writer % 2)) = 0 ]; then lock="SELECT pg_advisory_xact_lock(write_lock_key());"; fi
    (for i in $(seq 1 15); do
        echo "SET search_path = moty; BEGIN; $lock
              INSERT INTO events (case_id, kind, detail, effective_on, os_user)
              VALUES ('2026-0001', 'triaged', '{\"writer\":$writer,\"i\":$i}', '2026-12-01', 'w$writer');
              SELECT log_access('[{\"command\": \"triage\", \"action\": \"change\", \"case_id\": \"2026-0001\"}]');
              COMMIT;"
    done) | q "$login" -o /dev/null &
done
wait
verify_sql="SELECT count(*) || ' ' || max(id) || ' ' || count(*) FILTER (WHERE hash <> digest(coalesce(prev, repeat('0', 64)), id, chain_values(t, j)))
            FROM (SELECT id, hash, lag(hash) OVER (ORDER BY id) AS prev, '%s' AS t, to_jsonb(x) AS j FROM %s x) c"
same "8 writers × 15 transactions: events gapless (rows = max id), every hash recomputes" \
    "$(val ville "$(printf "$verify_sql" events events)")" "124 124 0"
same "… and access_log too" "$(val anna "$(printf "$verify_sql" access_log access_log)")" "126 126 0"

# --- Append-only, even for the owner --------------------------------------------------------
for login in ville anna; do
    for log in events access_log disclosure_log anchors consultations; do
        refused $login "$login cannot UPDATE $log" "UPDATE $log SET hash = hash WHERE id = 1" \
            "append-only|permission denied"
        refused $login "$login cannot DELETE from $log" "DELETE FROM $log" \
            "append-only|permission denied"
        refused $login "$login cannot TRUNCATE $log" "TRUNCATE $log CASCADE" \
            "append-only|permission denied"
    done
done
refused anna "the owner's UPDATE hits the trigger itself" "UPDATE events SET kind = kind WHERE id = 1" \
    "events are append-only"
refused anna "the owner's TRUNCATE hits the trigger itself" "TRUNCATE anchors" \
    "re-anchor log is append-only"
refused postgres "even a superuser's DELETE hits the trigger" "DELETE FROM access_log" \
    "access log is append-only"
refused ville "a coordinator cannot update log_texts" "UPDATE log_texts SET body = 'x'" "permission denied"
refused anna "log_texts are never updated, by the owner either" \
    "INSERT INTO log_texts VALUES ('events', 1, '\\x00112233445566778899aabbccddeeff', 'Äänekoski');
     UPDATE log_texts SET body = 'x'" "never changed"
refused ville "a log text is deleted only with its erasure recorded" \
    "INSERT INTO log_texts VALUES ('events', 1, '\\x00112233445566778899aabbccddeeff', 'x');
     DELETE FROM log_texts WHERE row_id = 1" "only by a purge"
refused ville "an erasure must name a case-purged entry" \
    "INSERT INTO erasures VALUES ('events', 1, 2)" "must name the purge"
refused dora "the auditor cannot write a log" \
    "INSERT INTO events (case_id, kind, detail, effective_on) VALUES ('2026-0001', 'triaged', '{}', '2026-12-01')" \
    "permission denied"
refused dora "the auditor cannot read clients" "SELECT count(*) FROM clients" "permission denied"
same "the auditor reads the logs" "$(val dora "SELECT count(*) FROM events")" 124
same "the auditor reads only the register id of meta" "$(val dora "SELECT string_agg(key, ',') FROM meta")" register_id
refused ville "a coordinator cannot change a consultation link" \
    "DELETE FROM consultation_links" "append-only|permission denied|once and for good"

# A purge as the store does it: the case-purged entry, the text deleted, the erasure recorded.
q ville -o /dev/null <<'SQL'
SET search_path = moty;
BEGIN;
INSERT INTO log_texts VALUES ('events', 1, '\x00112233445566778899aabbccddeeff', 'Äänekoski');
COMMIT;
UPDATE cases SET phase = 'closed', closed_on = '2026-12-03', close_reason = 'completed';
INSERT INTO plan_versions (case_id, version, goals) VALUES ('2026-0001', 1, 'Työpaikka');
INSERT INTO plan_needs (case_id, version, area, text) VALUES ('2026-0001', 1, 'health', 'Uni');
BEGIN;
INSERT INTO events (case_id, kind, detail, effective_on)
    VALUES ('2026-0001', 'case-purged', '{"reason":"retention"}', '2026-12-04');
DELETE FROM log_texts WHERE log = 'events' AND row_id = 1;
INSERT INTO erasures SELECT 'events', 1, max(id) FROM events;
SELECT moty.purge_plan_texts('2026-0001');
COMMIT;
SQL
same "a purge erases a text and blanks the plan texts" \
    "$(val ville "SELECT (SELECT count(*) FROM log_texts) || ' ' || (SELECT count(*) FROM erasures) || ' '
                  || coalesce((SELECT goals FROM plan_versions), 'NULL') || ' ' || (SELECT text FROM plan_needs)")" \
    "0 1 NULL -"
refused ville "only the owner records an import in the re-anchor log" \
    "INSERT INTO anchors (reason, log, old_rows, old_head, new_rows, new_head)
     VALUES ('import', 'events', 0, repeat('0', 64), 0, repeat('0', 64))" "row-level security"
refused ville "a coordinator cannot update a plan version" "UPDATE plan_versions SET goals = 'x'" \
    "permission denied"
refused anna "plan versions are never changed outside a purge, by the owner's logins either" \
    "SET moty.purging = '2026-0001'; UPDATE plan_versions SET goals = 'x'" "never changed"
refused ville "purge_plan_texts refuses a case that is not being purged" \
    "SELECT purge_plan_texts('2026-12345')" "only the purge of a closed case"

# --- Every enum CHECK mirrored (a few bad values) ---------------------------------------------
refused ville "cases.phase" "UPDATE cases SET phase = 'limbo'" "check constraint"
refused ville "cases.id format" \
    "INSERT INTO cases (id, year, seq, client_id, client_group, phase, phase_since, opened_on)
     VALUES ('2026-1', 2026, 1, 1, 'working-age', 'referred', '2026-12-01', '2026-12-01')" "check constraint"
refused ville "cases.id = year-seq" \
    "INSERT INTO cases (id, year, seq, client_id, client_group, phase, phase_since, opened_on)
     VALUES ('2026-0002', 2026, 3, 1, 'working-age', 'referred', '2026-12-01', '2026-12-01')" "check constraint"
q ville -c "SET search_path = moty; INSERT INTO cases (id, year, seq, client_id, client_group, phase, phase_since, opened_on)
     VALUES ('2026-12345', 2026, 12345, 1, 'family', 'referred', '2026-12-01', '2026-12-01')"
ok "cases.id with five digits is accepted"
refused ville "cases.client_group" \
    "INSERT INTO cases (id, year, seq, client_id, client_group, phase, phase_since, opened_on)
     VALUES ('2026-0003', 2026, 3, 1, 'adults', 'referred', '2026-12-01', '2026-12-01')" "check constraint"
refused ville "access_log.action" \
    "SELECT log_access('[{\"command\": \"show\", \"action\": \"peek\"}]')" "check constraint"
refused ville "anchors.reason" \
    "INSERT INTO anchors (reason, log, old_rows, old_head, new_rows, new_head) VALUES ('whim', 'events', 0, repeat('0', 64), 0, repeat('0', 64))" \
    "check constraint"
refused ville "events.detail must be JSON" \
    "INSERT INTO events (case_id, kind, detail, effective_on) VALUES ('2026-0001', 'triaged', '{oops', '2026-12-01')" \
    "check constraint"
refused ville "events.kind must be a known kind" \
    "INSERT INTO events (case_id, kind, detail, effective_on) VALUES ('2026-0001', 'made-up', '{}', '2026-12-01')" \
    "foreign key"
refused ville "disclosure_log.cases must be a JSON array" \
    "INSERT INTO disclosure_log (what, recipient, cases) VALUES ('x', 'y', '{}')" "check constraint"
refused ville "bookings.kind" \
    "INSERT INTO bookings (case_id, kind, starts_at, minutes) VALUES ('2026-0001', 'party', '2026-12-09 12:30', 90)" \
    "check constraint"
refused ville "bookings.starts_at minute format" \
    "INSERT INTO bookings (case_id, kind, starts_at, minutes) VALUES ('2026-0001', 'kela', '2026-02-30 12:30', 60)" \
    "check constraint"
refused ville "bookings.video_link https" \
    "INSERT INTO bookings (case_id, kind, starts_at, minutes, video_link) VALUES ('2026-0001', 'kela', '2026-12-09 12:30', 60, 'http://x')" \
    "check constraint"
refused ville "consents: a meeting consent is oral" \
    "INSERT INTO consents (case_id, kind, method, given_on) VALUES ('2026-0001', 'meeting', 'written', '2026-12-01')" \
    "check constraint"
refused ville "triage_decisions.decision" \
    "INSERT INTO triage_decisions (case_id, decision, kela_screen, urgency, decided_on) VALUES ('2026-0001', 'maybe', false, 'normal', '2026-12-01')" \
    "check constraint"
refused ville "triage: a collaboration team names units" \
    "INSERT INTO triage_decisions (case_id, decision, kela_screen, urgency, decided_on) VALUES ('2026-0001', 'collaboration-team', false, 'normal', '2026-12-01')" \
    "check constraint"
refused ville "follow_ups.next_step" \
    "INSERT INTO follow_ups (case_id, done_on, reached, status, next_step) VALUES ('2026-0001', '2026-12-01', true, 'on-path', 'later')" \
    "check constraint"
refused ville "feedback_answers.answer" \
    "INSERT INTO feedback_answers (feedback_id, version, code, answer) VALUES (1, 1, 'mattered-to-me', 'meh')" \
    "check constraint|foreign key|row-level security"
refused ville "consultations.channel" \
    "INSERT INTO consultations (consulted_at, channel, unit, topic, advice, referral_expected, os_user) VALUES ('2026-12-01 09:15', 'pigeon', 'family-centre', 't', 'a', 'no', 'o')" \
    "check constraint"
refused ville "slot_rules.start" \
    "INSERT INTO slot_rules (kind, weekday, start, minutes, capacity, every_weeks) VALUES ('kela', 2, '24:00', 60, 1, 1)" \
    "check constraint"
refused ville "slot_rules: one rule per slot and region" \
    "INSERT INTO slot_rules (kind, weekday, start, minutes, capacity, every_weeks) VALUES ('kela', 4, '13:00', 60, 1, 1)" \
    "duplicate key"
refused ville "services.code format" \
    "INSERT INTO services (code, name, name_fi, name_sv, name_en) VALUES ('Bad Code', 'n', 'n', 'n', 'n')" \
    "check constraint"
refused ville "event_kinds are read-only for a coordinator" \
    "INSERT INTO event_kinds (kind) VALUES ('x')" "permission denied"

# --- The shared SQL's words that the compatibility functions keep working ---------------------
same "instr, json_extract, json_each, COLLATE NOCASE, ifnull, json_group_array" \
    "$(val ville "SELECT instr('0401234567', '123') || ' ' || json_extract('{\"a\":{\"b\":\"ä\"}}', '\$.a.b')
                  || ' ' || (SELECT string_agg(j.value, ',') FROM json_each('[\"x\",\"y\"]'::jsonb) j)
                  || ' ' || ('South' = 'south' COLLATE NOCASE) || ' ' || ifnull(NULL::text, 'z') || ' '
                  || (SELECT json_group_array(code) FROM (SELECT code FROM services WHERE rowid < 3 ORDER BY rowid) s)")" \
    '4 ä x,y true z ["public-health-nurse","digital-nurse"]'
q ville -c "SET search_path = moty; INSERT INTO contact_cards (region, phone) VALUES ('South', '0401234567')"
refused ville "contact_cards.region is unique without regard to case" \
    "INSERT INTO contact_cards (region, phone) VALUES ('SOUTH', '0401234567')" "duplicate key"
same "ORDER BY rowid keeps insertion order" \
    "$(val ville "SELECT string_agg(code, ',' ORDER BY rowid) FROM (SELECT code, rowid FROM services WHERE rowid <= 3) s")" \
    "public-health-nurse,digital-nurse,doctor"

echo "all PostgreSQL schema checks passed"
