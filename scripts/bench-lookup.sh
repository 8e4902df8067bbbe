#!/usr/bin/env bash
# Phone-hour look-up benchmark: builds a demo register of N fictitious clients (default 100,000)
# and times each kind of look-up over several runs, with the peak memory of each.
# Target (issue 2): any client or case found within a second.
#   scripts/bench-lookup.sh [CLIENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-100000}
runs=${2:-5}
cargo build --release --quiet
moty=$PWD/target/release/moty
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MOTY_DB=$work/bench.sqlite3 MOTY_NOW=2026-11-23 MOTY_USER=bench NO_COLOR=1

start=$(date +%s%N)
"$moty" demo "$MOTY_DB" --clients "$clients" >/dev/null
echo "built a register of $clients clients in $(( ($(date +%s%N) - start) / 1000000 )) ms ($(du -h "$MOTY_DB" | cut -f1))"

# Each look-up: the slowest of $runs runs in milliseconds, and its peak resident memory.
measure() {
    local label=$1; shift
    local worst=0 memory=0
    for _ in $(seq "$runs"); do
        local t0 t1 kb
        t0=$(date +%s%N)
        if [ -x /usr/bin/time ]; then
            kb=$( { /usr/bin/time -f '%M' "$moty" "$@" >/dev/null; } 2>&1 | tail -n 1)
        else
            "$moty" "$@" >/dev/null; kb=0   # apt-get install time, for the memory column
        fi
        t1=$(date +%s%N)
        local ms=$(( (t1 - t0) / 1000000 ))
        (( ms > worst )) && worst=$ms
        (( kb > memory )) && memory=$kb
    done
    printf '%-34s slowest %5d ms   peak %6d KiB\n' "$label" "$worst" "$memory"
}

measure "find name fragment (maki)" find maki
measure "find first and last name" find saimi kivelä
code=$("$moty" --json list --region south | grep -m1 '"hetu": "' | cut -d'"' -f4)
measure "find identity code" find "$code"
measure "find phone number" find 555 0123
measure "find case id" find 2026-0042
measure "show case" show 2026-0042
measure "consent list" consent list 2026-0042
measure "list one region, waiting > 40 days" list --region north --waiting-over 40 --phase referred
