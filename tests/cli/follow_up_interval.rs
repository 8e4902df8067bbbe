//! The follow-up interval (issue #13, item 10): the team's setting (default 8 weeks) and a case's
//! own, agreed at the plan; `follow-up due`, the work list and `show` honour both.

use crate::common::{into_run, TestEnv};

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// A case whose joint assessment was held on Wednesday 25.11.2026, with a key worker, a pathway
/// and the client's confirmation in its plan: ready to complete.
pub(crate) fn planned(env: &TestEnv, name: &str) -> String {
    let now = "2026-11-23 09:00";
    let case = env.refer(name, &[]);
    env.ok_at(
        now,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "written",
        ],
    );
    env.contact_request_at(now, &case);
    env.ok_at(
        now,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "no",
        ],
    );
    let ja = json_at(env, now, &["schedule", &case, "--kind", "joint-assessment"]);
    let wednesday = "2026-11-25 15:00";
    env.ok_at(
        wednesday,
        &[
            "schedule",
            "held",
            &ja["id"].to_string(),
            "--segment",
            "omatoimi",
            "--omaolo",
            "yes",
            "--kela-screen",
            "no",
        ],
    );
    env.ok_at(
        wednesday,
        &[
            "plan",
            &case,
            "--key-worker",
            "Sanna Sosiaalinen",
            "--pathway",
            "service=physiotherapy",
            "--client-confirmed",
        ],
    );
    case
}

fn due(env: &TestEnv, now: &str, all: bool) -> Vec<(String, String)> {
    let mut args = vec!["follow-up", "due"];
    if all {
        args.push("--all");
    }
    json_at(env, now, &args)["follow_ups"]
        .as_array()
        .expect("follow-ups")
        .iter()
        .map(|f| {
            (
                f["case"].as_str().unwrap_or_default().to_string(),
                f["due_on"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn pair(case: &str, on: &str) -> (String, String) {
    (case.to_string(), on.to_string())
}

#[test]
fn the_team_setting_and_a_cases_own_interval_set_the_due_dates() {
    let env = TestEnv::new();
    let own = planned(&env, "Aino Omavälinen");
    let teams = planned(&env, "Eero Tiimiväli");
    let now = "2026-11-25 16:00";
    let team = json_at(&env, now, &["settings", "follow-up-weeks"]);
    assert_eq!(
        (team["weeks"].as_u64(), team["set"].as_bool()),
        (Some(8), Some(false))
    );
    let team = json_at(&env, now, &["settings", "follow-up-weeks", "12"]);
    assert_eq!(
        (team["weeks"].as_u64(), team["set"].as_bool()),
        (Some(12), Some(true))
    );
    assert_eq!(
        env.count("SELECT count(*) FROM meta WHERE key = 'follow_up_weeks' AND value = '12'"),
        1
    );
    let said = env.ok_at(now, &["settings", "follow-up-weeks"]);
    assert!(said.contains("due 12 weeks after"), "{said}");
    let versions = env.count("SELECT count(*) FROM plan_versions");
    let wednesday = "2026-11-25 16:00";
    let saved = json_at(&env, wednesday, &["plan", &own, "--follow-up-weeks", "6"]);
    assert!(saved["version"].is_null(), "no new plan version: {saved}");
    assert_eq!(saved["follow_up_interval"]["weeks"], 6);
    assert_eq!(saved["follow_up_interval"]["per_case"], true);
    assert_eq!(env.count("SELECT count(*) FROM plan_versions"), versions);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM cases WHERE id = '{own}' AND follow_up_weeks = 6"
        )),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{own}' AND kind = 'follow-up-interval-set' AND json_extract(detail, '$.in_force') = 6"
        )),
        1
    );
    for case in [&own, &teams] {
        env.ok_at(wednesday, &["plan", case, "--complete"]);
        assert_eq!(env.phase(case), "follow-up");
    }
    // Six weeks for the one, the team's twelve for the other.
    assert_eq!(
        due(&env, "2027-01-01 09:00", true),
        [pair(&own, "2027-01-06"), pair(&teams, "2027-02-17")]
    );
    assert_eq!(
        due(&env, "2027-01-01 09:00", false),
        [pair(&own, "2027-01-06")]
    );
    let queue = json_at(&env, "2027-01-01 09:00", &["report", "queue"]);
    let listed: Vec<&str> = queue["sections"]["follow_ups_due"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["case"].as_str())
        .collect();
    assert_eq!(
        listed,
        [own.as_str()],
        "the work list honours the case's own"
    );

    let plan = json_at(&env, "2027-01-01 09:00", &["plan", "show", &own]);
    assert_eq!(plan["follow_up_interval"]["weeks"], 6);
    assert_eq!(plan["follow_up_interval"]["per_case"], true);
    let plan = json_at(&env, "2027-01-01 09:00", &["plan", "show", &teams]);
    assert_eq!(plan["follow_up_interval"]["weeks"], 12);
    assert_eq!(plan["follow_up_interval"]["per_case"], false);
    let shown = env.ok_at("2027-01-01 09:00", &["show", &own]);
    for expected in [
        "Follow-up interval",
        "6 weeks (agreed for this case)",
        "follow-up interval: 6 weeks for this case",
        "  Follow-up     due 2027-01-06, in 5 days",
    ] {
        assert!(shown.contains(expected), "{expected:?}:\n{shown}");
    }
    let case = json_at(&env, "2027-01-01 09:00", &["show", &own])["case"].clone();
    assert_eq!(case["follow_up_weeks"], 6);

    // The team's interval changes: the case with its own keeps it.
    json_at(
        &env,
        "2027-01-01 09:00",
        &["settings", "follow-up-weeks", "10"],
    );
    assert_eq!(
        due(&env, "2027-01-01 09:00", true),
        [pair(&own, "2027-01-06"), pair(&teams, "2027-02-03")]
    );
    // Given back the team's.
    let saved = json_at(
        &env,
        "2027-01-02 09:00",
        &["plan", &own, "--follow-up-weeks", "team"],
    );
    assert_eq!(saved["follow_up_interval"]["weeks"], 10);
    assert_eq!(saved["follow_up_interval"]["per_case"], false);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM cases WHERE id = '{own}' AND follow_up_weeks IS NULL"
        )),
        1
    );
    assert_eq!(
        due(&env, "2027-01-02 09:00", true),
        [pair(&own, "2027-02-03"), pair(&teams, "2027-02-03")]
    );
    let shown = env.ok_at("2027-01-02 09:00", &["show", &own]);
    assert!(
        shown.contains("follow-up interval: the team's again (10 weeks)"),
        "{shown}"
    );
    // The same interval again changes nothing and writes nothing.
    let before = crate::common::without_access_log(&env.dump());
    let said = env.ok_at(
        "2027-01-02 10:00",
        &["plan", &own, "--follow-up-weeks", "team"],
    );
    assert!(said.contains("Nothing to change"), "{said}");
    assert_eq!(crate::common::without_access_log(&env.dump()), before);
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn an_interval_agreed_at_the_plan_is_the_due_date_of_completing() {
    let env = TestEnv::new();
    let case = planned(&env, "Kalle Kuusiviikkoinen");
    let saved = json_at(
        &env,
        "2026-11-25 16:00",
        &["plan", &case, "--follow-up-weeks", "4", "--complete"],
    );
    assert_eq!(saved["follow_up_due"], "2026-12-23");
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'pathways-completed' AND json_extract(detail, '$.follow_up_due') = '2026-12-23'"),
        1
    );
}

#[test]
fn bad_intervals_are_refused_naming_the_flag_and_nothing_is_written() {
    let env = TestEnv::new();
    let case = planned(&env, "Virhe Välinen");
    let now = "2026-11-26 09:00";
    for bad in ["0", "105", "eight", "-1", "2.5", ""] {
        env.refused_at(
            now,
            &["plan", &case, "--follow-up-weeks", bad],
            2,
            "--follow-up-weeks",
        );
        env.refused_at(
            now,
            &["settings", "follow-up-weeks", bad],
            2,
            "follow-up-weeks N",
        );
    }
    env.refused_at(
        now,
        &["plan", &case, "--follow-up-weeks", "105"],
        2,
        "a whole number of weeks from 1 to 104",
    );
    // A case not yet triaged has no plan to agree it in.
    let referred = env.refer("Ei Vielä", &[]);
    env.refused_at(
        now,
        &["plan", &referred, "--follow-up-weeks", "6"],
        4,
        "the plan starts at the joint assessment",
    );
    // Before the day the case entered its phase: the timeline stays in order.
    env.refused_at(
        now,
        &[
            "plan",
            &case,
            "--follow-up-weeks",
            "6",
            "--on",
            "2026-11-01",
        ],
        2,
        "--on",
    );
}

#[test]
fn an_interval_edited_outside_moty_is_found() {
    let env = TestEnv::new();
    let case = planned(&env, "Muokattu Väli");
    env.ok_at(
        "2026-11-26 09:00",
        &["plan", &case, "--follow-up-weeks", "6"],
    );
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    crate::common::open(&env.db)
        .and_then(|c| c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);"))
        .expect("checkpoint");
    let copy = env.dir.path().join("edited.sqlite3");
    std::fs::copy(&env.db, &copy).expect("copy");
    let conn = crate::common::open(&copy).expect("open");
    conn.execute_batch("UPDATE cases SET follow_up_weeks = 20")
        .expect("edit");
    drop(conn);
    let run = into_run(
        env.command()
            .env("MOTY_DB", &copy)
            .args(["--json", "audit", "verify"])
            .output()
            .expect("run"),
    );
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stdout.contains("follow_up_weeks") && run.stdout.contains("edited outside moty"),
        "{}",
        run.stdout
    );
}
