#!/usr/bin/env bash
# The weekly export for the Yhteistyö-tiimi, for cron. It writes next week's anonymous agenda in
# the formats the team uses and records each export in moty's disclosure log.
#
#   # every Friday at 13:00
#   0 13 * * 5  MOTY_DB=/srv/moty/register.sqlite3 MOTY_USER=weekly-export /opt/moty/examples/weekly-team-export.sh /srv/moty/outbox
#
# Arguments: the folder to write into (default ./outbox). Environment: MOTY_DB, MOTY_USER, and
# MOTY (the moty binary, default: moty on PATH). Exit code: moty's (0 ok, 2 bad input, 3 no
# register, 5 register busy: cron mails the one-line error).
set -euo pipefail

outbox=${1:-./outbox}
moty=${MOTY:-moty}
recipient=${MOTY_RECIPIENT:-Yhteistyö-tiimi}
mkdir -p "$outbox"
chmod 700 "$outbox"

# The coming week, as moty computes it: the Monday on or after today.
week=$(date -d "$(( (8 - $(date +%u)) % 7 )) days" +%G-W%V)

"$moty" report weekly --week "$week" --to-whom "$recipient" --format md --out "$outbox/yhteistyotiimi-$week.md"
"$moty" report weekly --week "$week" --to-whom "$recipient" --format xlsx --out "$outbox/yhteistyotiimi-$week.xlsx"
"$moty" report weekly --week "$week" --to-whom "$recipient" --format csv --excel --out "$outbox/yhteistyotiimi-$week.csv"

echo "wrote $outbox/yhteistyotiimi-$week.{md,xlsx,csv}"
