//! The follow-ups due read in their order from the register's indexes (issue #17, migration 11,
//! which also keeps the consents each case lacks: tests/cli/work_list.rs):
//! each case's own due date (the date its last call agreed, else its own interval after it entered
//! the phase) is kept in `cases.follow_up_due` by every write that moves it, and the cases at the
//! team's interval are read by the date they entered the phase. The two orders merge into one list
//! that pages the same whichever half a case is in, and a change of the team's interval moves
//! its cases without a write to any of them.

use crate::common::TestEnv;
use crate::follow_up_interval::planned;

/// `follow-up due --all` (and `extra`) in JSON: (case, due date) in order, and the place after
/// the page when there is more.
fn due(env: &TestEnv, now: &str, extra: &[&str]) -> (Vec<(String, String)>, Option<String>) {
    let mut args = vec!["--json", "follow-up", "due"];
    args.extend_from_slice(extra);
    let run = env.run_at(now, &args);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    let doc = run.json();
    let rows = doc["follow_ups"]
        .as_array()
        .expect("follow-ups")
        .iter()
        .map(|f| {
            let field = |name: &str| f[name].as_str().unwrap_or_default().to_string();
            (field("case"), field("due_on"))
        })
        .collect();
    (rows, doc["after"].as_str().map(String::from))
}

fn pair(case: &str, on: &str) -> (String, String) {
    (case.to_string(), on.to_string())
}

/// The case's own due date as the register keeps it ("NULL": none).
fn stored(env: &TestEnv, case: &str) -> String {
    env.one(
        "SELECT coalesce(CAST(follow_up_due AS TEXT), 'NULL') FROM cases WHERE id = ?1",
        &[case],
    )
}

/// Reads the list a page of one at a time from its start: the pages' rows in order.
fn one_by_one(env: &TestEnv, now: &str) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut extra = vec!["--all", "--limit", "1"];
        if let Some(place) = &after {
            extra.extend(["--after", place.as_str()]);
        }
        let (page, next) = due(env, now, &extra);
        assert!(page.len() <= 1, "{page:?}");
        rows.extend(page);
        match next {
            Some(place) => after = Some(place),
            None => return rows,
        }
    }
}

/// Two cases in the follow-up phase, both at the team's interval (8 weeks from 25.11.2026).
fn two_in_follow_up(env: &TestEnv) -> (String, String) {
    let a = planned(env, "Aada Aikainen");
    let b = planned(env, "Bertta Myöhäinen");
    for case in [&a, &b] {
        env.ok_at("2026-11-25 16:00", &["plan", case, "--complete"]);
    }
    (a, b)
}

/// A follow-up call that agrees the next on `on`.
fn called_again(env: &TestEnv, now: &str, case: &str, on: &str) {
    env.ok_at(
        now,
        &[
            "follow-up",
            case,
            "--reached",
            "no",
            "--next",
            "again",
            "--next-on",
            on,
        ],
    );
}

#[test]
fn each_write_keeps_the_due_date_and_the_list_pages_across_both_orders() {
    let env = TestEnv::new();
    let now = "2026-12-01 09:00";
    let (a, b) = two_in_follow_up(&env);
    // The team's interval: nothing of the case's own is kept.
    assert_eq!(
        (stored(&env, &a), stored(&env, &b)),
        ("NULL".into(), "NULL".into())
    );
    let both = vec![pair(&a, "2027-01-20"), pair(&b, "2027-01-20")];
    assert_eq!(
        due(&env, now, &["--all"]).0,
        both,
        "same date: by case number"
    );
    assert_eq!(one_by_one(&env, now), both);

    // A call agrees a date: the case moves to the own dates' order, ahead of the other.
    called_again(&env, now, &b, "2026-12-10");
    assert_eq!(stored(&env, &b), "2026-12-10");
    let crossed = vec![pair(&b, "2026-12-10"), pair(&a, "2027-01-20")];
    assert_eq!(due(&env, now, &["--all"]).0, crossed);
    assert_eq!(one_by_one(&env, now), crossed);
    let first = env
        .run_at(
            now,
            &["--json", "follow-up", "due", "--all", "--limit", "1"],
        )
        .json();
    assert_eq!(first["more"], 1, "the rest counted in both orders: {first}");

    // The team's interval shortens: the other case comes first, and no case was written to.
    let cases_before = env.rows("SELECT id, follow_up_due FROM cases ORDER BY id");
    env.ok_at(now, &["settings", "follow-up-weeks", "1"]);
    assert_eq!(
        env.rows("SELECT id, follow_up_due FROM cases ORDER BY id"),
        cases_before
    );
    let swapped = vec![pair(&a, "2026-12-02"), pair(&b, "2026-12-10")];
    assert_eq!(due(&env, now, &["--all"]).0, swapped);
    assert_eq!(one_by_one(&env, now), swapped);
    // Within a week only (until 8.12.): the one due on the 2nd.
    assert_eq!(due(&env, now, &[]).0, swapped[..1]);

    // Its own interval of three weeks: kept with the case, and it falls behind again.
    env.ok_at(now, &["plan", &a, "--follow-up-weeks", "3"]);
    assert_eq!(stored(&env, &a), "2026-12-16");
    let own = vec![pair(&b, "2026-12-10"), pair(&a, "2026-12-16")];
    assert_eq!(one_by_one(&env, now), own);
    // The work list reads the same order, a section at a time.
    let later = "2026-12-10 09:00";
    let section = env
        .run_at(
            later,
            &[
                "--json",
                "report",
                "queue",
                "--section",
                "follow_ups_due",
                "--limit",
                "1",
            ],
        )
        .json();
    let listed = section["sections"]["follow_ups_due"]
        .as_array()
        .expect("rows");
    assert_eq!(listed.len(), 1, "{section}");
    assert_eq!(listed[0]["case"], b.as_str(), "{section}");
    assert_eq!(section["rest"]["follow_ups_due"]["more"], 1, "{section}");

    // Closed, the case leaves the list and keeps no date; reopened, it comes back as `show`
    // computes it from the calls and intervals.
    env.ok_at(later, &["close", &a, "--reason", "other"]);
    assert_eq!(stored(&env, &a), "NULL");
    assert_eq!(one_by_one(&env, later), own[..1]);
    env.ok_at(later, &["reopen", &a, "--note", "closed by mistake"]);
    assert_eq!(env.phase(&a), "follow-up");
    let shown = env.run_at(later, &["--json", "show", &a]).json();
    let computed = shown["next"]["follow_up"]["due_on"]
        .as_str()
        .expect("a due date")
        .to_string();
    assert_eq!(stored(&env, &a), computed, "kept as computed: {shown}");
    let mut expected = vec![pair(&b, "2026-12-10"), pair(&a, &computed)];
    expected.sort_by(|x, y| (&x.1, &x.0).cmp(&(&y.1, &y.0)));
    assert_eq!(one_by_one(&env, later), expected);
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn migrating_a_register_works_out_the_due_dates_and_consents_its_cases_already_had() {
    let env = TestEnv::new();
    let now = "2026-12-01 09:00";
    let (a, b) = two_in_follow_up(&env);
    called_again(&env, now, &b, "2026-12-10");
    env.ok_at(now, &["plan", &a, "--follow-up-weeks", "3"]);
    let kept = (stored(&env, &a), stored(&env, &b));
    assert_eq!(kept, ("2026-12-16".into(), "2026-12-10".into()));
    // A referred case lacking both consents, one lacking the contact request only.
    env.refer("Uusi Lähete", &[]);
    let half = env.refer("Puoli Valmis", &[]);
    env.ok(&[
        "consent",
        "give",
        &half,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
    ]);
    let listed = due(&env, now, &["--all"]).0;
    let consents = "SELECT id, consents_to_collect, key_worker_missing FROM cases ORDER BY id";
    let lacking = env.rows(consents);
    assert_eq!(
        lacking.iter().map(|r| r[1].as_str()).collect::<Vec<_>>(),
        ["0", "0", "2", "1"],
        "{lacking:?}"
    );
    // The register as it was before migration 11.
    match &env.pg {
        Some(_) => env.exec_raw(
            "ALTER TABLE moty.cases DROP COLUMN follow_up_due;
             ALTER TABLE moty.cases DROP COLUMN consents_to_collect;
             ALTER TABLE moty.cases DROP COLUMN key_worker_missing;
             UPDATE moty.schema_version SET version = 10;",
        ),
        None => env.exec_raw(
            "DROP INDEX cases_follow_up_due; DROP INDEX cases_follow_up_team;
             DROP INDEX cases_consents_to_collect; DROP INDEX cases_key_worker_missing;
             ALTER TABLE cases DROP COLUMN follow_up_due;
             ALTER TABLE cases DROP COLUMN consents_to_collect;
             ALTER TABLE cases DROP COLUMN key_worker_missing; PRAGMA user_version = 10;",
        ),
    }
    if let Some(pg) = &env.pg {
        // The area's owner migrates a server.
        crate::server::ok(&pg.url, &["admin", "migrate"]);
    }
    assert_eq!(due(&env, now, &["--all"]).0, listed);
    assert_eq!((stored(&env, &a), stored(&env, &b)), kept);
    assert_eq!(env.rows(consents), lacking);
}

#[test]
fn an_edit_that_hides_a_case_from_the_work_list_is_found() {
    let env = TestEnv::new();
    let (a, _) = two_in_follow_up(&env);
    let referred = env.refer("Piilo Tettu", &[]);
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    let verify = |env: &TestEnv| {
        let run = env.run(&["--json", "audit", "verify"]);
        assert_eq!(run.code, 4, "{run:?}");
        run.stdout
    };
    // The consents to collect set to none: the case would drop out of its section.
    env.exec_raw(&format!(
        "UPDATE cases SET consents_to_collect = 0 WHERE id = '{referred}'"
    ));
    let found = verify(&env);
    assert!(
        found.contains(&referred) && found.contains("consents_to_collect"),
        "{found}"
    );
    env.exec_raw(&format!(
        "UPDATE cases SET consents_to_collect = 2 WHERE id = '{referred}'"
    ));
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    // A follow-up put off by a year without a call that agreed it.
    env.exec_raw(&format!(
        "UPDATE cases SET follow_up_due = '2028-01-01' WHERE id = '{a}'"
    ));
    let found = verify(&env);
    assert!(
        found.contains(&a) && found.contains("follow_up_due") && found.contains("outside moty"),
        "{found}"
    );
}
