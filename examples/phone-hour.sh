#!/usr/bin/env bash
# A phone-hour walk-through with moty: register a referral from flags, record the client's
# consent, find the client again by part of the name, and open the case with a reason that goes
# to the access log.
#
# Usage:  examples/phone-hour.sh [REGISTER]        (default ./example.sqlite3)
#
# The person below is fictitious. 070381-246S is a made-up identity code that passes the
# check-character test; 040 555 0161 is an invented number.
#
# Environment:
#   MOTY       the moty binary to run (default: moty on PATH; e.g. MOTY=target/release/moty)
#   MOTY_USER  who is acting; recorded on every change and look-up (default: your login name)
#   MOTY_NOW   pin "now" for a repeatable run, e.g. MOTY_NOW=2026-11-23
set -euo pipefail

db="${1:-./example.sqlite3}"
moty="${MOTY:-moty}"
hetu="070381-246S"

# Every command gets the same register.
m() { "$moty" --db "$db" "$@"; }

# The case id from moty's JSON (the first "case": "YYYY-NNNN" line).
case_id_from_json() { sed -n 's/^ *"case": "\([0-9]\{4\}-[0-9]\{4\}\)".*/\1/p' | head -n 1; }

# 1. Is she already in the register? A whole identity code matches exactly. Running this script
#    a second time finds the case from the first run instead of opening a second one (moty would
#    refuse that with exit code 4 unless --another-case is given).
#    (find, like every command but refer and directory, needs an existing register: exit code 3
#    otherwise.)
case_id=""
if [[ -e "$db" ]]; then
    case_id="$(m find --json "$hetu" --reason "phone hour: new referral by phone" | case_id_from_json)"
fi

if [[ -z "$case_id" ]]; then
    # 2. Register the referral from flags: nothing is prompted for, so this works in a script.
    #    refer creates the register (mode 0600) if there is none yet.
    #    (Add --on YYYY-MM-DD or --on D.M.YYYY for a referral that arrived earlier; it is shown
    #    as backdated in the timeline. --reason - would read the reason from standard input.)
    case_id="$(m refer --json \
        --name "Kaisa Ylänne" \
        --hetu "$hetu" \
        --phone "040 555 0161" \
        --municipality Kouvola \
        --region north \
        --group working-age \
        --source employment-services \
        --channel phone \
        --referrer "Oskari Lindfors" \
        --referrer-unit "Employment services, Kouvola" \
        --referrer-contact "040 555 0188" \
        --sign finances \
        --sign missed-appointments \
        --reason "Long unemployment; missed two appointments; finances and health need to be looked at together." \
        | case_id_from_json)"
    echo "Registered case $case_id."

    # 3. The client gave her written consent to multi-professional work.
    m consent give "$case_id" \
        --kind multi-professional \
        --method written \
        --scope "Employment services, adult social work, health centre"
else
    echo "Already registered: case $case_id."
fi

# 4. Later a professional calls about "the Ylänne client": a name fragment is enough, and case
#    and diacritics do not matter ("ylan" finds Ylänne).
m find ylan --reason "phone hour: call from employment services"

# 5. Open the case in full: client, phase, consents and the whole timeline.
m show "$case_id" --reason "phone hour: call from employment services"
