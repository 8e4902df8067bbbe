#!/usr/bin/env bash
# The performance benchmark of issue #17 (item 7): builds demo registers of 10k, 100k and 1M
# fictitious clients and prints, per size, each command's median run time beside the median of
# the database's own shell running the same SQL — the `sqlite3` shell for a register file,
# `psql` over the Unix socket for PostgreSQL — *including the access-log INSERT the command must
# make*, their ratio, pass/fail against the targets, and moty's peak memory. On PostgreSQL the
# commands are timed twice: straight to the server, and through PgBouncer in session pooling
# (.ci/pg starts it; docs/src/guides/server.md, "A connection pooler"), moty and psql alike.
#
#   scripts/bench.sh [--engine sqlite|postgres|both] [--runs N] [--warmup N] [SIZES...]
#       SIZES default "10000 100000 1000000"; `scripts/bench.sh 10000` is a quick run.
#       --engine  default both (PostgreSQL is skipped, saying so, where PostgreSQL 15 is missing)
#       --runs    hyperfine runs per command (default 10), --warmup its warm-up runs (default 2)
#       BENCH_TODAY=YYYY-MM-DD moves the demo's day (default 2026-11-23)
#
# What it needs: the release build (made here), hyperfine, sqlite3 and GNU time (installed with
# apt-get when missing, as root or with sudo), and for PostgreSQL .ci/pg's PostgreSQL 15, psql
# and PgBouncer.
# Everything runs in a temporary folder, removed on exit; MOTY_NOW is fixed, so every run reads the
# same demo. The timings are the machine's of the moment: run it on an otherwise idle machine.
#
# The targets (issue #17), checked at every size though stated at 100,000 clients (peak memory:
# at 1M):
#   phone-hour commands (find, show, first page of list and triage --list, follow-up due, report
#   queue): ≤ 1.5 × the shell's median and ≤ 25 ms on SQLite, ≤ 30 ms on PostgreSQL;
#   each command's median at 1M ≤ 1.5 × its median at 100k (printed when both sizes ran);
#   report weekly ≤ 100 ms, report outcomes ≤ 300 ms; every command ≤ 64 MB peak;
#   moty --version ≤ 5 ms.
#
# What the shell does, and what it does not (so the ratio is read right):
#   * It runs, in one write transaction (BEGIN IMMEDIATE on SQLite; BEGIN plus the register's
#     advisory write lock on PostgreSQL, as moty does), set-based SQL that reads the rows the
#     command prints — the same tables, the same WHERE clauses and ORDER BYs as src/store — and
#     prints them unformatted. moty reads some of them in more, smaller queries (one per case
#     for triage --list, follow-up due, report queue), checks and renders them.
#   * It writes the access-log rows the command writes: one per case shown (for show, one), in the
#     same transaction. On SQLite the row's id is the log's last id + 1 like moty's, but the hash
#     is a constant 64-hex text: the shell does not compute the sha256 chain (moty does, in Rust).
#     On PostgreSQL the server's trigger stamps and hashes the row for both, so the shell's insert
#     costs the same as moty's there. The shell's rows go to its own copy of the register (on
#     PostgreSQL its own database), so moty's chains stay intact.
#   * report weekly writes a disclosure-log row with its legal basis (as moty does, though with an
#     empty list of cases where moty names the week's); report
#     outcomes without --html writes no log row (the figures are counts), and neither does the
#     shell's.
#   * It does not open or check the register as moty does (the file's identity, the schema
#     version, the chain-head witness), read the configuration, load the text catalogues or render
#     text.
#   * "first page": moty prints the first 50 (BENCH_PAGE) open cases (list --limit 50) and
#     untriaged cases (triage --list --limit 50), one access-log row each, and counts the rest;
#     `report queue --limit 50` the first 50 rows of each of the work list's sections, and the
#     rest of each; the shell reads, logs and counts the same. BENCH_LIST_ARGS /
#     BENCH_TRIAGE_ARGS / BENCH_QUEUE_ARGS replace the flags (an empty value: the whole list,
#     which the shell does not match).
#   * import: `moty import referrals FILE.csv` is timed (once, as it changes the register; on a
#     server after the direct and the pooled tables, so both read the same register). The
#     sheet is BENCH_IMPORT_CSV, else BENCH_IMPORT_ROWS (default 20,000) referrals that
#     scripts/bench-import.sh --sheet writes of clients born from 2000 on: the demo's clients are
#     born 1936–1999, so none of the sheet's identity codes (temporary ones, 900–999, as the
#     demo's are) is one of theirs. It has no shell column yet. A sheet that repeats one of the
#     demo's codes is refused, and the row says ERROR with moty's words.
#     A command that fails in its run under GNU time is reported so, not timed.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

engine=both runs=10 warmup=2
sizes=()
while [ $# -gt 0 ]; do
    case $1 in
        --engine) engine=${2:?--engine needs sqlite, postgres or both}; shift 2 ;;
        --engine=*) engine=${1#*=}; shift ;;
        --runs) runs=${2:?}; shift 2 ;;
        --warmup) warmup=${2:?}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) sizes+=("$1"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
case $engine in sqlite|postgres|both) ;; *) echo "bench: --engine sqlite|postgres|both" >&2; exit 2 ;; esac
for n in "${sizes[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "bench: a size is a number of clients, not '$n'" >&2; exit 2; }
done
page=${BENCH_PAGE:-50}

# ---------------------------------------------------------------------------------------------
# Tools: installed with apt-get when missing.
apt_install() { # PACKAGE…
    local sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    echo "bench: installing $* (apt-get)" >&2
    $sudo apt-get install -y -q "$@" >/dev/null 2>&1 \
        || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$@" >/dev/null; }
}
command -v hyperfine >/dev/null || apt_install hyperfine
command -v sqlite3 >/dev/null || apt_install sqlite3
[ -x /usr/bin/time ] || apt_install time
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ "$engine" != sqlite ]; then
    if [ ! -x "$pg_bin/initdb" ] && [ -z "${MOTY_TEST_PG:-}" ]; then
        echo "bench: PostgreSQL 15 is not installed ($pg_bin/initdb is missing): the PostgreSQL half is skipped (apt-get install postgresql-15, or set MOTY_TEST_PG)" >&2
        [ "$engine" = postgres ] && exit 1
        engine=sqlite
    else
        command -v psql >/dev/null || apt_install postgresql-client-15
        command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] || apt_install pgbouncer
    fi
fi

# ---------------------------------------------------------------------------------------------
cargo build --release --quiet
moty=$PWD/target/release/moty
work=$(mktemp -d "${TMPDIR:-/tmp}/moty-bench.XXXXXX")
pg_started=0
cleanup() {
    if [ "$pg_started" = 1 ]; then moty_pg_stop; fi
    if [ -n "${BENCH_KEEP:-}" ]; then echo "bench: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

unset MOTY_DB MOTY_CONFIG MOTY_DB_KEY MOTY_REGION
export NO_COLOR=1 MOTY_LANG=en MOTY_USER=bench MOTY_STATE_DIR=$work/state
# The demo's "today": a Monday in winter (no holiday). The demo spreads its cases over the ten
# years up to that day (docs/src/reference/demo.md).
today=${BENCH_TODAY:-2026-11-23}
now="$today 10:00"             # Helsinki time (MOTY_NOW), 08:00 UTC
now_utc="${today}T08:00:00Z"
export MOTY_NOW=$now
mkdir -p "$work/state" "$work/sql"
os_user=$(id -un)
fake_hash=$(printf '%064d' 0)

if [ "$engine" != sqlite ]; then
    if [ -z "${MOTY_TEST_PG:-}" ]; then
        # shellcheck disable=SC1091 # .ci/pg starts a throw-away server, exports MOTY_TEST_PG
        . .ci/pg >/dev/null
        pg_started=1
        trap cleanup EXIT      # .ci/pg set its own (which stops the server only)
    fi
    pg_socket=${MOTY_TEST_PG#*\?}               # host=DIR
    pool_socket=""                              # host=DIR&port=6432, with a pooler
    if [ -n "${MOTY_TEST_POOL:-}" ]; then pool_socket=${MOTY_TEST_POOL#*\?}; fi
    pg_super=${MOTY_TEST_PG%%\?*}; pg_super=${pg_super#postgresql://}; pg_super=${pg_super%%@*}
fi
pg_url() { echo "postgresql://$1@/$2?$pg_socket"; }   # LOGIN DATABASE
pool_url() { echo "postgresql://$1@/$2?$pool_socket"; }   # LOGIN DATABASE, through the pooler
pg_sql() { # DATABASE SQL, as the superuser
    LC_ALL=C PGOPTIONS='-c client_min_messages=warning' \
        psql -X -q -At -v ON_ERROR_STOP=1 "$(pg_url "$pg_super" "$1")" -c "$2"
}

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# ---------------------------------------------------------------------------------------------
# The SQL the shell runs, one function per command (scripts/bench-sql.sh).
# shellcheck source=scripts/bench-sql.sh
. scripts/bench-sql.sh

# ---------------------------------------------------------------------------------------------
# Timing: hyperfine's medians (no shell in between, -N), and one run under GNU time for the
# peak resident memory.
fails=0     # targets missed (the PostgreSQL half runs in a subshell and hands its count back)

# time_pair CSV RUNS WARMUP MOTY_COMMAND [SHELL_COMMAND]: prints "moty_ms shell_ms" (shell_ms
# "-" without one), or returns 1 (hyperfine's error in $work/hf.err).
time_pair() {
    local csv=$1 n_runs=$2 n_warmup=$3; shift 3
    hyperfine -N --style none --warmup "$n_warmup" --runs "$n_runs" --export-csv "$csv" "$@" \
        >/dev/null 2>"$work/hf.err" || return 1
    awk -F, 'NR == 2 { m = $4 * 1000 } NR == 3 { s = $4 * 1000 }
        END { if (s == "") printf "%.1f -\n", m; else printf "%.1f %.1f\n", m, s }' "$csv"
}
# probe COMMAND…: one run under GNU time; prints "seconds peak_MB" (exit status 1 on failure,
# what the command said in $work/probe.err).
probe() {
    local status=0
    /usr/bin/time -f '%e %M' -o "$work/time.out" "$@" >/dev/null 2>"$work/probe.err" || status=1
    tail -n 1 "$work/time.out" | awk '{ printf "%s %.1f\n", $1, $2 / 1024 }'
    return "$status"
}

# row ENGINE SIZE KIND LABEL SQLFILE|"" MOTY_ARGS…: times one command (and the shell's SQL),
# prints its table row and counts a failed target.
row() {
    local e=$1 n=$2 kind=$3 label=$4 sqlfile=$5; shift 5
    local shell_cmd=() times m s ratio target result
    if [ -n "$sqlfile" ]; then
        if [ "$e" = sqlite ]; then
            shell_cmd=("sqlite3 -batch $shell_db '.read $sqlfile'")
        else
            shell_cmd=("psql -X -q -f $sqlfile $shell_url")
        fi
    fi
    local moty_cmd="$moty $*" secs peak n_runs=$runs n_warmup=$warmup
    # One run under GNU time first: moty's peak memory, and how long it takes. A command of a
    # second or more gets 3 runs without warm-up; for one of ten seconds or more that first run
    # is the figure.
    local probed probe_status=0
    probed=$(probe "$moty" "$@") || probe_status=1
    read -r secs peak <<<"$probed"
    if [ "$probe_status" != 0 ]; then
        # A command that fails has no figure (an import refused, say, writes nothing).
        printf '%-34s %s\n' "$label" "ERROR: $(head -n 3 "$work/probe.err" | tr '\n' ' ')"
        fails=$((fails + 1))
        return
    fi
    if awk -v t="$secs" 'BEGIN { exit !(t >= 10) }'; then n_runs=1 n_warmup=0
    elif awk -v t="$secs" 'BEGIN { exit !(t >= 1) }'; then n_runs=3 n_warmup=0; fi
    local once
    once=$(awk -v t="$secs" 'BEGIN { printf "%.1f", t * 1000 }')
    if [ "$kind" = import ]; then
        # An import changes the register: its one run under GNU time is its figure.
        n_runs=1
        times="$once -"
    elif [ "$n_runs" = 1 ]; then
        # Ten seconds or more: the run under GNU time is moty's figure; the shell is timed alone.
        times="$once -"
        if [ ${#shell_cmd[@]} -gt 0 ] && times=$(time_pair "$work/hf.csv" "$runs" "$warmup" "${shell_cmd[@]}"); then
            times="$once ${times% *}"
        fi
    elif ! times=$(time_pair "$work/hf.csv" "$n_runs" "$n_warmup" "$moty_cmd" "${shell_cmd[@]}"); then
        # Which one failed, and what it said.
        local said
        if ! said=$("$moty" "$@" 2>&1 >/dev/null); then
            said="moty: $said"
        elif [ "$e" = sqlite ]; then
            said="sqlite3: $(sqlite3 -batch "$shell_db" ".read $sqlfile" 2>&1 >/dev/null || true)"
        else
            said="psql: $(psql -X -q -f "$sqlfile" "$shell_url" 2>&1 >/dev/null || true)"
        fi
        printf '%-34s %s\n' "$label" "ERROR: $(head -n 3 <<<"$said" | tr '\n' ' ')"
        fails=$((fails + 1))
        return
    fi
    read -r m s <<<"$times"
    printf '%s\t%s\t%s\t%s\n' "$e" "$n" "$label" "$m" >>"$work/medians"
    ratio=-
    [ "$s" != - ] && ratio=$(awk -v m="$m" -v s="$s" 'BEGIN { printf "%.2f", m / s }')
    local limit=25
    [ "$e" != sqlite ] && limit=30
    local bad=()
    case $kind in
        phone)
            target="<=1.5x shell, <=$limit ms"
            awk -v r="$ratio" 'BEGIN { exit !(r != "-" && r > 1.5) }' && bad+=(ratio)
            awk -v m="$m" -v l="$limit" 'BEGIN { exit !(m > l) }' && bad+=(ms) ;;
        weekly) target="<=100 ms"; awk -v m="$m" 'BEGIN { exit !(m > 100) }' && bad+=(ms) ;;
        outcomes) target="<=300 ms"; awk -v m="$m" 'BEGIN { exit !(m > 300) }' && bad+=(ms) ;;
        version) target="<=5 ms"; awk -v m="$m" 'BEGIN { exit !(m > 5) }' && bad+=(ms) ;;
        *) target="-" ;;
    esac
    awk -v p="$peak" 'BEGIN { exit !(p > 64) }' && bad+=(memory)
    if [ ${#bad[@]} -eq 0 ]; then
        result=ok
    else
        result="FAIL($(IFS=,; echo "${bad[*]}"))"
        fails=$((fails + 1))
    fi
    printf '%-34s %9s %9s %7s  %-22s %-22s %7s %4s\n' "$label" "$m" "$s" "$ratio" "$target" \
        "$result" "$peak" "$n_runs"
}
header() {
    printf '%-34s %9s %9s %7s  %-22s %-22s %7s %4s\n' command "moty ms" "shell ms" ratio target \
        result "peak MB" runs
}

# ---------------------------------------------------------------------------------------------
# One size on one engine: the look-up texts, the SQL files, the table.
bench_size() { # ENGINE SIZE SOURCE_FILE (the demo register the texts are read from)
    # ENGINE: sqlite, pg, or pgpool (the server through the pooler: the same SQL as pg).
    local e=$1 n=$2 file=$3 sql=$work/sql/$1-$2 q=$1
    [ "$e" = pgpool ] && q=pg
    mkdir -p "$sql"
    # A real client in the middle of the register: a name fragment (its surname's first four
    # letters, as typed on the phone), its identity code, its phone number and its case.
    local mid=$(( n / 2 )) pick name code phone case
    pick=$(sqlite3 -batch -separator '|' "$file" "SELECT k.name_folded, k.hetu, k.phone, c.id
        FROM clients k JOIN cases c ON c.client_id = k.id
        WHERE k.id >= $mid AND k.hetu IS NOT NULL AND k.phone IS NOT NULL
        ORDER BY k.id LIMIT 1")
    IFS='|' read -r name code phone case <<<"$pick"
    name=${name##* }; name=${name:0:4}
    # Weekly: the coming week from Monday; outcomes: the last 365 days (the commands' defaults).
    local monday sunday last_monday from
    monday=$(date -d "$today + $(( (8 - $(date -d "$today" +%u)) % 7 )) days" +%F)
    sunday=$(date -d "$monday + 6 days" +%F)
    last_monday=$(date -d "$monday - 7 days" +%F)
    from=$(date -d "$today - 365 days" +%F)
    sql_find "$q" "$name" >"$sql/find-name.sql"
    sql_find "$q" "$code" >"$sql/find-code.sql"
    sql_find "$q" "$phone" >"$sql/find-phone.sql"
    sql_find "$q" "$case" >"$sql/find-case.sql"
    sql_show "$q" "$case" >"$sql/show.sql"
    sql_list "$q" >"$sql/list.sql"
    sql_triage "$q" >"$sql/triage.sql"
    sql_due "$q" >"$sql/due.sql"
    sql_queue "$q" >"$sql/queue.sql"
    sql_weekly "$q" "$monday" "$sunday" "$last_monday" >"$sql/weekly.sql"
    sql_outcomes "$q" "$from" >"$sql/outcomes.sql"

    echo
    local engine_name="PostgreSQL (Unix socket)"
    [ "$e" = sqlite ] && engine_name=SQLite
    [ "$e" = pgpool ] && engine_name="PostgreSQL through PgBouncer (session pooling, Unix socket)"
    echo "== $engine_name, $n clients: medians of $runs runs after $warmup warm-up runs (slow commands fewer: 'runs')"
    echo "(load average before: $(cut -d' ' -f1-3 /proc/loadavg); other work on the machine makes the figures noisy)"
    header
    # shellcheck disable=SC2086 # the phone number is typed as its words
    {
        row "$e" "$n" phone "find name fragment ($name)" "$sql/find-name.sql" find "$name"
        row "$e" "$n" phone "find identity code" "$sql/find-code.sql" find "$code"
        row "$e" "$n" phone "find phone ($phone)" "$sql/find-phone.sql" find $phone
        row "$e" "$n" phone "find case id ($case)" "$sql/find-case.sql" find "$case"
        row "$e" "$n" phone "show ($case)" "$sql/show.sql" show "$case"
        row "$e" "$n" phone "list (first page)" "$sql/list.sql" list ${BENCH_LIST_ARGS---limit $page}
        row "$e" "$n" phone "triage --list (first page)" "$sql/triage.sql" triage --list ${BENCH_TRIAGE_ARGS---limit $page}
        row "$e" "$n" phone "follow-up due" "$sql/due.sql" follow-up due
        row "$e" "$n" phone "report queue (first pages)" "$sql/queue.sql" report queue ${BENCH_QUEUE_ARGS---limit $page}
        row "$e" "$n" weekly "report weekly" "$sql/weekly.sql" report weekly --to-whom "team" --legal-basis consent
        row "$e" "$n" outcomes "report outcomes" "$sql/outcomes.sql" report outcomes
        row "$e" "$n" version "moty --version" "" --version
    }
    # The import changes the register: on a server it comes after both tables (below), so the
    # pooled commands read the same register as the direct ones.
    if [ "$e" = sqlite ]; then bench_import "$e" "$n"; fi
    # The shell's own floor: starting it, opening the register, one empty write transaction.
    local floor=$sql/floor.sql
    { begin_sql "$q"; echo "COMMIT;"; } >"$floor"
    local floor_cmd
    if [ "$e" = sqlite ]; then
        floor_cmd="sqlite3 -batch $shell_db '.read $floor'"
    else
        floor_cmd="psql -X -q -f $floor $shell_url"
    fi
    if times=$(time_pair "$work/hf.csv" "$runs" "$warmup" "$floor_cmd"); then
        echo "(the shell's own start, connection and an empty write transaction: ${times% *} ms)"
    fi
}

# The import row: only when `moty import referrals` exists (another change is adding it).
bench_import() { # ENGINE SIZE
    local e=$1 n=$2
    if ! "$moty" import referrals --help >/dev/null 2>&1; then
        printf '%-34s %s\n' "import referrals" "skipped: this moty has no 'import referrals' command"
        return
    fi
    local csv=$work/referrals.csv
    row "$e" "$n" import "import referrals (${BENCH_IMPORT_ROWS:-?} rows)" "" import referrals "$csv"
}
if [ -n "${BENCH_IMPORT_CSV:-}" ]; then
    cp "$BENCH_IMPORT_CSV" "$work/referrals.csv"
    # The sheet's lines but its header (the bench's sheets hold no line breaks inside a field).
    : "${BENCH_IMPORT_ROWS:=$(($(wc -l <"$BENCH_IMPORT_CSV") - 1))}"
else
    : "${BENCH_IMPORT_ROWS:=20000}"
    BENCH_BORN_FROM=2000 scripts/bench-import.sh --sheet "$BENCH_IMPORT_ROWS" >"$work/referrals.csv"
fi

# ---------------------------------------------------------------------------------------------
# A register of N clients on the server: a fresh database (moty admin init), the login `bench`
# in the team `bench`, the demo file imported into that team (moty admin import-sqlite), the
# owner's test clock set to MOTY_NOW's time (a server refuses MOTY_NOW itself), VACUUM ANALYZE,
# and a copy of the database (statistics included) for the shell's rows.
pg_register() { # SIZE FILE
    local n=$1 file=$2 db=moty_bench_$1 start
    pg_sql postgres "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
    pg_sql postgres "DROP DATABASE IF EXISTS ${db}_shell WITH (FORCE)" >/dev/null
    pg_sql postgres "CREATE DATABASE $db" >/dev/null
    local owner
    owner=$(pg_url "$pg_super" "$db")
    start=$(date +%s%N)
    (
        unset MOTY_NOW
        "$moty" --db "$owner" admin init >/dev/null
        "$moty" --db "$owner" admin user add bench --team bench >/dev/null
        "$moty" --db "$owner" admin import-sqlite "$file" --team bench >/dev/null
    ) || { echo "bench: the register could not be put on the server (see above)"; return 1; }
    pg_sql "$db" "INSERT INTO moty.clock_override (at) VALUES ('$now_utc')" >/dev/null
    # The planner's statistics, as autovacuum would have them a while after the import.
    pg_sql "$db" "VACUUM ANALYZE" >/dev/null
    pg_sql postgres "CREATE DATABASE ${db}_shell TEMPLATE $db" >/dev/null
    echo "put $n clients on PostgreSQL (admin init, user add, import-sqlite) in $(ms "$start") ms"
}

# pg_phase WHAT URL_FUNCTION SIZE FILE: one table of the server's (WHAT pg: straight to it,
# pgpool: through the pooler, URL_FUNCTION pg_url or pool_url), or its import (WHAT import), as
# the login `bench`, in a subshell (MOTY_NOW unset: a server keeps its own time); the count of
# missed targets comes back through a file.
pg_phase() {
    local what=$1 url=$2 n=$3 file=$4 state=$1
    [ "$what" = import ] && state=pg    # the straight table's witness
    shell_url=$("$url" bench "moty_bench_${n}_shell")
    (
        unset MOTY_NOW
        export MOTY_DB MOTY_STATE_DIR=$work/state/$state-$n
        MOTY_DB=$("$url" bench "moty_bench_$n")
        mkdir -p "$MOTY_STATE_DIR"
        if [ "$what" = import ]; then
            echo
            echo "== PostgreSQL (Unix socket), $n clients: the import, last (it adds to the register)"
            bench_import pg "$n"
        else
            bench_size "$what" "$n" "$file"
        fi
        echo "$fails" >"$work/pg-fails"
    )
    fails=$(cat "$work/pg-fails")
}

echo "moty $("$moty" --version | awk '{ print $2 }') ($(git rev-parse --short HEAD 2>/dev/null || echo '?')), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'); engine: $engine; sizes: ${sizes[*]}"
for n in "${sizes[@]}"; do
    file=$work/demo-$n.sqlite3
    start=$(date +%s%N)
    if ! "$moty" demo "$file" --clients "$n" --json >/dev/null 2>"$work/demo.err"; then
        echo
        echo "== $n clients: skipped, the demo generator refuses: $(grep -m1 -v '^$' "$work/demo.err")"
        continue
    fi
    echo
    echo "built a register of $n clients in $(ms "$start") ms ($(du -h "$file" | cut -f1))"
    if [ "$engine" != sqlite ]; then
        pg_ok=1
        pg_register "$n" "$file" || pg_ok=0
    fi
    if [ "$engine" != postgres ]; then
        # The shell writes to its own copy (its rows' hashes are not the chain's).
        shell_db=$work/shell-$n.sqlite3
        cp "$file" "$shell_db"
        if [ -f "$file-wal" ]; then cp "$file-wal" "$shell_db-wal"; fi
        export MOTY_DB=$file MOTY_STATE_DIR=$work/state/sqlite-$n
        mkdir -p "$MOTY_STATE_DIR"
        bench_size sqlite "$n" "$file"
        rm -f "$shell_db" "$shell_db-wal" "$shell_db-shm"
    fi
    if [ "$engine" != sqlite ] && [ "$pg_ok" = 1 ]; then
        pg_phase pg pg_url "$n" "$file"
        if [ -n "$pool_socket" ]; then
            pg_phase pgpool pool_url "$n" "$file"
        else
            echo
            echo "== PostgreSQL through PgBouncer: skipped (no pooler: MOTY_TEST_POOL is unset)"
        fi
        pg_phase import pg_url "$n" "$file"
        pg_sql postgres "DROP DATABASE IF EXISTS moty_bench_$n WITH (FORCE)" >/dev/null
        pg_sql postgres "DROP DATABASE IF EXISTS moty_bench_${n}_shell WITH (FORCE)" >/dev/null
    fi
    rm -f "$file" "$file-wal" "$file-shm"
done

# ---------------------------------------------------------------------------------------------
# Scaling: each command's median at a size over its median at the size ten times smaller (the
# target: 1M over 100k ≤ 1.5). Labels that name a case or a name differ between sizes: the
# rows are matched by their place in the table.
if [ -f "$work/medians" ]; then
    for e in sqlite pg pgpool; do
        for n in "${sizes[@]}"; do
            small=$((n / 10))
            if ! grep -q "^$e	$small	" "$work/medians" || ! grep -q "^$e	$n	" "$work/medians"; then
                continue
            fi
            echo
            case $e in sqlite) name=SQLite ;; pg) name=PostgreSQL ;; *) name="PostgreSQL through PgBouncer" ;; esac
            echo "== $name: moty's median at $n clients over its median at $small (the target, for 1M over 100k: <= 1.5)"
            paste <(awk -F'\t' -v e="$e" -v n="$small" '$1 == e && $2 == n { print $3 "\t" $4 }' "$work/medians") \
                  <(awk -F'\t' -v e="$e" -v n="$n" '$1 == e && $2 == n { print $4 }' "$work/medians") |
            awk -F'\t' '{ sub(/ \(.*/, "", $1); r = $2 > 0 ? $3 / $2 : 0
                printf "%-34s %9.1f %9.1f %7.2f  %s\n", $1, $2, $3, r, (r <= 1.5 ? "ok" : "FAIL") }'
        done
    done
fi
echo
if [ "$fails" -gt 0 ]; then
    echo "$fails row(s) missed a target or failed (not counting the scaling table)"
else
    echo "every row met its target"
fi
