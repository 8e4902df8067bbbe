//! The phone-hour queries' plans (issue #17, item 1): what the engine does for each query a
//! look-up runs, written by the binary itself (`MOTY_EXPLAIN=FILE`, store/explain.rs) — SQLite's
//! `EXPLAIN QUERY PLAN`, PostgreSQL's `EXPLAIN` — and checked: no full scan of clients, cases or
//! events, whatever the text reads as (a name, two names, an identity code, a birth date, a phone
//! number, a case id), and none in `show`.

use crate::common::TestEnv;

/// Runs `args` with the plans written to a file; the plans, one block per query.
pub(crate) fn plans(env: &TestEnv, args: &[&str]) -> Vec<(String, Vec<String>)> {
    let file = env.dir.path().join("plans.txt");
    let _ = std::fs::remove_file(&file);
    let output = env
        .command()
        .env("MOTY_EXPLAIN", &file)
        .args(args)
        .output()
        .expect("run moty");
    assert!(output.status.success(), "{args:?}: {output:?}");
    let text = std::fs::read_to_string(&file).expect("the plans were written");
    let mut blocks: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        match line.strip_prefix("== ") {
            Some(sql) => blocks.push((sql.to_string(), Vec::new())),
            None => blocks
                .last_mut()
                .expect("a query first")
                .1
                .push(line.to_string()),
        }
    }
    assert!(!blocks.is_empty(), "{args:?} ran no query");
    blocks
}

/// The plan lines that read a whole table of clients, cases or events (by name or by the alias
/// the store gives it: k, c, e).
fn full_scans(plan: &[String]) -> Vec<&String> {
    const TABLES: [&str; 6] = ["clients", "cases", "events", "k", "c", "e"];
    plan.iter()
        .filter(|line| {
            let line = line.trim_start_matches([' ', '-', '>']);
            // SQLite: "SCAN c", "SCAN cases USING INDEX …" (a whole index is a whole table).
            let sqlite = line
                .strip_prefix("SCAN ")
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|name| TABLES.contains(&name));
            // PostgreSQL: "Seq Scan on cases c", even with sequential scans discouraged.
            let server = line
                .strip_prefix("Seq Scan on ")
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|name| TABLES.contains(&name));
            sqlite || server
        })
        .collect()
}

/// PostgreSQL's plan lines that read a whole table through an index: an index scan with no
/// condition on the index but that its key is not null (`max(id)` as a backward scan of the
/// primary key, filtered row by row). Of the tables `fill_server` fills: the planner reads a
/// table of a few rows in its key's order whatever its indexes.
fn whole_index_scans(plan: &[String]) -> Vec<String> {
    const FILLED: [&str; 6] = [
        "clients",
        "cases",
        "referrals",
        "referral_signs",
        "follow_ups",
        "estimates",
    ];
    let depth = |line: &str| line.len() - line.trim_start().len();
    let mut found = Vec::new();
    for (i, line) in plan.iter().enumerate() {
        let node = line.trim_start_matches([' ', '-', '>']);
        let Some(on) = ["Index Scan", "Index Only Scan"]
            .iter()
            .find(|kind| node.starts_with(*kind))
            .and_then(|_| node.split(" on ").nth(1))
            .and_then(|rest| rest.split_whitespace().next())
        else {
            continue;
        };
        if !FILLED.contains(&on) {
            continue;
        }
        // The node's own lines: deeper than it, up to its first child node.
        let conditioned = plan[i + 1..]
            .iter()
            .take_while(|l| depth(l) > depth(line) && !l.trim_start().starts_with("->"))
            .any(|l| l.contains("Index Cond:") && !l.contains("IS NOT NULL)"));
        if !conditioned {
            found.push(line.clone());
        }
    }
    found
}

fn assert_indexed(env: &TestEnv, args: &[&str]) {
    for (sql, plan) in plans(env, args) {
        assert!(
            !plan.iter().any(|l| l.starts_with("(no plan")),
            "{args:?}: no plan for {sql}: {plan:?}"
        );
        let scans = full_scans(&plan);
        assert!(
            scans.is_empty(),
            "{args:?} reads a whole table: {sql}\n{plan:#?}"
        );
    }
}

/// A page of a long list (`list`, `triage --list`) reads its cases through an index in the list's
/// order, from its place on, and stops at its last row: nothing is sorted, no table read whole
/// but for the rows counted after the page (an index range, not the table).
fn assert_in_order(env: &TestEnv, args: &[&str]) {
    for (sql, plan) in plans(env, args) {
        let sorted = plan.iter().any(|l| {
            l.contains("TEMP B-TREE FOR ORDER BY")
                || l.trim_start_matches([' ', '-', '>']).starts_with("Sort ")
        });
        let paged = sql.contains(" LIMIT ");
        assert!(
            !(paged && sorted),
            "{args:?} sorts the cases: {sql}\n{plan:#?}"
        );
        let whole: Vec<&String> = full_scans(&plan)
            .into_iter()
            .filter(|l| {
                !(l.contains("USING INDEX cases_") || l.contains("USING COVERING INDEX cases_"))
            })
            .collect();
        assert!(
            whole.is_empty(),
            "{args:?} reads a whole table: {sql}\n{plan:#?}"
        );
    }
}

#[test]
fn every_reading_of_a_look_up_is_indexed() {
    let env = TestEnv::new();
    let case = env.refer(
        "Aino Mäkinen",
        &["--hetu", "131052-308T", "--phone", "+358 555 0101"],
    );
    env.refer(
        "Eero Koskela",
        &["--birth-year", "1970", "--phone", "040 555 0199"],
    );
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
    fill_server(&env);
    // "filler": on a server, every one of fill_server's 20,000 clients, a common name whose
    // cases are walked in order (migration 16).
    for text in [
        "mäkinen",
        "filler",
        "aino mäki",
        "131052-308T",
        "131052",
        "555 0101",
        "0405550199",
        &case,
    ] {
        assert_indexed(&env, &["find", text]);
    }
    assert_indexed(&env, &["show", &case]);
    if env.pg.is_some() {
        // Nor through an index, on a server: the estimate of a follow-up call was found by a
        // scan of every estimate (114 ms at 100,000 clients for a case with a call).
        for (sql, plan) in plans(&env, &["show", &case]) {
            let whole = whole_index_scans(&plan);
            assert!(
                whole.is_empty(),
                "show reads a whole index: {sql}\n{plan:#?}"
            );
            assert!(
                !plan.iter().any(|l| l.starts_with("JIT")),
                "show's query is compiled: {sql}\n{plan:#?}"
            );
        }
    }
    for args in [
        &["list", "--limit", "20"][..],
        &["list", "--limit", "20", "--after", "2020-01-01,2020-0042"],
        &["list", "--limit", "20", "--phase", "referred"],
        &["list", "--limit", "20", "--closed"],
        &["triage", "--list", "--limit", "20"],
        &[
            "triage",
            "--list",
            "--limit",
            "20",
            "--after",
            "normal,2020-01-01,2020-0042",
        ],
        &["follow-up", "due", "--all", "--limit", "20"],
        &[
            "report",
            "queue",
            "--section",
            "consents_to_collect",
            "--limit",
            "20",
        ],
        &[
            "report",
            "queue",
            "--section",
            "consents_to_collect",
            "--limit",
            "20",
            "--after",
            "2020-01-01,2020-0042,multi-professional-consent",
        ],
        &[
            "report",
            "queue",
            "--section",
            "plans_without_key_worker",
            "--limit",
            "20",
            "--after",
            "2020-01-01,2020-0041",
        ],
        &[
            "follow-up",
            "due",
            "--limit",
            "20",
            "--after",
            "2020-01-01,2020-0042",
        ],
    ] {
        assert_in_order(&env, args);
    }
    // The plans are the binary's own: the name look-up went through the trigram index.
    let name = plans(&env, &["find", "mäkinen"]);
    let (_, plan) = name
        .iter()
        .find(|(sql, _)| sql.contains("client_search") || sql.contains("search_names"))
        .expect("a query on the folded name");
    match &env.pg {
        None => assert!(
            plan.iter().any(|l| l.contains("VIRTUAL TABLE")),
            "{plan:#?}"
        ),
        Some(pg) => {
            // On a server the index is used inside moty.search_names and search_phones (under
            // row-level security LIKE could not use it): their own queries' plans.
            assert!(plan.iter().any(|l| l.contains("search_names")), "{plan:#?}");
            // A common name's cases are walked in `find`'s order, not found and sorted.
            let common = plans(&env, &["find", "filler"]);
            assert!(
                common
                    .iter()
                    .any(|(_, plan)| plan.iter().any(|l| l.contains("cases_found"))),
                "the cases walked in order: {common:#?}"
            );
            assert!(
                !common.iter().any(|(sql, _)| sql.contains("search_names")),
                "no search of every client named: {common:#?}"
            );
            let mut client = pg.client("postgres");
            for (query, index) in [
                ("k.name_folded LIKE '%makinen%'", "clients_name_trigrams"),
                ("k.phone_digits LIKE '%5550101%'", "clients_phone_trigrams"),
            ] {
                let plan: Vec<String> = client
                    .query(
                        &format!(
                            "EXPLAIN SELECT k.id FROM moty.clients k WHERE true AND {query}
                             AND moty.visible_client(k.id, k.team)"
                        ),
                        &[],
                    )
                    .expect("explain")
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                assert!(plan.iter().any(|l| l.contains(index)), "{query}: {plan:#?}");
            }
        }
    }
}

/// On a server the planner weighs its statistics: a register of three clients is read whole
/// because that is cheapest. So the server gets 20,000 more clients with a case each, half of them
/// in the follow-up phase (with a call and its estimate) and a quarter at a network meeting (as the superuser, who is not subject
/// to row-level security), and statistics, before its plans are read; SQLite's planner assumes
/// large tables and needs none.
fn fill_server(env: &TestEnv) {
    let Some(pg) = &env.pg else { return };
    pg.client("postgres")
        .batch_execute(
            "INSERT INTO moty.clients (name, name_folded, phone, phone_digits, created_at,
                 created_by, team)
             SELECT 'Filler ' || i, 'filler ' || md5(i::text), '+358 999 ' || i,
                 '0999' || lpad(i::text, 6, '0'), now(), 'filler', 'test-team'
             FROM generate_series(1, 20000) i;
             INSERT INTO moty.cases (id, year, seq, client_id, client_group, phase, phase_since,
                 opened_on, team)
             SELECT '2020-' || CASE WHEN k.id < 10000 THEN lpad(k.id::text, 4, '0') ELSE k.id::text END, 2020, k.id, k.id, 'working-age',
                 'referred', '2020-01-01', '2020-01-01', 'test-team'
             FROM moty.clients k WHERE k.name LIKE 'Filler %';
             -- Half of them in the follow-up phase, most of those with a date of their own.
             UPDATE moty.cases SET phase = 'follow-up', phase_since = date '2020-01-01' + seq % 300,
                 follow_up_due = CASE WHEN seq % 8 <> 0 THEN date '2020-03-01' + seq % 300 END
             WHERE year = 2020 AND seq % 2 = 0;
             -- A quarter at a network meeting with no key worker named yet.
             UPDATE moty.cases SET phase = 'network-meeting', key_worker_missing = 1
             WHERE year = 2020 AND seq % 4 = 1;
             -- The referred ones have neither consent yet.
             UPDATE moty.cases SET consents_to_collect = 2 WHERE year = 2020 AND phase = 'referred';
             INSERT INTO moty.referrals (case_id, source, channel, reason, effective_on)
             SELECT id, 'primary-care', 'yht405', 'filler', '2020-01-01'
             FROM moty.cases WHERE year = 2020;
             INSERT INTO moty.referral_signs (case_id, sign)
             SELECT id, 'daily-life' FROM moty.cases WHERE year = 2020;
             -- A call for each case in follow-up, with the estimate entered at it.
             INSERT INTO moty.follow_ups (case_id, done_on, reached, status, next_step,
                 recorded_by)
             SELECT id, '2020-06-01', true, 'on-path', 'close', 'filler'
             FROM moty.cases WHERE year = 2020 AND phase = 'follow-up';
             INSERT INTO moty.estimates (case_id, appointments, at_follow_up, follow_up_id,
                 recorded_by, recorded_at)
             SELECT case_id, 2, true, id, 'filler', now() FROM moty.follow_ups;
             ANALYZE;
             -- Every query would be compiled just in time, were it not switched off.
             DO $$ BEGIN
                 EXECUTE format('ALTER DATABASE %I SET jit_above_cost = 0', current_database());
             END $$;",
        )
        .expect("fill the server's register");
}

#[test]
fn a_fragment_too_short_for_the_index_is_still_found() {
    let env = TestEnv::new();
    let case = env.refer("Li Ek", &["--birth-year", "1980"]);
    let found = env.run(&["--json", "find", "ek"]).json();
    assert_eq!(found["matches"][0]["case"], case.as_str(), "{found}");
    let found = env.run(&["--json", "find", "li", "ek"]).json();
    assert_eq!(found["matches"][0]["case"], case.as_str(), "{found}");
    // A long fragment with a short one: the index finds, the short one narrows.
    let other = env.refer("Li Virtanen", &["--birth-year", "1981"]);
    let found = env.run(&["--json", "find", "virta", "li"]).json();
    let matches = found["matches"].as_array().expect("matches");
    assert_eq!(matches.len(), 1, "{found}");
    assert_eq!(matches[0]["case"], other.as_str());
}

/// A common name (2,050 clients here: more than `find` sorts) is answered by walking the cases in
/// `find`'s order (migration 13's index) until the page is full: the same cases in the same order
/// as sorting them all (open first, then the newest first), nothing sorted but the page. A
/// server finds names through pg_trgm; there the order alone is checked.
#[test]
fn a_common_name_is_found_by_walking_the_cases_in_order() {
    let env = TestEnv::new();
    let older = env.refer("Vanha Tuotu", &["--on", "2026-01-05"]);
    let closed = env.refer("Suljettu Tuotu", &["--on", "2026-02-05"]);
    env.ok(&[
        "triage",
        &closed,
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "not now",
        "--on",
        "2026-02-06",
    ]);
    let rows = super::import_referrals::phone_rows(2_050);
    let path = super::import_referrals::sheet(
        &env,
        "many.csv",
        &format!("{}{}", super::import_referrals::PHONE_HEADER, rows.concat()),
    );
    env.ok(&["import", "referrals", &path]);
    // A fragment of three letters or more is the index's; a shorter one is read from the names
    // the index found ("tuotu su" finds the closed case, which comes last).
    for (text, like) in [
        ("tuotu", vec!["tuotu"]),
        ("tuotu su", vec!["tuotu", "su"]),
        ("tuotu va", vec!["tuotu", "va"]),
    ] {
        let found: serde_json::Value =
            serde_json::from_str(&env.ok(&["--json", "find", text])).expect("json");
        let shown: Vec<String> = found["matches"]
            .as_array()
            .expect("matches")
            .iter()
            .map(|m| m["case"].as_str().expect("case").to_string())
            .collect();
        let condition: Vec<String> = like
            .iter()
            .map(|w| format!("k.name_folded LIKE '%{w}%'"))
            .collect();
        let expected: Vec<String> = env
            .rows(&format!(
                "SELECT c.id FROM cases c JOIN clients k ON k.id = c.client_id WHERE {}
                 ORDER BY c.phase = 'closed', c.opened_on DESC, c.year DESC, c.seq DESC LIMIT 50",
                condition.join(" AND ")
            ))
            .into_iter()
            .map(|r| r[0].clone())
            .collect();
        assert!(!shown.is_empty(), "{text}: {found}");
        assert_eq!(shown, expected, "{text}");
        if text == "tuotu" {
            assert_eq!(shown.len(), 50, "{found}");
        }
        if text == "tuotu su" {
            assert_eq!(
                shown.last(),
                Some(&closed),
                "the closed case last: {shown:?}"
            );
        }
        if text == "tuotu va" {
            assert!(shown.contains(&older), "{shown:?}");
        }
    }
    if env.pg.is_some() {
        let plans = plans(&env, &["find", "tuotu"]);
        assert!(
            plans.iter().any(|(sql, _)| sql.contains("count_names")),
            "a common name told apart first: {plans:#?}"
        );
    } else {
        let plans = plans(&env, &["find", "tuotu"]);
        let search = plans
            .iter()
            .find(|(sql, _)| sql.contains("client_search MATCH"))
            .expect("the search's query");
        let (sql, plan) = plans
            .iter()
            .find(|(_, plan)| plan.iter().any(|l| l.contains("INDEX cases_found")))
            .unwrap_or_else(|| panic!("the cases are walked in order: {search:#?}"));
        assert!(
            !plan.iter().any(|l| l.contains("cases_client")),
            "not every case found looked up and sorted: {sql}\n{plan:#?}"
        );
    }
}
