#!/usr/bin/env bash
# The reliability runs on PostgreSQL (issue #16; scripts/reliability.sh is the SQLite version).
# Prints the figures the book's "Reliability" section quotes (docs/src/reference/performance.md)
# and exits non-zero if any check fails.
#
#   scripts/reliability-pg.sh [KILLS] [PROCESSES] [COMMANDS_PER_PROCESS]    (500 16 500)
#
# Runs on the server MOTY_TEST_PG names (a superuser's URL), or else on a throw-away one that
# .ci/pg starts and stops (PostgreSQL 15 on a Unix socket). Two fresh databases are made with
# `moty admin init`, one login per process with `moty admin user add` (all in one team, so that
# every process works on every case).
#   (a) PROCESSES processes × COMMANDS_PER_PROCESS mixed commands at the same time, each process
#       signed in as its own login (a coordinator's day: refer, consent give, triage, schedule,
#       show, find, list, follow-up, the weekly report). Checks: every acknowledged referral's case
#       is there; only exit codes 0, 3 and 4 (documented refusals; 5 "busy" is counted and fails
#       the run: a 15-second wait on a handful of writers is a bug); every stderr line not a
#       refusal is printed; case numbers unique and gapless per year; `audit verify` exit 0; the
#       access log has exactly the rows the look-ups printed (per login and command); every
#       timeline and access-log row's actor is the login that ran the command; no joint-assessment
#       time booked over its capacity.
#   (b) KILLS writing commands (refer, consent give twice, triage in turn) killed with kill -9 at a
#       random moment (within twice an uninterrupted referral's time). Checks: every acknowledged
#       one is there; nothing half-applied (each case has its referral, its case-opened event and
#       its access row; each consent its consent-given event; each triage decision its triaged
#       event and the case its phase); `audit verify` exit 0. The server's log, when it is
#       .ci/pg's, tells how many clients died inside an open transaction.
# On a server of your own (MOTY_TEST_PG) it drops and makes the databases moty_mixed and
# moty_kills and makes the logins coord01… and killer (roles are cluster-wide): use a test server.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MOTY_TEST_PG:-}" ]; then
    if [ ! -x "${PG_BIN:-/usr/lib/postgresql/15/bin}/initdb" ]; then
        echo "reliability-pg: PostgreSQL 15 is not installed (set MOTY_TEST_PG or PG_BIN)" >&2
        exit 1
    fi
    exec .ci/pg "$0" "$@"
fi

kills=${1:-500}
procs=${2:-16}
per_proc=${3:-500}
# MOTY_BIN runs another binary (a quick try of this script); the figures are the release build's.
if [ -n "${MOTY_BIN:-}" ]; then
    moty=$MOTY_BIN
else
    cargo build --release --quiet || exit 1
    moty=$PWD/target/release/moty
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset MOTY_DB MOTY_NOW MOTY_USER MOTY_CONFIG
export NO_COLOR=1 MOTY_LANG=en
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

socket_query=${MOTY_TEST_PG#*\?}            # host=DIR
server_super=${MOTY_TEST_PG%%\?*}           # postgresql://postgres@/postgres
superuser=${server_super#postgresql://}; superuser=${superuser%%@*}
url() { echo "postgresql://$1@/$2?$socket_query"; }   # LOGIN DATABASE
sql() { LC_ALL=C PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 "$(url "$superuser" "$1")" -c "$2"; }

# A fresh register in database $1 with logins $2…; each login gets its own state folder (its own
# workstation: the chain-head witness is per person).
make_register() {
    local db=$1; shift
    sql postgres "DROP DATABASE IF EXISTS $db" >/dev/null && sql postgres "CREATE DATABASE $db" >/dev/null \
        || { echo "cannot create database $db"; exit 1; }
    "$moty" --db "$(url "$superuser" "$db")" admin init >/dev/null || { echo "admin init failed"; exit 1; }
    for login in "$@"; do
        "$moty" --db "$(url "$superuser" "$db")" admin user add "$login" --team reliability >/dev/null \
            || { echo "admin user add $login failed"; exit 1; }
        mkdir -p "$work/state/$login"
    done
}
as() { # LOGIN DATABASE moty-args…
    local login=$1 db=$2; shift 2
    MOTY_STATE_DIR=$work/state/$login "$moty" --db "$(url "$login" "$db")" "$@"
}
# A number as letters (a name takes no digits): 0-9 -> a-j.
letters() { tr 0-9 a-j <<< "$1"; }
printed() { grep -c '"case": "[0-9]*-[0-9]*"' "$1" || true; }

# ---------------------------------------------------------------------------------------------
echo "== $procs processes x $per_proc mixed commands, each its own login, on one database"
logins=(); for w in $(seq "$procs"); do logins+=("$(printf 'coord%02d' "$w")"); done
make_register moty_mixed "${logins[@]}"

# One process: a coordinator working through cases of their own, looking at others'. Writes
# "login<TAB>label<TAB>exit<TAB>printed" per command to run-W, acknowledged cases to acked-W.
process() {
    local w=$1 login=${logins[$(($1 - 1))]} n code label last="" name other group lines
    local out=$work/out-$w err=$work/err-$w
    : > "$work/acked-$w"
    for n in $(seq "$per_proc"); do
        last=$(tail -n 1 "$work/acked-$w" | cut -f1)
        other=$(tail -n 1 "$work/acked-$(( RANDOM % procs + 1 ))" 2>/dev/null)
        : > "$out"; : > "$err"
        case $((n % 10)) in
            1) label=refer
               case $(( (n / 10) % 3 )) in 0) group=working-age ;; 1) group=older-pmt ;; *) group=family ;; esac
               name="Pg W$(letters "$w")x$(letters "$n")q"   # the second word is this client's alone
               as "$login" moty_mixed --json refer --name "$name" --group "$group" --source kela \
                   --channel phone --reason "process $w command $n" >"$out" 2>"$err"; code=$?
               [ $code -eq 0 ] && printf '%s\t%s\t%s\n' \
                   "$(grep -o '"case": "[0-9-]*"' "$out" | head -n 1 | cut -d'"' -f4)" "$login" "$name" >> "$work/acked-$w" ;;
            2) label="consent give"
               as "$login" moty_mixed consent give "${last:-2026-0001}" --kind multi-professional --method written >"$out" 2>"$err"; code=$? ;;
            3) label="consent give"
               as "$login" moty_mixed consent give "${last:-2026-0001}" --kind contact-request --method written >"$out" 2>"$err"; code=$? ;;
            4) label=triage
               as "$login" moty_mixed triage "${last:-2026-0001}" --decision joint-assessment --kela-screen no >"$out" 2>"$err"; code=$? ;;
            5) label=schedule
               as "$login" moty_mixed --json schedule "${last:-2026-0001}" --kind joint-assessment >"$out" 2>"$err"; code=$? ;;
            6) label=show
               as "$login" moty_mixed --json show "${last:-2026-0001}" >"$out" 2>"$err"; code=$? ;;
            7) label=show  # someone else's case
               as "$login" moty_mixed --json show "$(cut -f1 <<< "${other:-2026-0001}")" >"$out" 2>"$err"; code=$? ;;
            8) label=find
               if [ $(( (n / 10) % 2 )) -eq 0 ] && [ -n "$other" ]; then
                   as "$login" moty_mixed --json find "$(cut -f3 <<< "$other" | cut -d' ' -f2)" >"$out" 2>"$err"; code=$?
               else
                   as "$login" moty_mixed --json find "Nobody Here" >"$out" 2>"$err"; code=$?
               fi ;;
            9) label=list
               as "$login" moty_mixed --json list --phase referred >"$out" 2>"$err"; code=$? ;;
            0) if [ $(( (n / 10) % 2 )) -eq 0 ]; then
                   label="follow-up due"
                   as "$login" moty_mixed --json follow-up due >"$out" 2>"$err"; code=$?
               else
                   label="report weekly"
                   as "$login" moty_mixed report weekly --to-whom "process $w" --format json >"$out" 2>"$err"; code=$?
               fi ;;
        esac
        lines=0
        if [ $code -eq 0 ]; then
            case $label in show|find|list|"follow-up due") lines=$(printed "$out") ;; esac
            # show prints the case once at the top and again in its timeline etc.: one view.
            [ "$label" = show ] && lines=1
        fi
        printf '%s\t%s\t%s\t%s\n' "$login" "$label" "$code" "$lines" >> "$work/run-$w"
        while IFS= read -r line; do
            printf '%s\t%s\t%s\t%s\n' "$login" "$label" "$code" "$line" >> "$work/stderr-$w"
        done < "$err"
    done
}
start=$(date +%s%N)
for w in $(seq "$procs"); do process "$w" & done
wait
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
cat "$work"/run-* > "$work/runs"
cat "$work"/stderr-* > "$work/stderr" 2>/dev/null || : > "$work/stderr"
cat "$work"/acked-* > "$work/acked"
total=$(wc -l < "$work/runs")
codes=$(cut -f3 "$work/runs" | sort -n | uniq -c | awk '{printf "%sexit %s: %s", sep, $2, $1; sep=", "}')
unexpected_codes=$(cut -f3 "$work/runs" | grep -cvxE '0|3|4' || true)
refusals=$(awk -F'\t' '$3 != 0 {print $2 " exit " $3}' "$work/runs" | sort | uniq -c \
    | awk '{n = $1; $1 = ""; s = s sep substr($0, 2) " x" n; sep = ", "} END {print s}')
# A refusal's message is one line on stderr; anything else there (or on stderr of a command that
# succeeded) is shown.
odd_stderr=$(awk -F'\t' '$3 == 0 || $3 !~ /^[34]$/' "$work/stderr")
[ "$total" -eq $((procs * per_proc)) ] || fail "ran $total commands, expected $((procs * per_proc))"
[ "$unexpected_codes" -eq 0 ] || fail "$unexpected_codes commands exited with a code other than 0, 3, 4"
[ -z "$odd_stderr" ] || fail "stderr lines outside refusals (below)"

# Everything else is read on the server, as its superuser.
S() { sql moty_mixed "$1"; }
awk -F'\t' '$3 == 0' "$work/runs" | cut -f1,2,4 > "$work/ok"
S "CREATE TABLE public.acked (case_id text, login text, name text);
   CREATE TABLE public.ran (login text, label text, printed int)" >/dev/null
LC_ALL=C psql -X -q -v ON_ERROR_STOP=1 "$(url "$superuser" moty_mixed)" \
    -c "\\copy public.acked FROM '$work/acked'" -c "\\copy public.ran FROM '$work/ok'" >/dev/null \
    || fail "could not load the acknowledgements"
acked=$(wc -l < "$work/acked")
missing=$(S "SELECT count(*) FROM public.acked a LEFT JOIN moty.cases c ON c.id = a.case_id WHERE c.id IS NULL")
[ "$missing" = 0 ] || fail "$missing acknowledged referrals missing"
cases=$(S "SELECT count(*) FROM moty.cases")
[ "$cases" = "$((acked + 0))" ] || fail "$cases cases on the server, $acked acknowledged"
gaps=$(S "SELECT count(*) FROM (SELECT year, count(*) n, count(DISTINCT seq) d, min(seq) lo, max(seq) hi
                               FROM moty.cases GROUP BY year) y WHERE n <> d OR lo <> 1 OR hi <> n")
[ "$gaps" = 0 ] || fail "case numbers not unique and gapless in $gaps years"
# Whose is each chained row: the referral's case-opened event and access row are the login's
# that was told the case number.
wrong_actor=$(S "SELECT count(*) FROM public.acked a
    WHERE NOT EXISTS (SELECT 1 FROM moty.events e WHERE e.case_id = a.case_id AND e.kind = 'case-opened' AND e.actor = a.login)
       OR NOT EXISTS (SELECT 1 FROM moty.access_log l WHERE l.case_id = a.case_id AND l.command = 'refer' AND l.actor = a.login)")
[ "$wrong_actor" = 0 ] || fail "$wrong_actor acknowledged referrals whose timeline or access row names another actor"
# Per login: the timeline has one event per write that succeeded, and nothing else.
event_diff=$(S "WITH expected AS (
        SELECT login, CASE label WHEN 'refer' THEN 'case-opened' WHEN 'consent give' THEN 'consent-given'
                                 WHEN 'triage' THEN 'triaged' WHEN 'schedule' THEN 'meeting-booked' END AS kind,
               count(*) n
        FROM public.ran WHERE label IN ('refer', 'consent give', 'triage', 'schedule') GROUP BY 1, 2),
      actual AS (SELECT actor AS login, kind, count(*) n FROM moty.events GROUP BY 1, 2)
    SELECT count(*) FROM expected e FULL JOIN actual a USING (login, kind)
    WHERE e.n IS DISTINCT FROM a.n")
[ "$event_diff" = 0 ] || { fail "timeline rows per login and kind differ from the writes that succeeded ($event_diff pairs)"
    S "WITH expected AS (
        SELECT login, CASE label WHEN 'refer' THEN 'case-opened' WHEN 'consent give' THEN 'consent-given'
                                 WHEN 'triage' THEN 'triaged' WHEN 'schedule' THEN 'meeting-booked' END AS kind,
               count(*) n
        FROM public.ran WHERE label IN ('refer', 'consent give', 'triage', 'schedule') GROUP BY 1, 2),
      actual AS (SELECT actor AS login, kind, count(*) n FROM moty.events GROUP BY 1, 2)
    SELECT login, kind, e.n AS expected, a.n AS actual FROM expected e FULL JOIN actual a USING (login, kind)
    WHERE e.n IS DISTINCT FROM a.n ORDER BY 1, 2 LIMIT 20"; }
# The access log of the look-ups: show one row; find and list one per case printed, or one
# 'search' row when they printed none; follow-up due one per case printed.
lookups=$(awk -F'\t' '$2 ~ /^(show|find|list|follow-up due)$/' "$work/ok" | wc -l)
printed_rows=$(S "SELECT coalesce(sum(CASE WHEN label IN ('find', 'list') THEN greatest(printed, 1) ELSE printed END), 0)
                  FROM public.ran WHERE label IN ('show', 'find', 'list', 'follow-up due')")
logged_rows=$(S "SELECT count(*) FROM moty.access_log WHERE command IN ('show', 'find', 'list', 'follow-up due')")
access_diff=$(S "WITH expected AS (
        SELECT login, label AS command,
               sum(CASE WHEN label IN ('find', 'list') THEN greatest(printed, 1) ELSE printed END) n
        FROM public.ran WHERE label IN ('show', 'find', 'list', 'follow-up due') GROUP BY 1, 2
        HAVING sum(CASE WHEN label IN ('find', 'list') THEN greatest(printed, 1) ELSE printed END) > 0),
      actual AS (SELECT actor AS login, command, count(*) n FROM moty.access_log
                 WHERE command IN ('show', 'find', 'list', 'follow-up due') GROUP BY 1, 2)
    SELECT count(*) FROM expected e FULL JOIN actual a USING (login, command) WHERE e.n IS DISTINCT FROM a.n")
[ "$access_diff" = 0 ] || fail "access-log rows of look-ups per login differ from what they printed ($access_diff pairs)"
strangers=$(S "SELECT count(*) FROM (SELECT actor FROM moty.events UNION ALL SELECT actor FROM moty.access_log
                                   UNION ALL SELECT actor FROM moty.disclosure_log) r
               WHERE actor NOT IN (SELECT login FROM public.acked UNION SELECT login FROM public.ran)")
[ "$strangers" = 0 ] || fail "$strangers chained rows name an actor that is none of the logins"
disclosures=$(S "SELECT count(*) FROM moty.disclosure_log")
weekly_ok=$(awk -F'\t' '$2 == "report weekly"' "$work/ok" | wc -l)
[ "$disclosures" = "$weekly_ok" ] || fail "$disclosures disclosure rows for $weekly_ok weekly reports"
# Slot capacity held under concurrent booking: no joint-assessment time holds more bookings than
# its slot rule's capacity, and each booking names the login that made it.
overbooked=$(S "SELECT count(*) FROM (SELECT b.starts_at, count(*) n FROM moty.bookings b
                                     WHERE b.kind = 'joint-assessment' AND b.status <> 'cancelled'
                                     GROUP BY b.starts_at) t
                WHERE n > (SELECT coalesce(sum(capacity), 0) FROM moty.slot_rules r
                           WHERE r.kind = 'joint-assessment' AND r.start = substr(t.starts_at, 12, 5))")
[ "$overbooked" = 0 ] || fail "$overbooked joint-assessment times booked over their capacity"
bookings=$(S "SELECT count(*) FROM moty.bookings")
booked_by_other=$(S "SELECT count(*) FROM moty.bookings b JOIN moty.events e ON e.case_id = b.case_id AND e.kind = 'meeting-booked'
                     WHERE b.booked_by <> e.actor")
[ "$booked_by_other" = 0 ] || fail "$booked_by_other bookings whose booked_by is not the login on their timeline event"
S "DROP TABLE public.acked, public.ran" >/dev/null
verify_out=$(as "${logins[0]}" moty_mixed audit verify 2>&1); verify=$?
[ $verify -eq 0 ] || fail "audit verify exit $verify: $verify_out"
echo "commands $total in ${elapsed} ms ($(( total * 1000 / (elapsed > 0 ? elapsed : 1) )) per second) by $procs logins: $codes"
echo "  not 0: ${refusals:-none}"
echo "  acknowledged referrals $acked, missing $missing; cases on the server $cases, numbers gapless per year: $([ "$gaps" = 0 ] && echo yes || echo NO)"
echo "  timeline rows per login and kind = writes that succeeded: $([ "$event_diff" = 0 ] && echo yes || echo NO); referrals whose rows name another actor $wrong_actor; rows naming a stranger $strangers"
echo "  look-ups $lookups: access rows expected from what they printed $printed_rows, logged $logged_rows (per login and command equal: $([ "$access_diff" = 0 ] && echo yes || echo NO)); weekly reports $weekly_ok, disclosure rows $disclosures"
echo "  bookings $bookings, joint-assessment times over capacity $overbooked, booked_by other than the booking login $booked_by_other"
echo "  audit verify exit $verify; stderr lines outside refusals: $(grep -c . <<< "$odd_stderr" || true)"
[ -z "$odd_stderr" ] || { echo "$odd_stderr" | sort | uniq -c | sort -rn | head -n 40; }
echo "  refusal messages (case numbers and dates replaced):"
awk -F'\t' '$3 ~ /^[34]$/ {print "    " $2 " (exit " $3 "): " $4}' "$work/stderr" | sed -E 's/[0-9]{4}-[0-9]{4,7}/CASE/g; s/[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9:]+)?/DATE/g' \
    | sort | uniq -c | sort -rn | head -n 15

# ---------------------------------------------------------------------------------------------
echo "== kill -9 of writing commands: $kills runs (refer, consent give twice, triage in turn)"
make_register moty_kills killer
: > "$work/kacked"; : > "$work/krefusals"
killed=0; acked_other=0; kill_codes=$work/kill-codes; : > "$kill_codes"
# The kill comes at a random moment within twice the time an uninterrupted command takes
# here (measured on three referrals first, which count as acknowledged), so that kills land
# before the connection, inside the transaction and after the commit alike.
t0=$(date +%s%N)
for i in 1 2 3; do
    as killer moty_kills --json refer --name "Timing Client$(letters "$i")" --group working-age --source kela \
        --channel phone --reason timing > "$work/kout" || fail "a referral without kill failed"
    last=$(grep -o '"case": "[0-9-]*"' "$work/kout" | head -n 1 | cut -d'"' -f4); echo "$last" >> "$work/kacked"
done
window=$(( ($(date +%s%N) - t0) / 1000000 * 2 / 3 ))
[ "$window" -gt 0 ] || window=1
acked_refer=3
kstate=$work/state/killer kurl=$(url killer moty_kills)
start=$(date +%s%N)
for i in $(seq "$kills"); do
    : > "$work/kout"
    # moty itself in the background (not a function in a subshell): $! is moty's own pid.
    case $((i % 4)) in
        1) MOTY_STATE_DIR=$kstate "$moty" --db "$kurl" --json refer --name "Crash Client$(letters "$i")" \
               --group working-age --source kela --channel phone --reason "run $i" > "$work/kout" 2>"$work/kerr" & ;;
        2) MOTY_STATE_DIR=$kstate "$moty" --db "$kurl" consent give "${last:-2026-0001}" --kind multi-professional \
               --method written > "$work/kout" 2>"$work/kerr" & ;;
        3) MOTY_STATE_DIR=$kstate "$moty" --db "$kurl" consent give "${last:-2026-0001}" --kind contact-request \
               --method written > "$work/kout" 2>"$work/kerr" & ;;
        0) MOTY_STATE_DIR=$kstate "$moty" --db "$kurl" triage "${last:-2026-0001}" --decision joint-assessment \
               --kela-screen no > "$work/kout" 2>"$work/kerr" & ;;
    esac
    pid=$!
    delay=$(( (RANDOM * 32768 + RANDOM) % window ))
    sleep "$(( delay / 1000 )).$(printf '%03d' $(( delay % 1000 )))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null; code=$?
    echo "$code" >> "$kill_codes"
    if [ $code -eq 137 ]; then
        killed=$((killed + 1))
    elif [ $code -eq 0 ] && [ $((i % 4)) -eq 1 ]; then
        last=$(grep -o '"case": "[0-9-]*"' "$work/kout" | head -n 1 | cut -d'"' -f4)
        echo "$last" >> "$work/kacked"; acked_refer=$((acked_refer + 1))
    elif [ $code -eq 0 ]; then
        acked_other=$((acked_other + 1))
    elif [ $code -ne 3 ] && [ $code -ne 4 ]; then
        echo "  run $i exit $code: $(head -c 300 "$work/kerr")"
        fail "run $i of the kill loop exited $code"
    fi
    if [ $code -ne 0 ] && [ $code -ne 137 ]; then sed "s/^/exit $code: /" "$work/kerr" >> "$work/krefusals"; fi
done
kelapsed=$(( ($(date +%s%N) - start) / 1000000 ))
# Where the kills landed, as the server saw them (its log, when .ci/pg started it here): a client
# gone inside an open transaction, which the server rolled back.
mid_transaction="unknown (no server log here)"
if [ -r "${MOTY_PG_DIR:-}/server.log" ]; then
    mid_transaction=$(grep -c "unexpected EOF on client connection with an open transaction" "$MOTY_PG_DIR/server.log")
fi
K() { sql moty_kills "$1"; }
# The killed clients' server processes finish (roll back, or commit what was already sent) first.
for _ in $(seq 100); do
    [ "$(K "SELECT count(*) FROM pg_stat_activity WHERE usename = 'killer'")" = 0 ] && break
    sleep 0.1
done
kmissing=0
while read -r case; do
    [ "$(K "SELECT count(*) FROM moty.cases WHERE id = '$case'")" = 1 ] || kmissing=$((kmissing + 1))
done < "$work/kacked"
[ "$kmissing" = 0 ] || fail "$kmissing acknowledged referrals missing after the kills"
kcases=$(K "SELECT count(*) FROM moty.cases")
half=$(K "SELECT
    (SELECT count(*) FROM moty.cases c WHERE NOT EXISTS (SELECT 1 FROM moty.referrals r WHERE r.case_id = c.id))
  + (SELECT count(*) FROM moty.cases c WHERE (SELECT count(*) FROM moty.events e WHERE e.case_id = c.id AND e.kind = 'case-opened') <> 1)
  + (SELECT count(*) FROM moty.cases c WHERE NOT EXISTS (SELECT 1 FROM moty.access_log l WHERE l.case_id = c.id AND l.command = 'refer'))
  + abs((SELECT count(*) FROM moty.consents) - (SELECT count(*) FROM moty.events WHERE kind = 'consent-given'))
  + abs((SELECT count(*) FROM moty.triage_decisions) - (SELECT count(*) FROM moty.events WHERE kind = 'triaged'))
  + (SELECT count(*) FROM moty.cases c WHERE (c.phase = 'joint-assessment')
                                        <> EXISTS (SELECT 1 FROM moty.triage_decisions t WHERE t.case_id = c.id))")
[ "$half" = 0 ] || fail "$half half-applied commands (a case, consent or triage without its other rows)"
kconsents=$(K "SELECT count(*) FROM moty.consents"); ktriage=$(K "SELECT count(*) FROM moty.triage_decisions")
kverify_out=$(as killer moty_kills audit verify 2>&1); kverify=$?
[ $kverify -eq 0 ] || fail "audit verify after the kills exit $kverify: $kverify_out"
kcodes=$(sort -n "$kill_codes" | uniq -c | awk '{printf "%sexit %s: %s", sep, $2, $1; sep=", "}')
echo "runs $kills in ${kelapsed} ms (each killed after a random 0-$window ms), killed mid-command $killed ($kcodes); acknowledged referrals $acked_refer, missing $kmissing; other writes acknowledged $acked_other"
[ -s "$work/krefusals" ] && { echo "  messages of the commands not killed that did not succeed:"
    sed -E 's/[0-9]{4}-[0-9]{4,7}/CASE/g; s/[0-9]{4}-[0-9]{2}-[0-9]{2}/DATE/g; s/\(consent [0-9]+\)/(consent N)/' "$work/krefusals" | sort | uniq -c | sort -rn | head -n 10; }
echo "  clients killed inside an open transaction (rolled back by the server, from its log): $mid_transaction"
echo "  cases $kcases, consents $kconsents, triage decisions $ktriage; half-applied $half; audit verify exit $kverify"

echo "== $([ "$failures" = 0 ] && echo "all checks passed" || echo "$failures checks FAILED")"
[ "$failures" = 0 ]
