#!/usr/bin/env bash
# How long referrals wait for one another on one register file: WRITERS processes each register
# EACH referrals at the same time (a new process per referral, as coordinators' commands are),
# every referral timed. Prints the slowest, the 99th and 90th percentiles, the whole run's time,
# the referrals that failed (exit 5 is "busy": it waited over 15 seconds) and every line a
# referral that succeeded printed on stderr (there should be none: e.g. no witness alarm).
#   scripts/lock-wait.sh [WRITERS] [EACH]      (defaults 16 and 24; the release build)
#   MOTY_BIN=path/to/moty scripts/lock-wait.sh  another build (compare builds in turn)
# The encrypted build is given a test key. A busy disk shows the waits best: run, say,
# `while :; do dd if=/dev/zero of=/tmp/load bs=1M count=300 conv=fsync status=none; done`
# beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
writers=${1:-16}
each=${2:-24}
if [ -n "${MOTY_BIN:-}" ]; then
    moty=$MOTY_BIN
else
    cargo build --release --quiet
    moty=$PWD/target/release/moty
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset MOTY_NOW MOTY_CONFIG
export MOTY_DB=$work/register.sqlite3 MOTY_USER=lockwait MOTY_STATE_DIR=$work/state NO_COLOR=1 \
    MOTY_LANG=en MOTY_DB_KEY="lock-wait benchmark key"
# A build without encryption refuses a key: then the register is made without one.
"$moty" --json refer --name "Seed Client" --group working-age --source kela --channel phone \
    --reason seed >/dev/null 2>"$work/seed.err" || {
    unset MOTY_DB_KEY
    rm -f "$work"/register.sqlite3*
    "$moty" --json refer --name "Seed Client" --group working-age --source kela --channel phone \
        --reason seed >/dev/null
}
letters=(a b c d e f g h i j k l m n o p q r s t u v w x y z)
name() { echo "Writer ${letters[$(($1 / 26 % 26))]}${letters[$(($1 % 26))]}"; }
writer() {
    local w=$1 n start code
    for n in $(seq 0 $((each - 1))); do
        start=$(date +%s%N)
        code=0
        "$moty" --json refer --name "$(name "$w") Client ${letters[$((n / 26 % 26))]}${letters[$((n % 26))]}" \
            --group working-age --source kela --channel phone --reason "lock wait" \
            >/dev/null 2>"$work/err-$w-$n" || code=$?
        echo "$code $(( ($(date +%s%N) - start) / 1000000 ))" >> "$work/times-$w"
        [ "$code" = 0 ] && cat "$work/err-$w-$n" >> "$work/stray"
        rm -f "$work/err-$w-$n"
    done
}
: > "$work/stray"
start=$(date +%s%N)
for w in $(seq 0 $((writers - 1))); do writer "$w" & done
wait
total=$(( ($(date +%s%N) - start) / 1000000 ))
cat "$work"/times-* | sort -k2 -n > "$work/all"
count=$(wc -l < "$work/all")
at() { awk -v q="$1" -v n="$count" 'NR == (int(n * q) > 0 ? int(n * q) : 1) { print $2 }' "$work/all"; }
failed=$(awk '$1 != 0' "$work/all" | wc -l)
busy=$(awk '$1 == 5' "$work/all" | wc -l)
echo "$writers processes x $each referrals: $count in $total ms; slowest $(tail -n 1 "$work/all" | cut -d' ' -f2) ms, 99th percentile $(at 0.99) ms, 90th $(at 0.90) ms, median $(at 0.5) ms; failed $failed (busy $busy); stderr lines of referrals that succeeded: $(wc -l < "$work/stray")"
sort "$work/stray" | uniq -c | sort -rn | head -3
"$moty" audit verify >/dev/null && echo "audit verify: intact"
