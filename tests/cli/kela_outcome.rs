//! What the Kela hour concluded (issue #12, item 4): recorded per client for a held Kela hour,
//! each item with who takes responsibility and by when; shown in `show`; taken into the plan as
//! agreed actions (`--from-kela`, or chosen at a terminal); every refusal writes nothing.

use crate::common::TestEnv;

pub const HELD: &str = "2026-11-26 14:30";

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// A case referred on Monday 23.11.2026, assessed on Wednesday at `ja_at` (segment verkosto),
/// its Kela form sent; returns (case, joint assessment id, Kela hour id). With `hold`, the Kela
/// hour on Thursday 26.11 at 13:00 is held (onward pathways next).
pub fn kela_case(env: &TestEnv, name: &str, ja_at: &str, hold: bool) -> (String, i64, i64) {
    let monday = "2026-11-23 09:30";
    let case = env.refer(name, &["--on", "2026-11-23"]);
    env.ok_at(
        monday,
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
    env.contact_request_at(monday, &case);
    env.ok_at(
        monday,
        &[
            "triage",
            &case,
            "--decision",
            "joint-assessment",
            "--kela-screen",
            "yes",
        ],
    );
    let ja = json_at(
        env,
        monday,
        &[
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--at",
            ja_at,
        ],
    );
    let ja = ja["id"].as_i64().expect("meeting id");
    let wednesday = "2026-11-25 16:00";
    env.ok_at(
        wednesday,
        &[
            "schedule",
            "held",
            &ja.to_string(),
            "--segment",
            "verkosto",
            "--omaolo",
            "yes",
            "--kela-screen",
            "yes",
        ],
    );
    env.ok_at(
        wednesday,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "kela-exchange",
            "--method",
            "written",
        ],
    );
    env.ok_at(wednesday, &["consent", "send-kela", &case]);
    let kela = json_at(
        env,
        wednesday,
        &[
            "schedule",
            &case,
            "--kind",
            "kela",
            "--at",
            "2026-11-26 13:00",
        ],
    );
    let kela = kela["id"].as_i64().expect("meeting id");
    if hold {
        env.ok_at(HELD, &["schedule", "held", &kela.to_string()]);
    }
    (case, ja, kela)
}

fn rows(env: &TestEnv, case: &str) -> Vec<String> {
    env.query(
        "SELECT position || '|' || kind || '|' || coalesce(statement, '') || '|' ||
             coalesce(text, '') || '|' || coalesce(responsible, '') || '|' ||
             coalesce(CAST(due_on AS TEXT), '') || '|' || coalesce(CAST(planned_in AS TEXT), '')
         FROM kela_conclusions WHERE case_id = ?1 ORDER BY booking_id, position",
        &[case],
    )
}

#[test]
fn each_item_is_recorded_with_who_and_by_when_and_shown() {
    let env = TestEnv::new();
    let (case, _, kela) = kela_case(&env, "Kalle Kelanen", "2026-11-25 12:30", true);
    let done = json_at(
        &env,
        "2026-11-27 09:00",
        &[
            "kela-outcome",
            &case,
            "--benefit",
            "sickness allowance",
            "--responsible",
            "social counsellor",
            "--due",
            "2026-12-15",
            "--statement",
            "b-statement",
            "--responsible",
            "doctor",
            "--rehabilitation",
            "vocational rehabilitation",
            "--due",
            "2027-01-31",
            "--recommendation",
            "ask TYP about work try-out",
        ],
    );
    assert_eq!(done["meeting"], kela);
    assert_eq!(done["starts_at"], "2026-11-26 13:00");
    assert_eq!(done["conclusions"].as_array().map(Vec::len), Some(4));
    assert_eq!(done["conclusions"][1]["statement"], "b-statement");
    assert_eq!(
        rows(&env, &case),
        [
            "1|benefit||sickness allowance|social counsellor|2026-12-15|",
            "2|statement|b-statement||doctor||",
            "3|rehabilitation||vocational rehabilitation||2027-01-31|",
            "4|recommendation||ask TYP about work try-out|||",
        ]
    );
    // A second entry for the same hour continues the numbering; the meeting defaults to the
    // latest held Kela hour.
    env.ok_at(
        "2026-11-27 09:10",
        &[
            "kela-outcome",
            &case,
            "--meeting",
            &kela.to_string(),
            "--statement",
            "cost-estimate",
        ],
    );
    assert_eq!(rows(&env, &case)[4], "5|statement|cost-estimate||||");
    // Shown in `show`: the table and the timeline, dated the day of the hour.
    let shown = env.ok_at("2026-11-27 10:00", &["show", &case]);
    assert!(shown.contains("The Kela hour concluded"), "{shown}");
    assert!(
        shown.contains("benefit to apply for: sickness allowance"),
        "{shown}"
    );
    assert!(shown.contains("statement for Kela: B-statement"), "{shown}");
    assert!(
        shown.contains(
            "the Kela hour concluded 2026-11-26 13:00: benefit to apply for: sickness allowance (social counsellor, by 2026-12-15); statement for Kela: B-statement (doctor)"
        ),
        "{shown}"
    );
    let file = json_at(&env, "2026-11-27 10:00", &["show", &case]);
    assert_eq!(file["kela_conclusions"].as_array().map(Vec::len), Some(5));
    assert_eq!(
        file["kela_conclusions"][0]["responsible"],
        "social counsellor"
    );
    assert_eq!(
        file["kela_conclusions"][0]["planned_in"],
        serde_json::Value::Null
    );
    // The texts are personal: kept apart from the chained codes.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{case}' AND kind = 'kela-concluded'"
        )),
        2
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM events WHERE case_id = '{case}' AND (detail LIKE '%sickness%' OR detail LIKE '%social counsellor%' OR detail LIKE '%try-out%')"
        )),
        0
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM access_log WHERE case_id = '{case}' AND command = 'kela-outcome' AND action = 'change'"
        )),
        2
    );
}

#[test]
fn refusals_name_the_field_and_write_nothing() {
    let env = TestEnv::new();
    let (case, ja, kela) = kela_case(&env, "Raili Rajattu", "2026-11-25 12:30", false);
    let (other, _, other_kela) = kela_case(&env, "Olli Muu", "2026-11-25 14:00", true);
    let now = "2026-11-27 09:00";
    let item = ["--benefit", "housing allowance"];
    let with = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = ["kela-outcome", case.as_str()]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    let refused = |extra: &[&str], code: i32, says: &str| {
        let args = with(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.refused_at(now, &args, code, says);
    };
    // The hour is booked, not held.
    refused(&item, 4, "has no held Kela hour");
    let kela_id = kela.to_string();
    refused(
        &["--meeting", &kela_id, item[0], item[1]],
        4,
        "is booked, not held",
    );
    env.ok_at(HELD, &["schedule", "held", &kela_id]);
    // Not a Kela hour, another case's, no such meeting.
    refused(
        &["--meeting", &ja.to_string(), item[0], item[1]],
        2,
        "--meeting: meeting 1 is a joint assessment, not a Kela remote consultation",
    );
    refused(
        &["--meeting", &other_kela.to_string(), item[0], item[1]],
        2,
        &format!("--meeting: meeting {other_kela} is not case {case}'s"),
    );
    refused(&["--meeting", "999", item[0], item[1]], 3, "no meeting 999");
    // Nothing to record, or items out of shape.
    refused(&[], 2, "--benefit");
    refused(
        &["--responsible", "doctor", item[0], item[1]],
        2,
        "--responsible applies to the item just before it",
    );
    refused(
        &["--due", "2026-12-01"],
        2,
        "--due applies to the item just before it",
    );
    refused(
        &[
            item[0],
            item[1],
            "--responsible",
            "nurse",
            "--responsible",
            "doctor",
        ],
        2,
        "--responsible: the item before it already has --responsible",
    );
    refused(&[item[0], item[1], "--due", "soon"], 2, "--due");
    refused(
        &[item[0], item[1], "--due", "2026-11-20"],
        2,
        "--due: the date is before the Kela hour on 2026-11-26",
    );
    refused(&["--benefit", "  "], 2, "--benefit: must not be empty");
    refused(&["--statement", "x-statement"], 2, "b-statement");
    refused(
        &["--statement", "care-plan", "--statement", "care-plan"],
        2,
        "--statement: care-plan is named twice",
    );
    refused(&[item[0], &"x".repeat(401)], 2, "--benefit");
    // A case whose consent was withdrawn: processing has stopped.
    env.ok_at(
        now,
        &[
            "consent",
            "withdraw",
            &other,
            "--kind",
            "multi-professional",
        ],
    );
    env.refused_at(
        now,
        &["kela-outcome", &other, item[0], item[1]],
        4,
        "withdrew",
    );
    assert_eq!(env.count("SELECT count(*) FROM kela_conclusions"), 0);
}

#[test]
fn the_conclusions_become_agreed_actions_when_the_plan_is_next_edited() {
    let env = TestEnv::new();
    let (case, _, _) = kela_case(&env, "Paula Planattava", "2026-11-25 12:30", true);
    env.ok_at(
        "2026-11-27 09:00",
        &[
            "kela-outcome",
            &case,
            "--benefit",
            "sickness allowance",
            "--responsible",
            "Sanna Sosiaalinen",
            "--due",
            "2026-12-15",
            "--statement",
            "b-statement",
        ],
    );
    // Nothing waits for a plan that takes nothing in; --from-kela takes them all.
    env.ok_at(
        "2026-11-27 10:00",
        &["plan", &case, "--key-worker", "Sanna Sosiaalinen"],
    );
    assert_eq!(
        env.count("SELECT count(*) FROM kela_conclusions WHERE planned_in IS NULL"),
        2
    );
    env.ok_at("2026-11-27 10:05", &["plan", &case, "--from-kela"]);
    let plan = json_at(&env, "2026-11-27 10:10", &["plan", "show", &case]);
    assert_eq!(plan["plan"]["version"], 2);
    assert_eq!(
        plan["plan"]["actions"],
        serde_json::json!([
            {"what": "Apply for a Kela benefit: sickness allowance", "who": "Sanna Sosiaalinen",
             "due_on": "2026-12-15", "status": "open"},
            {"what": "Get the B-statement for Kela", "who": "to be agreed",
             "due_on": null, "status": "open"},
        ])
    );
    assert_eq!(
        env.count("SELECT count(*) FROM kela_conclusions WHERE planned_in = 2"),
        2
    );
    // Taken in once: nothing waits now.
    env.refused_at(
        "2026-11-27 10:15",
        &["plan", &case, "--from-kela"],
        4,
        "no conclusion of a Kela hour waits",
    );
    // A later conclusion is offered on its own.
    env.ok_at(
        "2026-11-27 11:00",
        &[
            "kela-outcome",
            &case,
            "--recommendation",
            "ask TYP about work try-out",
            "--responsible",
            "key worker",
        ],
    );
    let saved = json_at(
        &env,
        "2026-11-27 11:05",
        &["plan", &case, "--from-kela", "--goals", "back to work"],
    );
    assert_eq!(saved["version"], 3);
    let plan = json_at(&env, "2026-11-27 11:10", &["plan", "show", &case]);
    assert_eq!(plan["plan"]["actions"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        plan["plan"]["actions"][2]["what"],
        "Kela recommends: ask TYP about work try-out"
    );
    let shown = env.ok_at("2026-11-27 11:15", &["show", &case]);
    assert!(shown.contains("Plan 3"), "{shown}");
}

#[test]
fn at_a_terminal_the_plan_editor_offers_the_conclusions() {
    let env = TestEnv::new();
    let (case, _, _) = kela_case(&env, "Tuula Terminaali", "2026-11-25 12:30", true);
    env.ok_at(
        "2026-11-27 09:00",
        &[
            "kela-outcome",
            &case,
            "--benefit",
            "sickness allowance",
            "--recommendation",
            "ask TYP about work try-out",
        ],
    );
    let mut session = env.pty(
        "2026-11-27 10:00",
        &["plan", &case, "--key-worker", "Outi Omainen"],
    );
    session
        .exp_string("agreed actions")
        .expect("the conclusions are offered");
    session
        .exp_string("ask TYP about work try-out")
        .expect("the second one is listed");
    std::thread::sleep(std::time::Duration::from_millis(300));
    // Unmark the first (both start marked), keep the second.
    session.send(" ").expect("send");
    session.flush().expect("flush");
    std::thread::sleep(std::time::Duration::from_millis(200));
    session.send("\r").expect("send");
    session.flush().expect("flush");
    session.exp_string("version 1").expect("saved");
    session.exp_eof().expect("exit");
    let actions: Vec<String> = env.query("SELECT what FROM plan_actions ORDER BY position", &[]);
    assert_eq!(actions, ["Kela recommends: ask TYP about work try-out"]);
    assert_eq!(
        env.count("SELECT count(*) FROM kela_conclusions WHERE planned_in IS NULL"),
        1
    );
}

#[test]
fn a_purge_erases_what_the_hour_concluded() {
    let env = TestEnv::new();
    let (case, _, _) = kela_case(&env, "Pirjo Poistettava", "2026-11-25 12:30", true);
    env.ok_at(
        "2026-11-27 09:00",
        &[
            "kela-outcome",
            &case,
            "--benefit",
            "sickness allowance",
            "--responsible",
            "Pirjo's daughter",
            "--statement",
            "b-statement",
        ],
    );
    env.ok_at(
        "2026-11-30 09:00",
        &["close", &case, "--reason", "moved-away"],
    );
    env.ok_at(
        "2026-11-30 09:05",
        &["purge", &case, "--reason", "wrong-person"],
    );
    assert_eq!(
        rows(&env, &case),
        ["1|benefit||-|||", "2|statement|b-statement||||"]
    );
    let dump = env.dump();
    assert!(
        !dump.contains("sickness allowance"),
        "the text stays somewhere"
    );
    assert!(
        !dump.contains("daughter"),
        "the responsible stays somewhere"
    );
    // Nothing more is recorded for a purged case.
    env.refused_at(
        "2026-11-30 10:00",
        &["kela-outcome", &case, "--benefit", "housing allowance"],
        4,
        "already purged",
    );
}
