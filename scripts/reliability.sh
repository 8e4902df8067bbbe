#!/usr/bin/env bash
# The long reliability runs (the CI-sized versions are in tests/cli/reliability.rs and
# tests/cli/concurrency.rs). Prints the figures the book's "Reliability" section quotes
# (docs/src/reference/performance.md).
#   scripts/reliability.sh [KILLS] [WRITERS] [COMMANDS_PER_WRITER]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-1000}
writers=${2:-8}
per_writer=${3:-40}
cargo build --release --quiet
moty=$PWD/target/release/moty
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MOTY_USER=reliability MOTY_NOW="2026-11-23 09:00"

echo "== kill -9 during writes: $kills runs"
export MOTY_DB=$work/crash.sqlite3
"$moty" refer --name "Seed Client" --group family --source kela --channel phone --reason seed >/dev/null
acked=$work/acked; : > "$acked"
killed=0
for i in $(seq "$kills"); do
    "$moty" --json refer --name "Crash Client" --group working-age --source kela --channel phone \
        --reason "run $i" --another-case > "$work/out" 2>/dev/null &
    pid=$!
    sleep "0.00$(( RANDOM % 10 ))"
    kill -9 "$pid" 2>/dev/null || true
    if wait "$pid" 2>/dev/null; then
        grep -o '"case": "[0-9-]*"' "$work/out" | cut -d'"' -f4 >> "$acked"
    else
        killed=$((killed + 1))
    fi
done
missing=0
while read -r case; do
    "$moty" --json show "$case" >/dev/null 2>&1 || missing=$((missing + 1))
done < "$acked"
"$moty" doctor >/dev/null && doctor=ok || doctor=FAILED
echo "runs $kills, killed mid-command $killed, acknowledged $(wc -l < "$acked"), acknowledged but missing $missing, doctor (integrity, keys, chains) $doctor"

echo "== kill -9 during exports and backups: $kills runs (weekly --out, ics --out, backup)"
# Each run writes a new file named after it, for a recipient named after it, so afterwards every
# visible file can be matched with its disclosure-log row and compared with a complete one.
export MOTY_DB=$work/exports.sqlite3
"$moty" refer --name "Seed Client" --group family --source kela --channel phone --reason seed >/dev/null
out=$work/exports; mkdir "$out"
"$moty" report weekly --to-whom reference --format md --out "$work/reference.md"
"$moty" schedule ics --to-whom reference --out "$work/reference.ics"
killed=0
for i in $(seq "$kills"); do
    case $((i % 3)) in
        0) "$moty" report weekly --to-whom "run $i" --format md --out "$out/w$i.md" 2>/dev/null & ;;
        1) "$moty" schedule ics --to-whom "run $i" --out "$out/c$i.ics" 2>/dev/null & ;;
        2) "$moty" backup "$out/b$i.sqlite3" >/dev/null 2>&1 & ;;
    esac
    pid=$!
    sleep "0.0$(( RANDOM % 10 ))$(( RANDOM % 10 ))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || killed=$((killed + 1))
done
rows=$("$moty" --json audit disclosures | grep -o '"recipient": "[^"]*"' | cut -d'"' -f4)
has_row() { grep -qxF "$1" <<< "$rows"; }
visible=0; no_row=0; partial=0; rows_only=0; no_manifest=0
for i in $(seq "$kills"); do
    case $((i % 3)) in
        0) file=$out/w$i.md; recipient="run $i"; reference=$work/reference.md ;;
        1) file=$out/c$i.ics; recipient="run $i"; reference=$work/reference.ics ;;
        2) file=$out/b$i.sqlite3; recipient="backup file $file"; reference= ;;
    esac
    if [ ! -e "$file" ]; then
        has_row "$recipient" && rows_only=$((rows_only + 1))
        continue
    fi
    visible=$((visible + 1))
    has_row "$recipient" || no_row=$((no_row + 1))
    if [ -n "$reference" ]; then
        cmp -s "$file" "$reference" || partial=$((partial + 1))
    elif [ -e "$file.manifest.json" ]; then
        sum=$(sha256sum "$file" | cut -d' ' -f1)
        grep -q "\"sha256\": \"$sum\"" "$file.manifest.json" || partial=$((partial + 1))
    else
        # Killed between the copy's rename and the manifest's: the copy is complete, its row is
        # there; only its manifest is missing.
        no_manifest=$((no_manifest + 1))
        if command -v sqlite3 >/dev/null; then
            [ "$(sqlite3 "file:$file?mode=ro" 'PRAGMA integrity_check')" = ok ] || partial=$((partial + 1))
        fi
    fi
done
leftovers=$(find "$out" -name '.*.moty-tmp-*' | wc -l)
"$moty" doctor >/dev/null && doctor=ok || doctor=FAILED
echo "runs $kills, killed mid-command $killed, visible files $visible: without a disclosure row $no_row, partial $partial, backups without their manifest $no_manifest; rows without a file (export attempts) $rows_only; leftover temporary files $leftovers; doctor $doctor"

echo "== $writers processes x $per_writer mixed commands on one register"
export MOTY_DB=$work/concurrent.sqlite3
"$moty" refer --name "Seed Client" --group family --source kela --channel phone --reason seed >/dev/null
writer() {
    set +e
    local w=$1 ok=0 busy=0 refused=0 other=0 code
    for n in $(seq "$per_writer"); do
        case $((n % 6)) in
            0) "$moty" --json refer --name "Writer Client" --group working-age --source kela --channel phone --reason "w$w n$n" --another-case > "$work/w$w.json" 2>>"$work/w$w.err"; code=$?
               [ $code -eq 0 ] && grep -o '"case": "[0-9-]*"' "$work/w$w.json" | cut -d'"' -f4 >> "$work/acked-$w" ;;
            1) "$moty" find writer >/dev/null 2>>"$work/w$w.err"; code=$? ;;
            2) case=$(tail -n 1 "$work/acked-$w" 2>/dev/null || echo 2026-0001)
               "$moty" consent give "$case" --kind multi-professional --method written >/dev/null 2>>"$work/w$w.err"; code=$? ;;
            3) case=$(tail -n 1 "$work/acked-$w" 2>/dev/null || echo 2026-0001)
               "$moty" triage "$case" --decision joint-assessment --kela-screen no >/dev/null 2>>"$work/w$w.err"; code=$? ;;
            4) "$moty" list >/dev/null 2>>"$work/w$w.err"; code=$? ;;
            5) "$moty" report weekly --to-whom reliability --format json >/dev/null 2>>"$work/w$w.err"; code=$? ;;
        esac
        case $code in 0) ok=$((ok + 1));; 5) busy=$((busy + 1));; 4|3) refused=$((refused + 1));; *) other=$((other + 1));; esac
    done
    echo "$ok $busy $refused $other" > "$work/result-$w"
}
start=$(date +%s%N)
for w in $(seq "$writers"); do writer "$w" & done
wait
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
read -r ok busy refused other < <(cat "$work"/result-* | awk '{o+=$1; b+=$2; r+=$3; x+=$4} END {print o, b, r, x}')
missing=0
for f in "$work"/acked-*; do
    while read -r case; do "$moty" --json show "$case" >/dev/null 2>&1 || missing=$((missing + 1)); done < "$f"
done
locked=$(cat "$work"/w*.err 2>/dev/null | grep -ci "database is locked" || true)
"$moty" doctor >/dev/null && doctor=ok || doctor=FAILED
echo "commands $((writers * per_writer)) in ${elapsed} ms: ok $ok, busy (exit 5) $busy, refused by a rule $refused, other failures $other; acknowledged referrals missing $missing; 'database is locked' shown $locked; doctor $doctor"
