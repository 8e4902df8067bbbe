//! The work list a section at a time (issue #17): `report queue --section S --limit N --after P`
//! pages through one section in its order, each page logging exactly the cases it shows; the
//! pages concatenate to the section of the whole list; a page stays right while others write; at
//! a terminal each section shows its first rows and counts the rest; bad input is refused.

use crate::common::{TestEnv, NOW};
use crate::paging::seven;

fn logged(env: &TestEnv) -> i64 {
    env.count("SELECT count(*) FROM access_log WHERE command = 'report queue' AND action = 'view'")
}

/// A section's rows as (case, what is missing or the urgency) pairs.
fn rows(doc: &serde_json::Value, section: &str) -> Vec<(String, String)> {
    doc["sections"][section]
        .as_array()
        .unwrap_or_else(|| panic!("no {section} in {doc}"))
        .iter()
        .map(|r| {
            let what = r.get("missing").unwrap_or(&r["urgency"]);
            (
                r["case"].as_str().expect("a case").to_string(),
                what.as_str().expect("a code").to_string(),
            )
        })
        .collect()
}

fn distinct_cases(rows: &[(String, String)]) -> i64 {
    let mut cases: Vec<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    cases.sort_unstable();
    cases.dedup();
    cases.len() as i64
}

#[test]
fn a_section_pages_to_the_whole_of_it_and_each_page_logs_its_cases() {
    let env = TestEnv::new();
    seven(&env);
    let whole = env.run(&["--json", "report", "queue"]).json();
    for (section, expected) in [("consents_to_collect", 14), ("untriaged", 7)] {
        let all = rows(&whole, section);
        assert_eq!(all.len(), expected, "{section}: {whole}");
        let mut seen = Vec::new();
        let mut after: Option<String> = None;
        let mut lefts = Vec::new();
        loop {
            let before = logged(&env);
            let mut args = vec!["--json", "report", "queue", "--section", section];
            args.extend(["--limit", "3"]);
            if let Some(place) = &after {
                args.extend(["--after", place]);
            }
            let doc = env.run(&args).json();
            let page = rows(&doc, section);
            assert!(page.len() <= 3, "{doc}");
            assert_eq!(logged(&env) - before, distinct_cases(&page), "{doc}");
            // Only the section asked for.
            assert_eq!(doc["sections"].as_object().map(|s| s.len()), Some(1));
            seen.extend(page);
            match doc.get("rest").and_then(|r| r.get(section)) {
                Some(rest) => {
                    lefts.push(rest["more"].as_u64().expect("a count"));
                    after = Some(rest["after"].as_str().expect("a place").to_string());
                }
                None => break,
            }
        }
        assert_eq!(
            seen, all,
            "{section}: the pages follow each other as the whole section"
        );
        let want: Vec<u64> = (1..)
            .map(|i| expected as i64 - 3 * i)
            .take_while(|n| *n > 0)
            .map(|n| n as u64)
            .collect();
        assert_eq!(lefts, want, "{section}: what each page says is left");
    }
    // The untriaged section pages in the triage queue's order.
    let queue = env.run(&["--json", "triage", "--list"]).json();
    let order: Vec<&str> = queue["queue"]
        .as_array()
        .expect("the queue")
        .iter()
        .map(|q| {
            let id = q.get("case").unwrap_or(&q["summary"]["case"]);
            id.as_str().expect("a case")
        })
        .collect();
    let untriaged = rows(&whole, "untriaged");
    let cases: Vec<&str> = untriaged.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(cases, order);
}

#[test]
fn a_page_of_a_section_stays_right_while_others_write() {
    let env = TestEnv::new();
    let cases = seven(&env);
    let section = ["report", "queue", "--section", "consents_to_collect"];
    let all = rows(
        &env.run(&[&["--json"], &section[..]].concat()).json(),
        "consents_to_collect",
    );
    let first = env
        .run(&[&["--json"], &section[..], &["--limit", "5"]].concat())
        .json();
    let place = first["rest"]["consents_to_collect"]["after"]
        .as_str()
        .expect("a place")
        .to_string();
    assert_eq!(rows(&first, "consents_to_collect"), all[..5]);
    // Meanwhile: the first case closed (before the place), and a later one's consent given.
    let later = &all[9].0;
    env.ok(&["close", &all[0].0, "--reason", "declined"]);
    env.ok(&[
        "consent",
        "give",
        later,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
    let next = env
        .run(&[&["--json"], &section[..], &["--after", &place]].concat())
        .json();
    let expected: Vec<(String, String)> = all[5..]
        .iter()
        .filter(|(case, what)| !(case == later && what == "multi-professional-consent"))
        .cloned()
        .collect();
    assert_eq!(rows(&next, "consents_to_collect"), expected);
    assert!(next.get("rest").is_none(), "the last page: {next}");
    assert!(cases.contains(later));
}

#[test]
fn a_section_or_a_place_that_is_not_one_is_refused_naming_the_flag() {
    let env = TestEnv::new();
    seven(&env);
    let before = logged(&env);
    for (args, flag) in [
        (
            vec!["report", "queue", "--after", "2026-11-02,2026-0001"],
            "--section",
        ),
        (
            vec!["report", "queue", "--section", "everything"],
            "--section",
        ),
        (vec!["report", "queue", "--limit", "0"], "--limit"),
        (
            vec![
                "report",
                "queue",
                "--section",
                "kela_forms",
                "--after",
                "2026-11-02,2026-0001",
            ],
            "--after",
        ),
        (
            vec![
                "report",
                "queue",
                "--section",
                "untriaged",
                "--after",
                "2026-11-02,2026-0001",
            ],
            "--after",
        ),
        (
            vec![
                "report",
                "queue",
                "--section",
                "consents_to_collect",
                "--after",
                "soon",
            ],
            "--after",
        ),
    ] {
        let run = env.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(flag), "{args:?}: {}", run.stderr);
    }
    assert_eq!(logged(&env), before, "nothing shown, nothing logged");
}

#[test]
fn at_a_terminal_each_section_shows_its_first_rows_and_counts_the_rest() {
    let env = TestEnv::new();
    let cases = seven(&env);
    let before = logged(&env);
    // 21 lines: a third of the 15 left for rows is 5 for each section.
    let mut session = env.pty_with(NOW, &["report", "queue"], &[("LINES", "21")]);
    let shown = session.exp_eof().expect("exit");
    assert!(
        shown.contains("and 2 more"),
        "untriaged: 7, 5 shown: {shown}"
    );
    assert!(
        shown.contains("and 9 more"),
        "consents: 14, 5 shown: {shown}"
    );
    assert!(
        shown.contains("--section untriaged --after")
            && shown.contains("--section consents_to_collect --after"),
        "{shown}"
    );
    // 5 cases in the first section, 3 in the second (two rows each, the third's first one).
    assert_eq!(logged(&env) - before, 8);
    // Into a pipe, every row of every section.
    let piped = env.ok(&["report", "queue"]);
    for case in &cases {
        assert_eq!(piped.matches(case.as_str()).count(), 3, "{case}: {piped}");
    }
}

/// The consents a case lacks, as the work list's section shows them and as the register keeps
/// the count with the case (`cases.consents_to_collect`, migration 11).
fn to_collect(env: &TestEnv, case: &str) -> (Vec<String>, i64) {
    let doc = env
        .run(&[
            "--json",
            "report",
            "queue",
            "--section",
            "consents_to_collect",
        ])
        .json();
    let shown = rows(&doc, "consents_to_collect")
        .into_iter()
        .filter(|(c, _)| c == case)
        .map(|(_, missing)| missing)
        .collect();
    let kept = env.one(
        "SELECT consents_to_collect FROM cases WHERE id = ?1",
        &[case],
    );
    (shown, kept)
}

#[test]
fn the_consents_to_collect_follow_each_give_withdrawal_and_move_of_the_case() {
    let env = TestEnv::new();
    let case = env.refer("Kerttu Kokoava", &[]);
    let (mp, cr) = ("multi-professional-consent", "contact-request");
    let both = (vec![mp.to_string(), cr.to_string()], 2);
    assert_eq!(to_collect(&env, &case), both, "a new case lacks both");
    let give = |kind: &str| {
        env.ok(&[
            "consent", "give", &case, "--kind", kind, "--method", "written",
        ]);
    };
    let withdraw = |kind: &str| {
        env.ok(&["consent", "withdraw", &case, "--kind", kind]);
    };
    give("multi-professional");
    assert_eq!(to_collect(&env, &case), (vec![cr.to_string()], 1));
    env.contact_request_at(NOW, &case);
    assert_eq!(to_collect(&env, &case), (vec![], 0));
    withdraw("multi-professional");
    assert_eq!(to_collect(&env, &case), (vec![mp.to_string()], 1));
    give("multi-professional");
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ]);
    assert_eq!(to_collect(&env, &case), (vec![], 0));
    // Past triage the contact request is no longer asked for; the consent still is.
    withdraw("contact-request");
    assert_eq!(to_collect(&env, &case), (vec![], 0));
    withdraw("multi-professional");
    assert_eq!(to_collect(&env, &case), (vec![mp.to_string()], 1));
    env.ok(&["close", &case, "--reason", "other"]);
    assert_eq!(
        to_collect(&env, &case),
        (vec![], 0),
        "closed: nothing to ask"
    );
    give("multi-professional");
    assert_eq!(to_collect(&env, &case), (vec![], 0), "still closed");
    // A referred case closed and reopened lacks both again.
    let other = env.refer("Lassi Lisätty", &[]);
    env.ok(&["close", &other, "--reason", "other"]);
    assert_eq!(to_collect(&env, &other), (vec![], 0));
    env.ok(&["reopen", &other, "--note", "closed by mistake"]);
    assert_eq!(to_collect(&env, &other), both);
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

/// Whether the work list shows the case among the plans without a key worker, and what the
/// register keeps for it (`cases.key_worker_missing`, migration 11).
fn without_key_worker(env: &TestEnv, now: &str, case: &str) -> (bool, i64) {
    let doc = env
        .run_at(
            now,
            &[
                "--json",
                "report",
                "queue",
                "--section",
                "plans_without_key_worker",
            ],
        )
        .json();
    let shown = doc["sections"]["plans_without_key_worker"]
        .as_array()
        .unwrap_or_else(|| panic!("no section in {doc}"))
        .iter()
        .any(|r| r["case"] == case);
    let kept = env.one(
        "SELECT key_worker_missing FROM cases WHERE id = ?1",
        &[case],
    );
    (shown, kept)
}

#[test]
fn the_plans_without_a_key_worker_follow_each_plan_and_move_of_the_case() {
    let env = TestEnv::new();
    // Referred, consented, triaged and assessed (feedback.rs), in the segment a network fits.
    let (case, _) = crate::feedback::assessed(&env, "Veikko Vastuuton", "yhteistyo");
    let wednesday = "2026-11-25 15:00";
    assert_eq!(env.phase(&case), "joint-assessment");
    assert_eq!(without_key_worker(&env, wednesday, &case), (false, 0));
    // A network meeting booked: past the pathway's start, with no key worker named.
    env.ok_at(
        wednesday,
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-11-30 10:00",
            "--chair",
            "Eila Esimerkki",
        ],
    );
    assert_eq!(env.phase(&case), "network-meeting");
    assert_eq!(without_key_worker(&env, wednesday, &case), (true, 1));
    // A plan without one leaves it missing; a plan that names one ends it.
    env.ok_at(
        wednesday,
        &["plan", &case, "--pathway", "service=physiotherapy"],
    );
    assert_eq!(without_key_worker(&env, wednesday, &case), (true, 1));
    env.ok_at(
        wednesday,
        &["plan", &case, "--key-worker", "Sanna Sosiaalinen"],
    );
    assert_eq!(without_key_worker(&env, wednesday, &case), (false, 0));
    // Closed and reopened: the plan still names one.
    env.ok_at(wednesday, &["close", &case, "--reason", "other"]);
    assert_eq!(without_key_worker(&env, wednesday, &case), (false, 0));
    env.ok_at(wednesday, &["reopen", &case, "--note", "closed by mistake"]);
    assert_eq!(env.phase(&case), "network-meeting");
    assert_eq!(without_key_worker(&env, wednesday, &case), (false, 0));
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    // An edit outside moty that would hide a case from the section is found.
    env.exec_raw(&format!(
        "UPDATE cases SET key_worker_missing = 1 WHERE id = '{case}'"
    ));
    let run = env.run(&["--json", "audit", "verify"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stdout.contains("key_worker_missing"), "{}", run.stdout);
}
