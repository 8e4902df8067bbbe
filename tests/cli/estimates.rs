//! The SOTE pair's estimates per reception (issue #12, item 2): with `schedule held`, later with
//! `moty estimate`, and the follow-up call's savings flags recorded as an estimate entered at
//! follow-up; every bad input refused naming its field, nothing written.

use crate::common::{self, TestEnv};

pub fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// When the joint assessments below have been held.
pub const AFTER: &str = "2026-11-25 15:00";

/// A case triaged to joint assessment on Monday 23.11.2026, its joint assessment booked (for
/// Wednesday 25.11.) but not yet held: (case, meeting id).
pub fn booked(env: &TestEnv, name: &str) -> (String, String) {
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
    (case, ja["id"].to_string())
}

fn held_args<'a>(meeting: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "schedule",
        "held",
        meeting,
        "--segment",
        "verkosto",
        "--omaolo",
        "yes",
        "--kela-screen",
        "no",
    ];
    args.extend_from_slice(extra);
    args
}

/// The same case with its joint assessment held (no estimate): (case, meeting id).
pub fn assessed(env: &TestEnv, name: &str) -> (String, String) {
    let (case, meeting) = booked(env, name);
    env.ok_at(AFTER, &held_args(&meeting, &[]));
    (case, meeting)
}

/// The same case in `follow-up` (its plan completed on Thursday 26.11.2026).
fn in_follow_up(env: &TestEnv, name: &str) -> String {
    let (case, _) = assessed(env, name);
    env.ok_at(
        "2026-11-26 10:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Outi Omainen",
            "--pathway",
            "service=doctor",
            "--client-confirmed",
            "--complete",
        ],
    );
    assert_eq!(env.phase(&case), "follow-up");
    case
}

fn rows(env: &TestEnv, sql: &str) -> Vec<String> {
    env.query(sql, &[])
}

#[test]
fn the_pair_estimates_the_reception_as_it_is_marked_held() {
    let env = TestEnv::new();
    let (case, meeting) = booked(&env, "Aili Arvio");
    let out = env.ok_at(
        AFTER,
        &held_args(
            &meeting,
            &[
                "--saved",
                "doctor=2",
                "--saved",
                "oral-health",
                "--time-saved",
                "1-2-months",
                "--time-saved-how",
                "No separate visits to the doctor and the dentist",
            ],
        ),
    );
    assert!(out.contains("held."), "{out}");
    assert!(
        out.contains("estimate of this reception was recorded"),
        "{out}"
    );
    assert_eq!(
        rows(
            &env,
            "SELECT case_id || ' ' || booking_id || ' ' || appointments || ' ' || time_saved
                 || ' ' || how || ' ' || at_follow_up || ' ' || coalesce(CAST(follow_up_id AS TEXT), '-')
                 || ' ' || recorded_by FROM estimates"
        ),
        [format!(
            "{case} {meeting} 3 1-2-months No separate visits to the doctor and the dentist 0 - coordinator-a"
        )]
    );
    assert_eq!(
        rows(
            &env,
            "SELECT service || '=' || count FROM estimate_services ORDER BY rowid"
        ),
        ["doctor=2", "oral-health=1"]
    );
    // The timeline's entry keeps the free text apart from the chained codes.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE kind = 'estimate-recorded'
                 AND json_extract(detail, '$.meeting') = {meeting}
                 AND json_extract(detail, '$.appointments') = 3
                 AND json_extract(detail, '$.how') IS NULL
                 AND effective_on = '2026-11-25'"
        )),
        1
    );
    let shown = env.ok_at(AFTER, &["show", &case]);
    for expected in [
        "The pair's estimates",
        &format!("meeting {meeting} (joint assessment 2026-11-25"),
        "doctor 2, oral-health 1",
        "1–2 months",
        "No separate visits to the doctor and the dentist",
        "the pair's estimate recorded: joint assessment 2026-11-25",
        "3 appointments saved (doctor 2, oral-health 1)",
    ] {
        assert!(shown.contains(expected), "{expected:?} in\n{shown}");
    }
    let file = json_at(&env, AFTER, &["show", &case]);
    let estimate = &file["estimates"][0];
    assert_eq!(estimate["meeting"]["id"].to_string(), meeting);
    assert_eq!(estimate["meeting"]["kind"], "joint-assessment");
    assert_eq!(estimate["at_follow_up"], false);
    assert_eq!(estimate["appointments"], 3);
    assert_eq!(estimate["services"][0]["service"], "doctor");
    assert_eq!(estimate["services"][0]["count"], 2);
    assert_eq!(estimate["time_saved"], "1-2-months");
    // A second estimate of the same reception is a correction.
    env.refused_at(
        AFTER,
        &["estimate", &case, "--saved", "doctor"],
        4,
        "corrections are made with moty correct",
    );
}

#[test]
fn a_bad_estimate_leaves_the_meeting_booked() {
    let env = TestEnv::new();
    let (_, meeting) = booked(&env, "Bertta Booked");
    for (extra, code, says) in [
        (
            &["--saved", "magic"][..],
            2,
            "--saved: 'magic' is not in the service catalogue; use one of: public-health-nurse",
        ),
        (&["--saved", "doctor=0"], 2, "--saved: 'doctor=0'"),
        (
            &["--saved", "doctor=3", "--appointments-saved", "2"],
            2,
            "--appointments-saved: 2 is fewer than the 3",
        ),
        (&["--appointments-saved", "101"], 2, "--appointments-saved"),
        (&["--time-saved", "soon"], 2, "--time-saved"),
        (&["--time-saved-how", " "], 2, "--time-saved-how"),
    ] {
        env.refused_at(AFTER, &held_args(&meeting, extra), code, says);
    }
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE status = 'booked'"),
        1
    );
}

#[test]
fn an_estimate_is_entered_later_for_the_latest_held_meeting() {
    let env = TestEnv::new();
    let (case, meeting) = assessed(&env, "Cecilia Myöhemmin");
    let later = "2026-11-27 10:00";
    let receipt = env.ok_at(
        later,
        &[
            "estimate",
            &case,
            "--appointments-saved",
            "4",
            "--saved",
            "doctor",
            "--time-saved",
            "2-4-weeks",
        ],
    );
    assert_eq!(
        receipt,
        format!(
            "Recorded the pair's estimate of meeting {meeting} (joint assessment 2026-11-25 12:30) of case {case}.\n"
        )
    );
    assert_eq!(
        rows(
            &env,
            "SELECT booking_id || ' ' || appointments || ' ' || time_saved || ' '
                 || coalesce(how, '-') || ' ' || at_follow_up FROM estimates"
        ),
        [format!("{meeting} 4 2-4-weeks - 0")]
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'estimate-recorded'
                 AND effective_on = '2026-11-27'"
        ),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM access_log WHERE command = 'estimate' AND action = 'change'"
        ),
        1
    );
    // Only a time: the appointments stay not estimated, never zero.
    let (other, _) = assessed(&env, "Cecilia Toinen");
    let doc = json_at(&env, later, &["estimate", &other, "--time-saved", "none"]);
    assert_eq!(doc["case"], other.as_str());
    assert_eq!(doc["estimate"]["appointments"], serde_json::Value::Null);
    assert_eq!(doc["estimate"]["services"], serde_json::json!([]));
    assert_eq!(doc["estimate"]["time_saved"], "none");
    let shown = env.ok_at(later, &["show", &case]);
    assert!(
        shown.contains("4 appointments saved (doctor 1) — time saved: 2–4 weeks"),
        "{shown}"
    );
}

#[test]
fn every_bad_estimate_is_refused_naming_the_field_and_nothing_is_written() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Dora Virhe");
    let (other, other_meeting) = assessed(&env, "Eemeli Muu");
    let (not_held_case, not_held) = booked(&env, "Fanni Varattu");
    let now = "2026-11-27 10:00";
    let unknown = "--saved: 'magic' is not in the service catalogue; use one of: public-health-nurse, digital-nurse, doctor";
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["--saved", "magic"], 2, unknown),
        (vec!["--saved", "doctor=0"], 2, "--saved: 'doctor=0': after = comes the number"),
        (vec!["--saved", "doctor=101"], 2, "--saved: 'doctor=101'"),
        (vec!["--saved", "doctor=x"], 2, "--saved: 'doctor=x'"),
        (vec!["--saved", "=2"], 2, "--saved"),
        (vec!["--saved", "doctor=60", "--saved", "laboratory=41"], 2, "--saved: the services count 101 appointments in all"),
        (vec!["--saved", "doctor=2", "--saved", "laboratory", "--appointments-saved", "2"], 2, "--appointments-saved: 2 is fewer than the 3 appointments the services given with --saved count"),
        (vec!["--appointments-saved", "101"], 2, "--appointments-saved"),
        (vec!["--appointments-saved=-1"], 2, "--appointments-saved"),
        (vec!["--time-saved", "a-while"], 2, "--time-saved"),
        (vec!["--time-saved-how", ""], 2, "--time-saved-how"),
        (vec![], 2, "estimate: nothing to record; give at least one of --saved, --appointments-saved, --time-saved, --time-saved-how"),
        (vec!["--saved", "doctor", "--meeting", "999"], 2, "--meeting: there is no meeting 999 of case"),
        (vec!["--saved", "doctor", "--meeting", &other_meeting], 2, "--meeting: there is no meeting"),
    ];
    for (extra, code, says) in cases {
        let mut args = vec!["estimate", case.as_str()];
        args.extend(extra);
        env.refused_at(now, &args, code, says);
    }
    env.refused_at(
        now,
        &["estimate", &not_held_case, "--saved", "doctor"],
        4,
        "has no held meeting",
    );
    env.refused_at(
        now,
        &[
            "estimate",
            &not_held_case,
            "--meeting",
            &not_held,
            "--saved",
            "doctor",
        ],
        4,
        &format!("meeting {not_held} is booked, not held"),
    );
    env.refused_at(
        now,
        &["estimate", "2026-0099", "--saved", "doctor"],
        3,
        "2026-0099",
    );
    // One estimate per reception.
    env.ok_at(now, &["estimate", &other, "--saved", "doctor"]);
    env.refused_at(
        now,
        &["estimate", &other, "--time-saved", "2-4-weeks"],
        4,
        &format!(
            "the pair's estimate of meeting {other_meeting} is already recorded; corrections are made with moty correct"
        ),
    );
    // Withdrawn consent stops processing.
    env.ok_at(
        now,
        &["consent", "withdraw", &case, "--kind", "multi-professional"],
    );
    env.refused_at(
        now,
        &["estimate", &case, "--saved", "doctor"],
        4,
        "withdrew",
    );
}

#[test]
fn the_follow_up_savings_flags_become_an_estimate_at_follow_up() {
    let env = TestEnv::new();
    let case = in_follow_up(&env, "Helka Seuranta");
    let now = "2027-01-21 10:00";
    let before_sum = [
        "follow-up",
        &case,
        "--reached",
        "yes",
        "--status",
        "on-path",
        "--usefulness",
        "8",
        "--appointments-saved",
        "2",
        "--saved-service",
        "doctor",
        "--saved-service",
        "physiotherapy=2",
        "--next",
        "again",
        "--next-on",
        "2027-02-21",
    ];
    env.refused_at(
        now,
        &before_sum,
        2,
        "--appointments-saved: 2 is fewer than the 3 appointments the services given with --saved-service count",
    );
    env.refused_at(
        now,
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--saved-service",
            "magic",
            "--next",
            "again",
            "--next-on",
            "2027-02-21",
        ],
        2,
        "--saved-service: 'magic' is not in the service catalogue",
    );
    env.ok_at(
        now,
        &[
            "follow-up",
            &case,
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--knows-contact",
            "yes",
            "--usefulness",
            "8",
            "--appointments-saved",
            "4",
            "--saved-service",
            "doctor",
            "--saved-service",
            "physiotherapy=2",
            "--time-saved",
            "1-2-months",
            "--next",
            "again",
            "--next-on",
            "2027-02-21",
        ],
    );
    // The call keeps its own answers; its savings columns stay empty.
    assert_eq!(
        rows(
            &env,
            "SELECT usefulness || ' ' || coalesce(CAST(appointments_saved AS TEXT), 'NULL') || ' '
                 || saved_services || ' ' || coalesce(time_saved, 'NULL') FROM follow_ups"
        ),
        ["8 NULL [] NULL"]
    );
    assert_eq!(
        rows(
            &env,
            "SELECT coalesce(CAST(e.booking_id AS TEXT), 'NULL') || ' ' || e.at_follow_up || ' '
                 || (e.follow_up_id = f.id) || ' ' || e.appointments || ' ' || e.time_saved
             FROM estimates e, follow_ups f"
        ),
        ["NULL 1 1 4 1-2-months"]
    );
    assert_eq!(
        rows(
            &env,
            "SELECT service || '=' || count FROM estimate_services ORDER BY rowid"
        ),
        ["doctor=1", "physiotherapy=2"]
    );
    let file = json_at(&env, now, &["show", &case]);
    assert_eq!(file["estimates"][0]["at_follow_up"], true);
    assert_eq!(file["estimates"][0]["meeting"], serde_json::Value::Null);
    assert_eq!(file["estimates"][0]["follow_up_on"], "2027-01-21");
    // The call as shown still carries the estimate given at it.
    assert_eq!(file["follow_ups"][0]["appointments_saved"], 4);
    assert_eq!(
        file["follow_ups"][0]["saved_services"],
        serde_json::json!(["doctor", "physiotherapy"])
    );
    assert_eq!(file["follow_ups"][0]["time_saved"], "1-2-months");
    let shown = env.ok_at(now, &["show", &case]);
    assert!(
        shown.contains("at the follow-up call 2027-01-21"),
        "{shown}"
    );
    assert!(
        shown.contains("the pair's estimate recorded at the follow-up call — 4 appointments saved (doctor 1, physiotherapy 2)"),
        "{shown}"
    );
    // A call without savings answers records no estimate.
    env.ok_at(
        "2027-02-21 10:00",
        &[
            "follow-up",
            &case,
            "--reached",
            "no",
            "--next",
            "again",
            "--next-on",
            "2027-03-21",
        ],
    );
    assert_eq!(env.count("SELECT count(*) FROM estimates"), 1);
}

#[test]
fn migration_5_counts_a_service_listed_twice_at_a_follow_up() {
    let env = TestEnv::from_fixture("register-v2.sqlite3");
    {
        let conn = common::open(&env.db).expect("open the fixture");
        conn.execute(
            "UPDATE follow_ups SET saved_services = '[\"doctor\",\"physiotherapy\",\"doctor\"]'
             WHERE id = 1",
            [],
        )
        .expect("an old follow-up that named a service twice");
    }
    env.ok(&["list"]);
    assert_eq!(
        rows(
            &env,
            "SELECT s.service || '=' || s.count FROM estimate_services s
                 JOIN estimates e ON e.id = s.estimate_id WHERE e.follow_up_id = 1
             ORDER BY s.rowid"
        ),
        ["doctor=2", "physiotherapy=1"]
    );
}
