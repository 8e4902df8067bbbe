#!/usr/bin/env bash
# The weekly calendar job: next week's agenda for the coordinators' mail, the Kela forms that are
# late or still to be sent, and next week's meetings as an iCalendar file for Outlook or Teams.
# Made for cron: it never asks anything and needs no terminal.
#
# Usage:  examples/weekly-calendar.sh [REGISTER] [ICS-FILE]
#         (defaults ./example.sqlite3 and ./moty-week.ics)
#
# e.g. in the coordinators' crontab, every Friday at 14:00 (cron mails what it prints):
#   0 14 * * 5  MOTY=/usr/local/bin/moty MOTY_USER=calendar-job /path/to/weekly-calendar.sh \
#               ~/.local/share/moty/register.sqlite3 /srv/moty/calendar/moty-week.ics
#
# The calendar file and the agenda name cases by id, never by a client's name. Every export is
# written to the register's disclosure log with the --to-whom text below; the file is replaced
# atomically and is readable by its owner only (mode 0600).
#
# Environment:
#   MOTY       the moty binary to run (default: moty on PATH; e.g. MOTY=target/release/moty)
#   MOTY_USER  who is acting; recorded in the disclosure log (default: your login name)
#   MOTY_NOW   pin "now" for a repeatable run, e.g. MOTY_NOW=2026-11-19; "next week" follows it
#   WEEK       the ISO week to export instead of next week, e.g. WEEK=2026-W49
#   TO_WHOM    whose calendar the file is for (default: "the coordinators' shared calendar")
set -euo pipefail

db="${1:-./example.sqlite3}"
ics="${2:-./moty-week.ics}"
moty="${MOTY:-moty}"
to_whom="${TO_WHOM:-}"
[[ -n "$to_whom" ]] || to_whom="the coordinators' shared calendar"

m() { "$moty" --db "$db" "$@"; }

# 1. Next ISO week (GNU date), counted from MOTY_NOW's day when it is pinned, else from today.
#    MOTY_NOW may be a date, a Helsinki time or an RFC 3339 time: its first 10 characters are
#    the date in all three forms.
now="${MOTY_NOW:-}"
week="${WEEK:-$(date -d "${now:0:10}${now:+ }+7 days" +%G-W%V)}"

# 2. The agenda as JSON once, for the week's first and last day and the Kela form flags.
agenda="$(m --json schedule list --week "$week")"
field() { printf '%s\n' "$agenda" | sed -n "s/^  \"$1\": \"\([^\"]*\)\".*/\1/p" | head -n 1; }
from="$(field from)"
to="$(field to)"

# 3. The agenda as people read it: every slot with its free places, who is booked, the chair,
#    the closed days of the week and the cases still waiting for units to name a worker.
echo "moty: the week $week ($from – $to)"
echo
m schedule list --week "$week"

# 4. The Kela hours whose form is late or not sent. A Kela hour can be booked before the form is
#    sent, but it cannot be recorded as held until the form is recorded as sent:
#    moty consent send-kela CASE --on DATE
#    (Each booked place lists its "case" before its "kela_form"; "form sent DATE" alone is in time.)
kela_flags() {
    awk -F'"' '
        /^ *"case": / { id = $4 }
        /^ *"kela_form": "/ && $4 !~ /^form sent [0-9-]+$/ { print "  case " id ": " $4 }'
}
late="$(printf '%s\n' "$agenda" | kela_flags)"
echo
if [[ -n "$late" ]]; then
    echo "Kela forms to see to before the Kela hour:"
    echo "$late"
else
    echo "Every Kela form of the week went to Kela in time."
fi

# 5. The calendar file for the same week. Importing it again updates the same events (their UIDs
#    are stable); a cancelled meeting is kept with STATUS:CANCELLED so the calendar drops it.
#    The file is written inside the transaction that logs the export: if it cannot be written
#    (moty then exits 1), nothing goes to the disclosure log. Check that the folder exists first.
if [[ ! -d "$(dirname -- "$ics")" ]]; then
    echo "moty-week: the folder of $ics does not exist; no calendar written" >&2
    exit 1
fi
m schedule ics --from "$from" --until "$to" --to-whom "$to_whom" --out "$ics"
echo
echo "Calendar for $week written to $ics (for $to_whom)."
