#!/usr/bin/env bash
# Triage from a script, with no terminal: print the queue, decide cases from flags, and handle
# the consent gate (exit code 4) by recording the consent the client gave and deciding again.
# At a terminal, `moty triage` with no case walks the same queue one case at a time instead.
#
# Usage:  examples/triage-from-a-script.sh [REGISTER]        (default ./example.sqlite3)
#
# The people below are fictitious. 240549-4378 and 081166-2814 are made-up identity codes that
# pass the check-character test; 040 555 0124 and 040 555 0186 are invented numbers.
#
# Environment:
#   MOTY       the moty binary to run (default: moty on PATH; e.g. MOTY=target/release/moty)
#   MOTY_USER  who is acting; recorded on every change and look-up (default: your login name)
#   MOTY_NOW   pin "now" for a repeatable run, e.g. MOTY_NOW=2026-11-23
set -euo pipefail

db="${1:-./example.sqlite3}"
moty="${MOTY:-moty}"

m() { "$moty" --db "$db" "$@"; }

# The first "key": "value" of moty's JSON.
json_field() { sed -n "s/^ *\"$1\": \"\([^\"]*\)\".*/\1/p" | head -n 1; }

# Registers a referral unless the client already has a case; prints the case id.
# (find, like every command but refer and directory, needs an existing register: exit code 3
# otherwise.)
refer_once() {
    local hetu="$1"
    shift
    local found=""
    if [[ -e "$db" ]]; then
        found="$(m find --json "$hetu" --reason "triage script: is the client known" | json_field case)"
    fi
    if [[ -n "$found" ]]; then
        echo "$found"
    else
        m refer --json --hetu "$hetu" "$@" | json_field case
    fi
}

# 1. Two referrals so the queue has something in it. --urgent puts a case at the head of the
#    queue (urgent first, then the oldest referral first).
urgent_case="$(refer_once 240549-4378 \
    --name "Marjatta Honkala" --phone "040 555 0124" --municipality Kotka --region south \
    --group older-pmt --source primary-care --channel phone \
    --sign frequent-contacts --sign coping-at-home \
    --reason "Calls the health centre daily; alcohol use and loneliness worry the home-care nurse." \
    --urgent)"
advice_case="$(refer_once 081166-2814 \
    --name "Jarmo Salmela" --phone "040 555 0186" --municipality Kotka --region south \
    --group working-age --source self --channel self-booking \
    --sign finances \
    --reason "Asks where to apply for social assistance while waiting for the unemployment benefit.")"

# 2. The queue. On a pipe (as here) `moty triage` with no case prints it and exits 0;
#    `--list` does the same at a terminal. `--json` gives {"queue": [...]} for scripts.
m triage --list

# Only a case still in the queue can be triaged: a second run leaves decided cases alone.
phase_of() { m show --json "$1" --reason "triage script" | json_field phase; }

# 3. Joint assessment needs the client's written multi-professional consent in force. Without
#    it moty refuses with exit code 4 and names the command that records it; nothing is written.
if [[ "$(phase_of "$urgent_case")" == referred ]]; then
    status=0
    m triage "$urgent_case" --decision joint-assessment --kela-screen yes || status=$?
    if [[ $status -eq 4 ]]; then
        # The client signed the consent form (with the contact request) at the joint visit booking.
        m consent give "$urgent_case" --kind multi-professional --method written \
            --scope "Primary care, elderly services, mental-health and substance services"
        # The team defaults from the client group (older-pmt: nurse, social counsellor and the
        # care-and-nursing client counsellor); --team replaces it, here adding a doctor.
        m triage "$urgent_case" --decision joint-assessment --kela-screen yes \
            --team nurse,social-counsellor,care-counsellor,doctor \
            --note "Book the 90-minute joint reception this week."
    elif [[ $status -ne 0 ]]; then
        exit "$status"
    fi
fi

# 4. A single issue is resolved by advice: it needs no consent and closes the case at once.
if [[ "$(phase_of "$advice_case")" == referred ]]; then
    m triage "$advice_case" --decision single-issue --kela-screen no \
        --advice "Told him how to apply for social assistance online and which receipts to attach."
fi

# 5. The queue again, and the triaged case in full: team, first Kela screen, urgency, timeline.
m triage --list
m show "$urgent_case" --reason "triage script: check the decision"
