//! Corrections are new events (issue #12, item 6): the row holding a mistyped fact changes, so
//! every figure uses the corrected value, and the timeline keeps the original entry and shows the
//! correction with both values and the reason. Every refusal names the field and writes nothing.

use crate::common::{self, TestEnv};
use crate::report::known_register;

const NOW: &str = "2027-01-10 09:00";

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

fn id(env: &TestEnv, sql: &str) -> i64 {
    env.count(sql)
}

fn count(d: &serde_json::Value, key: &str) -> serde_json::Value {
    d["counts"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["key"] == key))
        .map(|c| c["count"].clone())
        .unwrap_or_default()
}

fn outcomes(env: &TestEnv) -> serde_json::Value {
    json_at(
        env,
        NOW,
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--exact",
        ],
    )
}

fn shown(env: &TestEnv, case: &str) -> String {
    env.ok_at(NOW, &["show", case])
}

#[test]
fn a_corrected_segment_changes_the_figure_and_the_timeline_keeps_both() {
    let env = TestEnv::new();
    let (_, b, _) = known_register(&env);
    let ja = id(
        &env,
        &format!("SELECT id FROM bookings WHERE case_id = '{b}' AND kind = 'joint-assessment'"),
    );
    let before = outcomes(&env);
    assert_eq!(count(&before["segments"], "omatoimi"), 1);
    assert_eq!(count(&before["segments"], "yhteistyo"), 0);
    let done = json_at(
        &env,
        NOW,
        &[
            "correct",
            &b,
            "segment",
            "yhteistyo",
            "--reason",
            "Suuntima said yhteistyö; typed from the wrong row",
        ],
    );
    assert_eq!(
        done,
        serde_json::json!({
            "schema": 1, "case": b, "fact": "segment", "from": "omatoimi", "to": "yhteistyo",
            "meeting": ja, "follow_up": null,
        })
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM bookings WHERE id = {ja} AND segment = 'yhteistyo'"
        )),
        1
    );
    // Every figure reads the corrected row.
    let after = outcomes(&env);
    assert_eq!(after["segments"]["n"], 2);
    assert_eq!(count(&after["segments"], "omatoimi"), 0);
    assert_eq!(count(&after["segments"], "yhteistyo"), 1);
    // The original entry stays; the correction shows both values and the reason.
    let file = shown(&env, &b);
    assert!(
        file.contains("meeting held: joint assessment 2026-11-04 14:00 — omatoimi"),
        "{file}"
    );
    assert!(
        file.contains(&format!(
            "fact corrected: segment of meeting {ja} was omatoimi, now yhteistyo — because: Suuntima said yhteistyö; typed from the wrong row"
        )),
        "{file}"
    );
    // The reason is personal text, kept apart from the chained codes; the change is logged.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{b}' AND kind = 'fact-corrected' AND detail NOT LIKE '%wrong row%' AND json_extract(detail, '$.from') = 'omatoimi'"
        )),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM access_log WHERE case_id = '{b}' AND command = 'correct' AND action = 'change'"
        )),
        1
    );
    // Back again, naming the meeting: a second correction, the first stays in the timeline.
    env.ok_at(
        NOW,
        &[
            "correct",
            &b,
            "segment",
            "omatoimi",
            "--meeting",
            &ja.to_string(),
            "--reason",
            "the first correction was wrong",
        ],
    );
    let file = shown(&env, &b);
    assert!(file.contains("was omatoimi, now yhteistyo"), "{file}");
    assert!(file.contains("was yhteistyo, now omatoimi"), "{file}");
    assert_eq!(count(&outcomes(&env)["segments"], "omatoimi"), 1);
}

#[test]
fn the_referrals_source_and_channel_are_corrected() {
    let env = TestEnv::new();
    let (a, _, c) = known_register(&env);
    env.ok_at(
        NOW,
        &[
            "correct",
            &c,
            "source",
            "employment-services",
            "--reason",
            "the referral letter came from TE services",
        ],
    );
    env.ok_at(
        NOW,
        &[
            "correct",
            &a,
            "channel",
            "phone",
            "--reason",
            "it was a call",
        ],
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM referrals WHERE case_id = '{c}' AND source = 'employment-services'"
        )),
        1
    );
    let o = outcomes(&env);
    assert_eq!(count(&o["referral_sources"], "employment-services"), 2);
    assert_eq!(count(&o["referral_sources"], "primary-care"), 1);
    let file = shown(&env, &c);
    assert!(
        file.contains("referral registered, case opened: from primary health care"),
        "{file}"
    );
    assert!(
        file.contains("fact corrected: source was primary-care, now employment-services — because: the referral letter came from TE services"),
        "{file}"
    );
    assert!(
        shown(&env, &a).contains("channel was yht405, now phone"),
        "the channel's correction"
    );
}

#[test]
fn follow_up_answers_are_corrected_keeping_the_tables_rules() {
    let env = TestEnv::new();
    let (_, b, _) = known_register(&env);
    // A second follow-up: the client was not reached.
    env.ok_at(
        "2027-01-30 10:00",
        &[
            "follow-up",
            &b,
            "--reached",
            "no",
            "--next",
            "again",
            "--next-on",
            "2027-02-28",
        ],
    );
    let now = "2027-01-31 09:00";
    let reason = ["--reason", "misheard on the call"];
    let correct = |args: &[&str]| {
        let mut all = vec!["correct", b.as_str()];
        all.extend_from_slice(args);
        all.extend_from_slice(&reason);
        env.ok_at(now, &all)
    };
    // The first follow-up, by its number.
    correct(&["follow-up-status", "on-path", "--follow-up", "1"]);
    correct(&["knows-contact", "yes", "--follow-up", "1"]);
    correct(&["usefulness-at-follow-up", "none", "--follow-up", "1"]);
    let first = |column: &str| {
        env.count(&format!(
            "SELECT coalesce({column}, -1) FROM follow_ups WHERE case_id = '{b}' ORDER BY id LIMIT 1"
        ))
    };
    assert_eq!(
        (
            first("CASE WHEN status = 'on-path' THEN 1 ELSE 0 END"),
            first("CASE WHEN knows_contact THEN 1 WHEN NOT knows_contact THEN 0 END"),
            first("usefulness")
        ),
        (1, 1, -1)
    );
    let file = env.ok_at(now, &["show", &b]);
    assert!(
        file.contains("follow-up-status of follow-up 1 (2026-12-30) was on-the-way, now on-path — because: misheard on the call"),
        "{file}"
    );
    assert!(
        file.contains("usefulness-at-follow-up of follow-up 1 (2026-12-30) was 7, now none"),
        "{file}"
    );
    // The latest follow-up by default. reached = no needs the status unreachable and no
    // answers: the order of the corrections keeps the table's CHECK.
    env.refused_at(
        now,
        &[
            "correct",
            &b,
            "follow-up-status",
            "on-path",
            reason[0],
            reason[1],
        ],
        2,
        "follow-up-status: a follow-up where the client was not reached has the status unreachable",
    );
    env.refused_at(
        now,
        &["correct", &b, "knows-contact", "yes", reason[0], reason[1]],
        2,
        "knows-contact: a client who was not reached gave no answers",
    );
    correct(&["reached", "yes"]);
    correct(&["follow-up-status", "on-the-way"]);
    correct(&["usefulness-at-follow-up", "8"]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM follow_ups WHERE case_id = '{b}' AND reached = 1 AND status = 'on-the-way' AND usefulness = 8"
        )),
        1
    );
    env.refused_at(
        now,
        &["correct", &b, "reached", "no", reason[0], reason[1]],
        2,
        "reached: a follow-up where the client was not reached has the status unreachable",
    );
    // The figures follow: both follow-ups of b now say on the way or on the path.
    let o = json_at(
        &env,
        now,
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--exact",
        ],
    );
    assert_eq!(count(&o["follow_up_status"], "on-path"), 1, "{o}");
    assert_eq!(
        count(&o["follow_up_status"], "unreachable"),
        serde_json::Value::Null
    );
    // Numbers out of range, a follow-up that does not exist.
    env.refused_at(
        now,
        &[
            "correct",
            &b,
            "reached",
            "yes",
            "--follow-up",
            "3",
            reason[0],
            reason[1],
        ],
        4,
        "has no follow-up 3; it has 2",
    );
    env.refused_at(
        now,
        &[
            "correct",
            &b,
            "reached",
            "yes",
            "--follow-up",
            "0",
            reason[0],
            reason[1],
        ],
        2,
        "--follow-up: follow-ups are numbered from 1",
    );
    env.refused_at(
        now,
        &[
            "correct",
            &b,
            "usefulness-at-follow-up",
            "11",
            reason[0],
            reason[1],
        ],
        2,
        "usefulness-at-follow-up: '11' is not allowed; use a whole number 1–10 or none",
    );
    env.refused_at(
        now,
        &["correct", &b, "reached", "none", reason[0], reason[1]],
        2,
        "reached: 'none' is not allowed; use one of: yes, no",
    );
}

/// The client's feedback on a meeting, written by SQL.
#[test]
fn the_clients_feedback_is_corrected() {
    let env = TestEnv::new();
    let (a, b, c) = known_register(&env);
    let ja_a = id(
        &env,
        &format!("SELECT id FROM bookings WHERE case_id = '{a}' AND kind = 'joint-assessment'"),
    );
    let kela_a = id(
        &env,
        &format!("SELECT id FROM bookings WHERE case_id = '{a}' AND kind = 'kela'"),
    );
    let ja_b = id(
        &env,
        &format!("SELECT id FROM bookings WHERE case_id = '{b}' AND kind = 'joint-assessment'"),
    );
    env.ok_at(
        "2026-11-04 16:00",
        &[
            "feedback",
            &a,
            "--meeting",
            &ja_a.to_string(),
            "--usefulness",
            "6",
            "--answer",
            "mattered-to-me=fully-agree",
        ],
    );
    let reason = ["--reason", "the client's form said otherwise"];
    let run = |args: &[&str]| {
        let mut all = vec!["correct", a.as_str()];
        all.extend_from_slice(args);
        all.extend_from_slice(&reason);
        env.ok_at(NOW, &all)
    };
    run(&["usefulness", "9"]);
    run(&[
        "answer:know-what-next",
        "partly-agree",
        "--meeting",
        &ja_a.to_string(),
    ]);
    run(&["answer:mattered-to-me", "none"]);
    assert_eq!(env.count("SELECT usefulness FROM feedback"), 9);
    let answers: Vec<String> = env.query(
        "SELECT code || '=' || answer FROM feedback_answers ORDER BY code",
        &[],
    );
    assert_eq!(answers, ["know-what-next=partly-agree"]);
    let file = shown(&env, &a);
    assert!(
        file.contains(&format!(
            "usefulness of meeting {ja_a} was 6, now 9 — because: the client's form said otherwise"
        )),
        "{file}"
    );
    assert!(
        file.contains("answer:mattered-to-me of meeting 1 was fully-agree, now none"),
        "{file}"
    );
    let refused = |args: &[&str], code: i32, says: &str| {
        let mut all = vec!["correct", a.as_str()];
        all.extend_from_slice(args);
        all.extend_from_slice(&reason);
        env.refused_at(NOW, &all, code, says);
    };
    refused(
        &["usefulness", "0"],
        2,
        "usefulness: '0' is not allowed; use a whole number 1–10 or none",
    );
    refused(
        &["usefulness", "9"],
        2,
        "usefulness: is already 9; nothing to correct",
    );
    refused(
        &["answer:felt-better", "cant-say"],
        2,
        "answer:felt-better: 'felt-better' is not a statement of version 1 (the one this feedback answered); use one of: mattered-to-me, heard-and-respected, informed-on-services, know-what-next",
    );
    refused(
        &["answer:know-what-next", "mostly"],
        2,
        "answer:know-what-next: 'mostly' is not allowed; use one of: fully-agree, partly-agree, cant-say, partly-disagree, fully-disagree, none",
    );
    refused(&["answer:", "cant-say"], 2, "FACT: 'answer:' needs a code");
    refused(
        &["usefulness", "5", "--meeting", &kela_a.to_string()],
        4,
        &format!("no feedback is recorded for meeting {kela_a} of case {a}"),
    );
    refused(
        &["usefulness", "5", "--meeting", &ja_b.to_string()],
        2,
        &format!("--meeting: meeting {ja_b} is not case {a}'s"),
    );
    refused(
        &["usefulness", "5", "--follow-up", "1"],
        2,
        "--follow-up does not go with usefulness",
    );
    env.refused_at(
        NOW,
        &["correct", &c, "usefulness", "5", reason[0], reason[1]],
        4,
        &format!("no feedback is recorded for case {c}"),
    );
}

/// The pair's estimate, written by SQL: for a meeting, or entered at a follow-up.
#[test]
fn the_pairs_estimate_is_corrected() {
    let env = TestEnv::new();
    let (_, b, _) = known_register(&env);
    let ja_b = id(
        &env,
        &format!("SELECT id FROM bookings WHERE case_id = '{b}' AND kind = 'joint-assessment'"),
    );
    let first_follow_up = id(
        &env,
        &format!("SELECT id FROM follow_ups WHERE case_id = '{b}' ORDER BY id LIMIT 1"),
    );
    // b's follow-up call recorded 1 appointment and 2–4 weeks (an estimate at follow-up); the
    // pair's estimate of the joint assessment is entered afterwards.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM estimates WHERE follow_up_id = {first_follow_up} AND appointments = 1"
        )),
        1
    );
    env.ok_at(
        NOW,
        &[
            "estimate",
            &b,
            "--meeting",
            &ja_b.to_string(),
            "--appointments-saved",
            "3",
            "--saved",
            "doctor=2",
            "--time-saved",
            "1-2-months",
        ],
    );
    let reason = ["--reason", "the pair's sheet says otherwise"];
    let run = |args: &[&str]| {
        let mut all = vec!["correct", b.as_str()];
        all.extend_from_slice(args);
        all.extend_from_slice(&reason);
        env.ok_at(NOW, &all)
    };
    let refused = |args: &[&str], code: i32, says: &str| {
        let mut all = vec!["correct", b.as_str()];
        all.extend_from_slice(args);
        all.extend_from_slice(&reason);
        env.refused_at(NOW, &all, code, says);
    };
    // The newest estimate by default (the reception's).
    run(&["appointments-saved", "4"]);
    run(&["saved:social-worker", "2", "--meeting", &ja_b.to_string()]);
    refused(
        &["saved:doctor", "3"],
        2,
        "saved:doctor: the saved services would add up to 5, more than the 4 appointments saved in all",
    );
    refused(
        &["appointments-saved", "3"],
        2,
        "appointments-saved: the saved services would add up to 4, more than the 3",
    );
    run(&["saved:doctor", "0"]);
    run(&["time-saved", "2-3-months"]);
    let saved: Vec<String> = env.query(
        "SELECT service || '=' || count FROM estimate_services ORDER BY service",
        &[],
    );
    assert_eq!(saved, ["social-worker=2"]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM estimates WHERE booking_id = {ja_b} AND appointments = 4 AND time_saved = '2-3-months'"
        )),
        1
    );
    // The estimate entered at the first follow-up call.
    run(&["time-saved", "none", "--follow-up", "1"]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM estimates WHERE follow_up_id = {first_follow_up} AND time_saved = 'none'"
        )),
        1
    );
    let file = shown(&env, &b);
    assert!(
        file.contains(&format!("saved:doctor of meeting {ja_b} was 2, now 0")),
        "{file}"
    );
    assert!(
        file.contains("time-saved of follow-up 1 (2026-12-30) was 2-4-weeks, now none — because: the pair's sheet says otherwise"),
        "{file}"
    );
    refused(
        &["saved:dentist", "1"],
        2,
        "saved:dentist: 'dentist' is not in the service catalogue",
    );
    refused(
        &["saved:doctor", "none"],
        2,
        "saved:doctor: 'none' is not allowed; use a whole number 0–100",
    );
    refused(
        &["time-saved", "a-while"],
        2,
        "time-saved: 'a-while' is not allowed; use one of: 2-4-weeks",
    );
    refused(
        &["time-saved", "none", "--meeting", "1", "--follow-up", "1"],
        2,
        "--follow-up: give either --meeting",
    );
    refused(
        &["time-saved", "none", "--follow-up", "2"],
        4,
        "has no follow-up 2; it has 1",
    );
}

#[test]
fn what_is_wrong_or_missing_is_refused_and_nothing_is_written() {
    let env = TestEnv::new();
    let (a, b, c) = known_register(&env);
    let kela_a = id(
        &env,
        &format!("SELECT id FROM bookings WHERE case_id = '{a}' AND kind = 'kela'"),
    );
    let ja_b = id(
        &env,
        &format!("SELECT id FROM bookings WHERE case_id = '{b}' AND kind = 'joint-assessment'"),
    );
    let reason = ["--reason", "typo"];
    let refused = |case: &str, args: &[&str], code: i32, says: &str| {
        let mut all = vec!["correct", case];
        all.extend_from_slice(args);
        env.refused_at(NOW, &all, code, says);
    };
    refused(
        &b,
        &["segmant", "verkosto", reason[0], reason[1]],
        2,
        "FACT: 'segmant' is not allowed; use one of: segment, source, channel, follow-up-status, knows-contact, usefulness-at-follow-up, reached, usefulness, answer:CODE, appointments-saved, time-saved, saved:SERVICE",
    );
    refused(
        &b,
        &["segment", "network", reason[0], reason[1]],
        2,
        "segment: 'network' is not allowed; use one of: omatoimi, yhteiso, verkosto, yhteistyo",
    );
    refused(
        &b,
        &["source", "te-office", reason[0], reason[1]],
        2,
        "source: 'te-office' is not allowed; use one of: employment-services",
    );
    refused(&b, &["segment", "verkosto"], 2, "--reason");
    refused(
        &b,
        &["segment", "verkosto", "--reason", " "],
        2,
        "--reason: must not be empty",
    );
    refused(
        &b,
        &["segment", "omatoimi", reason[0], reason[1]],
        2,
        "segment: is already omatoimi; nothing to correct",
    );
    refused(
        &b,
        &["channel", "yht405", reason[0], reason[1]],
        2,
        "channel: is already yht405",
    );
    // Facts that do not exist yet.
    refused(
        &c,
        &["segment", "verkosto", reason[0], reason[1]],
        4,
        &format!("case {c} has no held joint assessment"),
    );
    refused(
        &c,
        &["follow-up-status", "on-path", reason[0], reason[1]],
        4,
        &format!("case {c} has no follow-up yet"),
    );
    // (b's follow-up call recorded its savings as an estimate; c has none.)
    refused(
        &c,
        &["appointments-saved", "2", reason[0], reason[1]],
        4,
        &format!("no estimate is recorded for case {c}"),
    );
    // The meeting named must be this case's joint assessment, and held.
    refused(
        &a,
        &["segment", "yhteiso", "--meeting", &kela_a.to_string(), reason[0], reason[1]],
        2,
        &format!("--meeting: meeting {kela_a} is a Kela remote consultation; the segment is recorded at a joint assessment"),
    );
    refused(
        &a,
        &[
            "segment",
            "yhteiso",
            "--meeting",
            &ja_b.to_string(),
            reason[0],
            reason[1],
        ],
        2,
        &format!("--meeting: meeting {ja_b} is not case {a}'s"),
    );
    refused(
        &a,
        &[
            "segment",
            "yhteiso",
            "--meeting",
            "999",
            reason[0],
            reason[1],
        ],
        3,
        "there is no meeting 999",
    );
    refused(
        &a,
        &[
            "segment",
            "yhteiso",
            "--follow-up",
            "1",
            reason[0],
            reason[1],
        ],
        2,
        "--follow-up: --follow-up does not go with segment",
    );
    refused(
        &a,
        &["source", "kela", "--meeting", "1", reason[0], reason[1]],
        2,
        "--meeting: --meeting does not go with source",
    );
    refused(
        "2026-0099",
        &["source", "kela", reason[0], reason[1]],
        3,
        "2026-0099",
    );
    // A joint assessment booked, not yet held, has no segment to correct.
    let d = env.refer("Daniel Odottava", &[]);
    env.ok_at(
        common::NOW,
        &[
            "consent",
            "give",
            &d,
            "--kind",
            "multi-professional",
            "--method",
            "written",
        ],
    );
    env.contact_request_at(common::NOW, &d);
    env.ok_at(
        common::NOW,
        &[
            "triage",
            &d,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "yes",
        ],
    );
    let ja_d = json_at(
        &env,
        common::NOW,
        &["schedule", &d, "--kind", "joint-assessment"],
    );
    refused(
        &d,
        &[
            "segment",
            "verkosto",
            "--meeting",
            &ja_d["id"].to_string(),
            reason[0],
            reason[1],
        ],
        4,
        "is booked, not held, so it has no segment to correct yet",
    );
    refused(
        &d,
        &["segment", "verkosto", reason[0], reason[1]],
        4,
        "has no held joint assessment",
    );
    // Withdrawn consent stops processing: no correction either.
    env.ok_at(
        NOW,
        &["consent", "withdraw", &b, "--kind", "multi-professional"],
    );
    refused(
        &b,
        &["segment", "verkosto", reason[0], reason[1]],
        4,
        "withdrew multi-professional consent",
    );
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'fact-corrected'"),
        0
    );
}
