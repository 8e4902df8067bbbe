# The SQL that scripts/bench.sh has the database's own shell run beside each moty command (sourced
# by it; not run on its own). Each sql_* function prints one command's SQL for an engine, `sqlite`
# (the sqlite3 shell) or `pg` (psql). They read what bench.sh set: now_utc, today, os_user,
# fake_hash and page. What the shell does and does not do is told at the top of bench.sh.
# shellcheck shell=bash disable=SC2154 # the variables above are bench.sh's

begin_sql() {
    if [ "$1" = sqlite ]; then
        # moty's connection pragmas (store/mod.rs; WAL is the file's own) and BEGIN IMMEDIATE,
        # but for trusted_schema = OFF: Debian 12's sqlite3 (3.40) then refuses the schema's
        # json_valid() CHECKs as unsafe (moty's bundled SQLite is newer); it costs nothing.
        printf '%s\n' ".bail on" ".timeout 15000" \
            "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;" \
            "PRAGMA synchronous = FULL;" "BEGIN IMMEDIATE;"
    else
        printf '%s\n' "\\set ON_ERROR_STOP on" \
            "SET search_path = moty, pg_catalog; SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC';" \
            "BEGIN;" "SELECT pg_advisory_xact_lock(1836020857) \\g /dev/null"
    fi
}

# shown_and_logged ENGINE COMMAND SELECT: prints the rows of SELECT (which has the columns
# client_id and case_id) and writes one access-log row per row, action 'view', in one go. The rows
# are a temporary table `shown`, which the statements after it may read too.
shown_and_logged() {
    local engine=$1 command=$2 select=$3
    if [ "$engine" = pg ]; then
        # The server's log_access (migration 15) writes the rows, as moty's do: a coordinator
        # cannot insert into the access log.
        cat <<SQL
CREATE TEMP TABLE shown ON COMMIT DROP AS $select;
SELECT * FROM shown;
$(pg_logged "$command" shown)
SQL
    elif [ "$engine" = sqlite ]; then
        cat <<SQL
CREATE TEMP TABLE shown AS $select;
SELECT * FROM shown;
INSERT INTO access_log (id, at, actor, command, action, client_id, case_id, os_user, clock,
    text_hash, hash)
SELECT (SELECT coalesce(max(id), 0) FROM access_log) + row_number() OVER (ORDER BY rowid),
    '$now_utc', 'bench', '$command', 'view', client_id, case_id, '$os_user', 'override', NULL,
    '$fake_hash'
FROM shown;
SQL
    fi
}

# pg_logged COMMAND SOURCE: the access-log rows of SOURCE's rows (columns client_id, case_id),
# action 'view', written by the server's log_access in one call.
pg_logged() {
    cat <<SQL
SELECT count(*) FROM log_access((SELECT coalesce(jsonb_agg(jsonb_build_object('command', '$1',
    'action', 'view', 'client_id', client_id, 'case_id', case_id, 'os_user', '$os_user',
    'text_hash', NULL)), '[]') FROM $2)) \\g /dev/null
SQL
}

summary="SELECT c.id AS case_id, k.id AS client_id, k.name, k.hetu, k.birth_year, k.phone,
    k.region, c.client_group, c.phase, c.phase_since, c.opened_on, k.non_disclosure
    FROM cases c JOIN clients k ON k.id = c.client_id"

# find: what src/commands/find.rs reads the text as (every reading at once) and cases::search
# runs: each reading a part that gives the cases it finds with the columns they are ordered by,
# the parts' union ordered and cut to the page, and only those cases read whole. Names and phone
# numbers through the trigram index (SQLite's client_search; on a server moty.search_names and
# search_phones, which use pg_trgm under row-level security). The texts here are ASCII and their
# name fragments three letters or more.
find_parts() { # ENGINE TEXT
    local e=$1 text=$2 parts=() upper digits
    local found="SELECT c.id, c.phase = 'closed' AS closed, c.opened_on, c.year, c.seq"
    local by_client="$found FROM clients k JOIN cases c ON c.client_id = k.id"
    upper=${text^^}
    if [[ $text =~ ^[0-9]{4}-[0-9]{4,7}$ ]]; then parts+=("$found FROM cases c WHERE c.id = '$text'"); fi
    if [[ $upper =~ ^[0-9]{6} ]]; then
        if [ ${#upper} = 11 ]; then parts+=("$by_client WHERE k.hetu = '$upper'")
        elif [ ${#upper} = 6 ]; then parts+=("$by_client WHERE substr(k.hetu, 1, 6) = '$upper'"); fi
    fi
    digits=${text//[^0-9]/}
    if [[ $text =~ ^[-0-9\ +\(\)]+$ ]] && [ ${#digits} -ge 4 ]; then
        if [[ $text =~ ^\ *\+358 ]]; then digits=0${digits#358}; fi
        if [ "$e" = sqlite ]; then
            parts+=("$found FROM client_search s JOIN cases c ON c.client_id = s.rowid
                WHERE client_search MATCH 'phone_digits : \"$digits\"'")
        else
            parts+=("$by_client WHERE k.id IN (SELECT moty.search_phones('$digits'))")
        fi
    fi
    if [[ ! ${parts[*]:-} =~ k.hetu\ = ]] && [[ $text =~ [[:alpha:]] ]]; then
        local words=() w
        if [ "$e" = sqlite ]; then
            for w in ${text,,}; do words+=("name_folded : \"$w\""); done
            local joined
            joined=$(printf ' AND %s' "${words[@]}")
            parts+=("$found FROM client_search s JOIN cases c ON c.client_id = s.rowid
                WHERE client_search MATCH '${joined# AND }'")
        else
            parts+=("$by_client WHERE k.id IN (SELECT moty.search_names('${text,,}'))")
        fi
    fi
    local union
    union=$(printf ' UNION %s' "${parts[@]}")
    echo "${union# UNION }"
}
sql_find() { # ENGINE TEXT
    begin_sql "$1"
    shown_and_logged "$1" find "$summary WHERE c.id IN (SELECT id FROM ($(find_parts "$1" "$2")) found
        ORDER BY closed, opened_on DESC, year DESC, seq DESC LIMIT 50)
    ORDER BY c.phase = 'closed', c.opened_on DESC, c.year DESC, c.seq DESC LIMIT 50"
    echo "COMMIT;"
}

# show: everything ops::lookup::show reads about one case, one access-log row.
sql_show() { # ENGINE CASE
    local e=$1 id=$2 services_order=rowid
    [ "$e" = pg ] && services_order=code
    begin_sql "$e"
    shown_and_logged "$e" show "SELECT c.id AS case_id, c.client_id, c.client_group, c.phase,
        c.phase_since, c.opened_on, c.closed_on, c.close_reason, c.urgency, c.follow_up_weeks
        FROM cases c WHERE c.id = '$id'"
    cat <<SQL
SELECT id, name, hetu, hetu_temporary, birth_year, phone, municipality, region, non_disclosure,
    language, interpreter FROM clients WHERE id = (SELECT client_id FROM cases WHERE id = '$id');
SELECT source, channel, referrer_name, referrer_unit, referrer_contact, reason, effective_on
    FROM referrals WHERE case_id = '$id';
SELECT sign, other_text FROM referral_signs WHERE case_id = '$id';
SELECT id, kind, method, given_on, scope, recorded_by, withdrawn_on, sent_to_kela_on,
    representative, authority FROM consents WHERE case_id = '$id' ORDER BY given_on, id;
SELECT d.id, d.decision, d.kela_screen, d.urgency, d.note, d.outcome, d.units, d.decided_on,
    t.role FROM triage_decisions d LEFT JOIN triage_team t ON t.decision_id = d.id
    WHERE d.case_id = '$id' ORDER BY d.id;
SELECT b.*, a.* FROM bookings b LEFT JOIN booking_attendance a ON a.booking_id = b.id
    WHERE b.case_id = '$id' ORDER BY b.starts_at, b.id;
SELECT p.* FROM plan_versions p WHERE p.case_id = '$id' ORDER BY p.version DESC LIMIT 1;
SELECT n.* FROM plan_needs n WHERE n.case_id = '$id';
SELECT a.* FROM plan_actions a WHERE a.case_id = '$id';
SELECT w.* FROM plan_pathways w WHERE w.case_id = '$id';
SELECT f.* FROM follow_ups f WHERE f.case_id = '$id' ORDER BY f.id;
SELECT f.* FROM feedback f WHERE f.case_id = '$id' ORDER BY f.id;
SELECT k.* FROM kela_conclusions k WHERE k.case_id = '$id';
SELECT e.*, s.* FROM estimates e LEFT JOIN estimate_services s ON s.estimate_id = e.id
    WHERE e.case_id = '$id' ORDER BY e.id;
SELECT s.* FROM surveys s WHERE s.case_id = '$id' ORDER BY s.id;
SELECT e.id, e.kind, e.detail, e.effective_on, e.entered_at, e.actor, t.body, e.os_user
    FROM events e LEFT JOIN log_texts t ON t.log = 'events' AND t.row_id = e.id
    WHERE e.case_id = '$id' ORDER BY e.effective_on, e.id;
SELECT code, name, active, area, name_fi, name_sv, name_en FROM services ORDER BY $services_order;
COMMIT;
SQL
}

# list: the open cases, longest waiting first (cases::list with no filter); the first page.
sql_list() { # ENGINE
    begin_sql "$1"
    shown_and_logged "$1" list "$summary WHERE c.phase <> 'closed'
    ORDER BY c.phase_since, c.year, c.seq LIMIT $page"
    # The rest after the page, counted (store/pages.rs).
    cat <<SQL
SELECT count(*) FROM cases c WHERE c.phase <> 'closed'
    AND (c.phase_since, c.year, c.seq) > (SELECT c.phase_since, c.year, c.seq FROM cases c
        WHERE c.phase <> 'closed' ORDER BY c.phase_since, c.year, c.seq LIMIT 1 OFFSET $((page - 1)));
COMMIT;
SQL
}

# triage --list: the untriaged cases, urgent first (store/pages.rs), with each one's referral
# and consents; the first page, and the rest counted. The queue's index (009_pages.sql) as moty
# names it on SQLite, whose planner has no statistics.
not_urgent="CASE WHEN c.urgency = 'normal' THEN 1 ELSE 0 END"
queue_cases() { # ENGINE
    if [ "$1" = pg ]; then echo "cases c"; else echo "cases c INDEXED BY cases_queue"; fi
}
sql_triage() { # ENGINE
    begin_sql "$1"
    shown_and_logged "$1" triage "SELECT c.id AS case_id, k.id AS client_id, k.name, k.hetu,
        k.birth_year, k.phone, k.region, c.client_group, c.phase, c.phase_since, c.opened_on,
        c.urgency, r.source, r.channel, k.non_disclosure
        FROM $(queue_cases "$1") JOIN clients k ON k.id = c.client_id
        JOIN referrals r ON r.case_id = c.id
        WHERE c.phase = 'referred'
        ORDER BY $not_urgent, c.phase_since, c.year, c.seq LIMIT $page"
    cat <<SQL
SELECT count(*) FROM $(queue_cases "$1") WHERE c.phase = 'referred'
    AND ($not_urgent, c.phase_since, c.year, c.seq) > (SELECT $not_urgent, c.phase_since, c.year,
        c.seq FROM $(queue_cases "$1") WHERE c.phase = 'referred'
        ORDER BY $not_urgent, c.phase_since, c.year, c.seq LIMIT 1 OFFSET $((page - 1)));
SELECT x.case_id, x.id, x.kind, x.method, x.given_on, x.withdrawn_on, x.sent_to_kela_on
    FROM consents x WHERE x.case_id IN (SELECT case_id FROM shown) ORDER BY x.given_on, x.id;
SELECT r.case_id, r.referrer_name, r.referrer_unit, r.referrer_contact, r.reason, r.effective_on,
    s.sign, s.other_text
    FROM referrals r LEFT JOIN referral_signs s ON s.case_id = r.case_id
    WHERE r.case_id IN (SELECT case_id FROM shown);
COMMIT;
SQL
}
# The due date of a case in the follow-up phase (ops::follow_up::due_on): the date the last call
# agreed, else its own interval or the team's (8 weeks unless set) after it entered the phase.
due_expr() { # ENGINE
    local next="(SELECT f.next_on FROM follow_ups f WHERE f.case_id = c.id ORDER BY f.id DESC LIMIT 1)"
    local weeks="coalesce(c.follow_up_weeks, (SELECT CAST(value AS INTEGER) FROM meta
        WHERE key = 'follow_up_weeks'), 8)"
    if [ "$1" = sqlite ]; then
        echo "coalesce($next, date(c.phase_since, '+' || ($weeks * 7) || ' days'))"
    else
        echo "coalesce(CAST($next AS date), CAST(c.phase_since AS date) + $weeks * 7)"
    fi
}
week_ahead() { # ENGINE: today + 7 days
    if [ "$1" = sqlite ]; then echo "date('$today', '+7 days')"; else echo "DATE '$today' + 7"; fi
}
# The follow-ups due within a week as moty reads them (store/follow_up.rs `Due`, migration 11):
# the first LIMIT of the cases with their own date kept (`follow_up_due`), merged with the first
# LIMIT of those at the team's interval, by the date they entered the phase.
due_cases() { # ENGINE LIMIT
    local e=$1 weeks="coalesce((SELECT CAST(value AS INTEGER) FROM meta
        WHERE key = 'follow_up_weeks'), 8)" team_due
    if [ "$e" = sqlite ]; then
        team_due="date(c.phase_since, '+' || ($weeks * 7) || ' days')"
    else
        team_due="c.phase_since + $weeks * 7"
    fi
    cat <<SQL
SELECT * FROM (SELECT * FROM (SELECT c.id AS case_id, c.client_id, c.follow_up_due AS due_on
        FROM cases c WHERE c.phase = 'follow-up' AND c.follow_up_due IS NOT NULL
            AND c.follow_up_due <= $(week_ahead "$e")
        ORDER BY c.follow_up_due, c.year, c.seq LIMIT $2) own
    UNION ALL
    SELECT * FROM (SELECT c.id, c.client_id, $team_due
        FROM cases c WHERE c.phase = 'follow-up' AND c.follow_up_due IS NULL
            AND $team_due <= $(week_ahead "$e")
        ORDER BY c.phase_since, c.year, c.seq LIMIT $2) team) d
ORDER BY d.due_on, d.case_id LIMIT $2
SQL
}

# follow-up due: the cases due within a week and the overdue ones (every one: moty prints the
# whole list into a pipe), each with its client and the latest plan's key worker.
no_limit() { # ENGINE
    if [ "$1" = sqlite ]; then echo -1; else echo ALL; fi
}
sql_due() { # ENGINE
    begin_sql "$1"
    shown_and_logged "$1" "follow-up due" "SELECT d.case_id, d.client_id, k.name, k.phone,
        k.non_disclosure, d.due_on,
        (SELECT p.key_worker FROM plan_versions p WHERE p.case_id = d.case_id
            ORDER BY p.version DESC LIMIT 1) AS key_worker
        FROM ($(due_cases "$1" "$(no_limit "$1")")) d JOIN clients k ON k.id = d.client_id
        ORDER BY d.due_on, d.case_id"
    echo "COMMIT;"
}

# report queue: the work list section by section (store/work_list.rs), each section's first page
# (`--limit $page`), its cases access-logged, and the rest of each section counted after the
# page's last row. The team section (few rows, read whole by moty) is its units without a worker.
in_force() { # KIND [sent]: a consent of KIND in force for the case c
    local sent=""
    [ "${2:-}" = sent ] && sent=" AND x.sent_to_kela_on IS NOT NULL"
    echo "EXISTS (SELECT 1 FROM consents x WHERE x.case_id = c.id AND x.kind = '$1'
        AND x.withdrawn_on IS NULL$sent)"
}
queue_pages() { # ENGINE
    local e=$1 begun="b.starts_at < '${today} 10:00'" ahead="b.starts_at >= '${today} 10:00'"
    local mp cr
    mp="CASE WHEN $(in_force multi-professional) THEN 0 ELSE 1 END"
    cr="CASE WHEN c.phase = 'referred' AND NOT $(in_force contact-request) THEN 1 ELSE 0 END"
    cat <<SQL
SELECT * FROM (SELECT 'untriaged' AS section, c.id AS case_id, k.id AS client_id, k.name,
    k.non_disclosure, CAST(c.phase_since AS text) AS at, c.urgency AS detail
    FROM $(queue_cases "$e") JOIN clients k ON k.id = c.client_id WHERE c.phase = 'referred'
    ORDER BY $not_urgent, c.phase_since, c.year, c.seq LIMIT $page) untriaged
UNION ALL
SELECT * FROM (SELECT 'meetings_to_mark_held', c.id, k.id, k.name, k.non_disclosure,
    CAST(b.starts_at AS text), b.kind
    FROM bookings b JOIN cases c ON c.id = b.case_id JOIN clients k ON k.id = c.client_id
    WHERE b.status = 'booked' AND c.phase <> 'closed' AND $begun
    ORDER BY b.starts_at, b.id LIMIT $page) begun
UNION ALL
SELECT * FROM (SELECT 'kela_forms', c.id, k.id, k.name, k.non_disclosure,
    CAST(b.starts_at AS text), b.kind
    FROM bookings b JOIN cases c ON c.id = b.case_id JOIN clients k ON k.id = c.client_id
    WHERE b.status = 'booked' AND c.phase <> 'closed' AND b.kind = 'kela' AND $ahead
        AND NOT $(in_force kela-exchange sent)
    ORDER BY b.starts_at, b.id LIMIT $page) forms
UNION ALL
SELECT * FROM (SELECT 'consents_to_collect', c.id, k.id, k.name, k.non_disclosure,
    CAST(c.phase_since AS text), CAST($mp AS text) || CAST($cr AS text)
    FROM cases c JOIN clients k ON k.id = c.client_id
    WHERE c.phase <> 'closed' AND c.consents_to_collect > 0
    ORDER BY c.phase_since, c.year, c.seq LIMIT $((page + 1))) consents
UNION ALL
SELECT * FROM (SELECT 'follow_ups_due', d.case_id, d.client_id, k.name, k.non_disclosure,
    CAST(d.due_on AS text), NULL
    FROM ($(due_cases "$e" "$page")) d JOIN clients k ON k.id = d.client_id) due
UNION ALL
SELECT * FROM (SELECT 'plans_without_key_worker', c.id, k.id, k.name, k.non_disclosure,
    CAST(c.phase_since AS text), c.phase
    FROM cases c JOIN clients k ON k.id = c.client_id WHERE c.key_worker_missing = 1
    ORDER BY c.phase_since, c.year, c.seq LIMIT $page) plans
UNION ALL
SELECT * FROM (SELECT 'team_units_late', c.id, k.id, k.name, k.non_disclosure, NULL, u.unit
    FROM team_request_units u JOIN cases c ON c.id = u.case_id
    JOIN clients k ON k.id = c.client_id
    WHERE c.phase IN ('collaboration-team', 'follow-up') AND u.worker IS NULL
    ORDER BY c.year, c.seq LIMIT $page) team
SQL
}
# The rest of each section after its first page (the counts moty makes for the sections cut short).
queue_rests() { # ENGINE
    local e=$1
    cat <<SQL
SELECT count(*) FROM $(queue_cases "$e") WHERE c.phase = 'referred'
    AND ($not_urgent, c.phase_since, c.year, c.seq) > (SELECT $not_urgent, c.phase_since, c.year,
        c.seq FROM $(queue_cases "$e") WHERE c.phase = 'referred'
        ORDER BY $not_urgent, c.phase_since, c.year, c.seq LIMIT 1 OFFSET $((page - 1)));
SELECT coalesce(sum(c.consents_to_collect), 0) FROM cases c
    WHERE c.phase <> 'closed' AND c.consents_to_collect > 0
    AND (c.phase_since, c.year, c.seq) >= (SELECT c.phase_since, c.year, c.seq FROM cases c
        WHERE c.phase <> 'closed' AND c.consents_to_collect > 0
        ORDER BY c.phase_since, c.year, c.seq LIMIT 1 OFFSET $((page - 1)));
SELECT count(*) FROM cases c WHERE c.key_worker_missing = 1
    AND (c.phase_since, c.year, c.seq) > (SELECT c.phase_since, c.year, c.seq FROM cases c
        WHERE c.key_worker_missing = 1
        ORDER BY c.phase_since, c.year, c.seq LIMIT 1 OFFSET $((page - 1)));
SQL
}
sql_queue() { # ENGINE
    local e=$1
    begin_sql "$e"
    if [ "$e" = sqlite ]; then
        cat <<SQL
CREATE TEMP TABLE work AS $(queue_pages "$e");
SELECT * FROM work;
SQL
        shown_and_logged "$e" "report queue" \
            "SELECT DISTINCT section, case_id, client_id FROM work ORDER BY section, case_id"
    else
        cat <<SQL
CREATE TEMP TABLE work ON COMMIT DROP AS $(queue_pages "$e");
SELECT * FROM work;
$(pg_logged "report queue" "(SELECT DISTINCT section, client_id, case_id FROM work) w")
SQL
    fi
    queue_rests "$e"
    echo "COMMIT;"
}

# report weekly (the coming week, from Monday): the week's meetings with their cases' referrals,
# consents, team requests and timelines (for the anonymity check), last week's new referrals by
# source and channel, the follow-ups due by Sunday, the timeline's head, and the disclosure-log
# row with its legal basis.
sql_weekly() { # ENGINE MONDAY SUNDAY LAST_MONDAY
    local e=$1 monday=$2 sunday=$3 last_monday=$4 in_week
    if [ "$e" = sqlite ]; then
        in_week="b.starts_at >= '${monday}T00:00' AND b.starts_at < '${sunday}T24:00'"
    else
        in_week="CAST(b.starts_at AS text) >= '$monday' AND CAST(b.starts_at AS text) < '$sunday 24'"
    fi
    begin_sql "$e"
    cat <<SQL
SELECT b.id, b.kind, b.starts_at, b.status, b.case_id, r.referrer_unit, x.kind, x.withdrawn_on,
    x.sent_to_kela_on
FROM bookings b JOIN referrals r ON r.case_id = b.case_id
    LEFT JOIN consents x ON x.case_id = b.case_id
WHERE $in_week ORDER BY b.starts_at, b.kind, b.id;
SELECT u.* FROM team_request_units u WHERE u.case_id IN
    (SELECT b.case_id FROM bookings b WHERE $in_week);
SELECT e.case_id, e.kind, e.detail FROM events e WHERE e.case_id IN
    (SELECT b.case_id FROM bookings b WHERE $in_week) ORDER BY e.case_id, e.effective_on, e.id;
SELECT k.id, k.name, k.hetu, k.phone, k.municipality FROM clients k WHERE k.id IN
    (SELECT c.client_id FROM cases c JOIN bookings b ON b.case_id = c.id WHERE $in_week);
SELECT r.source, r.channel, count(*) FROM cases c JOIN referrals r ON r.case_id = c.id
WHERE c.opened_on BETWEEN '$last_monday' AND '$(date -d "$monday - 1 day" +%F)'
GROUP BY r.source, r.channel ORDER BY r.source, r.channel;
SELECT d.case_id, d.due_on FROM (SELECT c.id AS case_id, $(due_expr "$e") AS due_on
    FROM cases c WHERE c.phase = 'follow-up') d WHERE d.due_on <= '$sunday' ORDER BY d.due_on;
SQL
    if [ "$e" = sqlite ]; then
        cat <<SQL
SELECT id, hash FROM events ORDER BY id DESC LIMIT 1;
INSERT INTO disclosure_log (id, at, actor, what, recipient, cases, os_user, clock, hash)
SELECT coalesce(max(id), 0) + 1, '$now_utc', 'bench', 'weekly report (md)', 'the team', '[]',
    '$os_user', 'override', '$fake_hash' FROM disclosure_log;
INSERT INTO disclosure_bases (disclosure_id, basis, named, hash)
SELECT max(id), 'consent', NULL, '$fake_hash' FROM disclosure_log;
COMMIT;
SQL
    else
        cat <<SQL
SELECT rows, head FROM chain_heads() WHERE log = 'events';
WITH d AS (INSERT INTO disclosure_log (what, recipient, cases, os_user)
    VALUES ('weekly report (md)', 'the team', '[]', '$os_user') RETURNING id, hash)
INSERT INTO disclosure_bases (disclosure_id, basis, named, hash)
SELECT id, 'consent', NULL, '$fake_hash' FROM d;
COMMIT;
SQL
    fi
}

# report outcomes (the last 365 days): the cases referred in the period and, for each, the rows
# ops/report/outcomes.rs reads (timeline, meetings, follow-ups, feedback, estimates, surveys),
# set-based. No log row: the figures are counts (moty writes none without --html).
sql_outcomes() { # ENGINE FROM
    # store/outcomes.rs: the cases referred in the period, and what their timelines, meetings,
    # follow-ups, plans, referrals, answers, estimates and surveys say, each read for all of them
    # at once (the PostgreSQL schema has json_extract and json_each as SQLite has, and rowid
    # columns where the store reads in insertion order).
    local e=$1 from=$2 opened
    opened="SELECT c.id FROM cases c WHERE c.opened_on BETWEEN '$from' AND '$today'"
    begin_sql "$e"
    [ "$e" = pg ] && echo "SELECT set_config('jit', 'off', true) \\g /dev/null"
    cat <<SQL
SELECT e.case_id,
    min(CASE WHEN e.kind = 'triaged' THEN e.effective_on END),
    min(CASE WHEN e.kind = 'plan-changed' THEN e.effective_on END),
    min(CASE WHEN e.kind = 'pathways-completed' THEN e.effective_on END),
    max(CASE WHEN e.kind = 'case-closed' AND json_extract(e.detail, '\$.reason') = 'completed'
        THEN 1 ELSE 0 END)
FROM events e
WHERE e.kind IN ('triaged', 'plan-changed', 'pathways-completed', 'case-closed')
    AND e.case_id IN ($opened)
GROUP BY e.case_id;
SELECT b.case_id, b.kind, b.starts_at, b.segment FROM bookings b
WHERE b.status = 'held' AND b.kind IN ('joint-assessment', 'kela', 'network')
    AND b.case_id IN ($opened) ORDER BY b.starts_at, b.id;
SELECT f.case_id, f.done_on, f.status, f.knows_contact, f.usefulness FROM follow_ups f
WHERE f.case_id IN ($opened) ORDER BY f.id;
SELECT p.case_id, p.service, s.area FROM plan_pathways p LEFT JOIN services s ON s.code = p.service
WHERE p.status <> 'declined' AND p.case_id IN ($opened)
    AND p.version = (SELECT max(v.version) FROM plan_versions v WHERE v.case_id = p.case_id);
SELECT r.case_id, r.source, r.referrer_unit, u.area FROM referrals r
    LEFT JOIN unit_names n ON n.name = lower(trim(r.referrer_unit))
    LEFT JOIN units u ON u.code = n.unit
WHERE r.case_id IN ($opened);
SELECT q.case_id, q.unit, u.area FROM (
    SELECT t.case_id, j.value AS unit FROM triage_decisions t, json_each(t.units) j
        WHERE t.case_id IN ($opened)
    UNION SELECT x.case_id, x.unit FROM team_request_units x WHERE x.case_id IN ($opened)) AS q
    LEFT JOIN unit_names n ON n.name = lower(trim(q.unit))
    LEFT JOIN units u ON u.code = n.unit;
SELECT f.case_id, f.id, f.usefulness, a.version, a.code, a.answer
FROM feedback f LEFT JOIN feedback_answers a ON a.feedback_id = f.id
WHERE f.case_id IN ($opened) ORDER BY f.id, a.rowid;
SELECT e.case_id, e.id, e.appointments, e.time_saved, e.at_follow_up, s.service, s.count
FROM estimates e LEFT JOIN estimate_services s ON s.estimate_id = e.id
WHERE e.case_id IN ($opened) ORDER BY e.id, s.rowid;
SELECT s.case_id, s.role, s.added_value, s.kela_benefit FROM surveys s
WHERE s.case_id IN ($opened) ORDER BY s.id;
SELECT c.id, r.source, r.channel, c.opened_on, k.region, c.client_group, k.hetu, k.birth_year,
    k.municipality, c.phase, c.closed_on, c.close_reason
FROM cases c JOIN referrals r ON r.case_id = c.id JOIN clients k ON k.id = c.client_id
WHERE c.opened_on BETWEEN '$from' AND '$today' ORDER BY c.opened_on, c.id;
SELECT u.code, u.area, n.name FROM units u LEFT JOIN unit_names n ON n.unit = u.code;
SELECT version, code FROM statements ORDER BY version, position;
SELECT code FROM services;
COMMIT;
SQL
}
