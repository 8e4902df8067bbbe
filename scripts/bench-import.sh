#!/usr/bin/env bash
# `moty import referrals` benchmark (issue #17 item 4): generates a sheet of N fictitious
# referrals (default 100,000; names made of letters, temporary identity codes 900–999 with valid
# check characters, a tenth of the rows without a code but with a birth year), imports it into an
# empty register and prints referrals per second; then `audit verify` must pass.
# Targets: at least 50,000 referrals/s on a SQLite file, 10,000/s on PostgreSQL.
#   scripts/bench-import.sh [N]          a SQLite file (release build)
#   scripts/bench-import.sh [N] pg       a fresh database on MOTY_TEST_PG, or on a throw-away
#                                        server that .ci/pg starts (PostgreSQL 15 on a socket)
#   scripts/bench-import.sh --sheet [N]  only writes the comma sheet to standard output
#                                        (scripts/bench.sh imports it into the demo registers)
# Also times the dry run (checks only) and, for the file, one import of the `;` + BOM dialect.
# BENCH_BORN_FROM (default 1950) is the first birth year of the sheet's clients, 100 a day, 336
# days a year (born 2000 and later: the century sign A).
set -euo pipefail
cd "$(dirname "$0")/.."
sheet_only=0
if [ "${1:-}" = --sheet ]; then
    sheet_only=1
    shift
fi
rows=${1:-100000}
engine=${2:-sqlite}
born_from=${BENCH_BORN_FROM:-1950}
if [ "$sheet_only" = 0 ] && [ "$engine" = pg ] && [ -z "${MOTY_TEST_PG:-}" ]; then
    exec .ci/pg "$0" "$@"
fi
if [ -n "${MOTY_BIN:-}" ]; then
    moty=$MOTY_BIN
elif [ "$sheet_only" = 0 ]; then
    cargo build --release --quiet
    moty=$PWD/target/release/moty
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset MOTY_DB MOTY_NOW MOTY_USER MOTY_CONFIG
export NO_COLOR=1 MOTY_LANG=en MOTY_STATE_DIR=$work/state

# The sheet: DDMMYY-9NNC (A for the 2000s), the check character computed (mod 31); 100 codes a
# day from BENCH_BORN_FROM on.
generate() { # SEPARATOR
    awk -v n="$rows" -v sep="$1" -v from="$born_from" 'BEGIN {
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"
        split("a e i o u y ä ö", vowels, " "); split("k l m n p r s t v h j", consonants, " ")
        split("working-age older-pmt family", groups, " ")
        split("primary-care social-services kela employment-services", sources, " ")
        split("yht405 phone secure-email", channels, " ")
        print "nimi" sep "henkilötunnus" sep "väliaikainen tunnus" sep "syntymävuosi" sep "puhelin" sep "kunta" sep "asiakasryhmä" sep "lähde" sep "kanava" sep "merkit" sep "syy" sep "päivämäärä"
        for (i = 0; i < n; i++) {
            d = int(i / 100); ind = 900 + i % 100
            year = from + int(d / 336); century = (year >= 2000 ? "A" : "-"); month = int((d % 336) / 28) + 1; day = d % 28 + 1
            name = ""
            for (w = 0; w < 2; w++) {
                x = i * 7 + w * 13
                word = toupper(consonants[x % 11 + 1]) vowels[int(x / 11) % 8 + 1] consonants[int(x / 88) % 11 + 1] vowels[int(x / 968) % 8 + 1] consonants[int(x / 7744) % 11 + 1] "i"
                name = name (w ? " " : "") word
            }
            if (i % 10 == 9) { code = ""; temp = ""; born = year }
            else {
                digits = sprintf("%02d%02d%02d%03d", day, month, year % 100, ind)
                code = sprintf("%02d%02d%02d%s%03d%s", day, month, year % 100, century, ind, substr(check, digits % 31 + 1, 1))
                temp = "kyllä"; born = ""
            }
            printf "%s%s%s%s%s%s%s%s+358 40 %07d%sKotka%s%s%s%s%s%s%s\"worry,finances\"%s\"bench row %d, several overlapping needs\"%s2026-11-%02d\n",
                name, sep, code, sep, temp, sep, born, sep, i, sep, sep, groups[i % 3 + 1], sep, sources[i % 4 + 1], sep, channels[i % 3 + 1], sep, sep, i, sep, i % 20 + 1
        }
    }'
}
if [ "$sheet_only" = 1 ]; then
    generate ,
    exit 0
fi
generate , > "$work/sheet.csv"
{ printf '\xef\xbb\xbf'; generate ';'; } > "$work/sheet-fi.csv"
echo "sheet: $rows referrals, $(du -h "$work/sheet.csv" | cut -f1)"

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
rate() { awk -v n="$rows" -v ms="$1" 'BEGIN { printf "%d", (ms > 0 ? n * 1000 / ms : 0) }'; }

if [ "$engine" = pg ]; then
    socket_query=${MOTY_TEST_PG#*\?}
    server_super=${MOTY_TEST_PG%%\?*}
    superuser=${server_super#postgresql://}; superuser=${superuser%%@*}
    url() { echo "postgresql://$1@/$2?$socket_query"; }
    sql() { LC_ALL=C PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 "$(url "$superuser" "$1")" -c "$2"; }
    sql postgres "DROP DATABASE IF EXISTS moty_bench_import" >/dev/null
    sql postgres "CREATE DATABASE moty_bench_import" >/dev/null
    "$moty" --db "$(url "$superuser" moty_bench_import)" admin init >/dev/null
    "$moty" --db "$(url "$superuser" moty_bench_import)" admin user add benchcoord --team bench >/dev/null
    export MOTY_DB=$(url benchcoord moty_bench_import)
else
    export MOTY_DB=$work/bench.sqlite3 MOTY_USER=bench
    "$moty" doctor >/dev/null 2>&1 || true
fi

start=$(date +%s%N)
"$moty" import referrals --dry-run "$work/sheet.csv" >/dev/null
ms=$(ms_since "$start")
echo "dry run ($engine):            $ms ms, $(rate "$ms") referrals/s"
start=$(date +%s%N)
"$moty" import referrals "$work/sheet.csv"
ms=$(ms_since "$start")
echo "import ($engine):             $ms ms, $(rate "$ms") referrals/s"
"$moty" audit verify >/dev/null && echo "audit verify: intact"
if [ "$engine" = sqlite ]; then
    export MOTY_DB=$work/bench-fi.sqlite3
    start=$(date +%s%N)
    "$moty" import referrals "$work/sheet-fi.csv" >/dev/null
    ms=$(ms_since "$start")
    echo "import (; and BOM, sqlite):  $ms ms, $(rate "$ms") referrals/s"
fi
