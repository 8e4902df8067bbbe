#!/usr/bin/env bash
# The follow-up phone hour: the follow-up calls due this week (and any overdue), each client's
# plan at hand while calling, and the call recorded with its next step.
#
# At a terminal it goes through the due calls one at a time: it shows the plan (whom the client
# was sent to, who the key worker is), asks whether to call now, and then `moty follow-up CASE`
# asks for the result (reached, on the pathway or not, knows the contact, usefulness 1-10, time
# saved, what next). On a pipe or in cron it only prints the list and the command to record each
# call, and never waits for input.
#
# Usage:  examples/follow-up-phone-hour.sh [REGISTER]        (default ./example.sqlite3)
#
# Environment:
#   MOTY       the moty binary to run (default: moty on PATH; e.g. MOTY=target/release/moty)
#   MOTY_USER  who is acting; recorded on every change and look-up (default: your login name)
#   MOTY_NOW   pin "now" for a repeatable run, e.g. MOTY_NOW=2027-01-27; "due" follows it
#   ALL        set to 1 to list every follow-up ahead, not only those due within a week
set -euo pipefail

db="${1:-./example.sqlite3}"
moty="${MOTY:-moty}"
reason="follow-up phone hour"

m() { "$moty" --db "$db" "$@"; }

# 1. The calls due within a week and the overdue ones, oldest due date first. Listing them writes
#    one access-log row per case (they show names and phone numbers).
due_args=(follow-up due)
[[ "${ALL:-}" == 1 ]] && due_args+=(--all)
m "${due_args[@]}"

# 2. The same list as JSON, for the case ids ("case": "YYYY-NNNN", one per follow-up).
cases="$(m --json "${due_args[@]}" | sed -n 's/^ *"case": "\([0-9]\{4\}-[0-9]\{4\}\)".*/\1/p')"
[[ -n "$cases" ]] || exit 0

# 3. Without a terminal: say how to record each call, and stop.
if [[ ! -t 0 || ! -t 2 ]]; then
    echo
    echo "Record each call with, e.g.:"
    for case_id in $cases; do
        echo "  moty follow-up $case_id --reached yes --status on-path --knows-contact yes \\"
        echo "      --usefulness 8 --time-saved 1-2-months --next close"
    done
    echo "  (not reached: --reached no --next again --next-on YYYY-MM-DD)"
    exit 0
fi

# 4. At a terminal: one call at a time.
for case_id in $cases; do
    echo
    echo "=== $case_id ==="
    # The plan as it stands: the key worker and the onward pathways the client was sent to.
    m plan show "$case_id" --reason "$reason"
    read -r -p "Call now and record it? [y = yes, s = skip, q = quit] " answer
    case "$answer" in
        y | Y)
            # moty asks for what the call found and what follows. --next close ends the
            # collaboration together with the client (close reason completed); again asks for
            # the next date; reconvene-network / reconvene-team take the case back.
            # Ctrl-C at a question records nothing for this case (moty exits 130).
            m follow-up "$case_id" || echo "(nothing recorded for $case_id)"
            ;;
        q | Q) break ;;
        *) echo "Skipped $case_id." ;;
    esac
done
