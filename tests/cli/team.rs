//! The Yhteistyö-tiimi procedure step by step (seed 001): the referring worker's own unit's team
//! meeting recorded with the approval, the anonymous description sent to each requested unit (a
//! disclosure each), each unit's acknowledgement with its processing schedule and due date, then
//! its worker; the request is binding, so the units owing a step are listed in the work list and
//! the weekly export. Every new flag's bad input is refused naming it, with nothing written.

use crate::common::TestEnv;

const MON: &str = "2026-11-16 09:00";
const DESCRIPTION: &str = "Asiakas tarvitsee tukea asumiseen ja päihteiden käytön vähentämiseen.";

/// A case triaged to the Yhteistyö-tiimi with two requested units, on Monday 16.11.2026.
fn team_case(env: &TestEnv, name: &str) -> String {
    let case = env.refer(
        name,
        &[
            "--referrer",
            "Mervi Laaksonen",
            "--referrer-unit",
            "Adult social work",
            "--on",
            "2026-11-16",
        ],
    );
    env.ok_at(
        MON,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
    );
    env.ok_at(
        MON,
        &[
            "triage",
            &case,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "adult clinic",
            "--unit",
            "support for living at home",
        ],
    );
    case
}

/// The case approved, its description saved and sent to both units on Monday.
fn sent_case(env: &TestEnv, name: &str) -> String {
    let case = team_case(env, name);
    env.ok_at(
        MON,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Helena Sjöberg",
            "--unit-meeting",
            "2026-11-12",
            "--need-confirmed",
        ],
    );
    env.ok_at(MON, &["plan", "describe", &case, "--text", DESCRIPTION]);
    env.ok_at(MON, &["schedule", "send-description", &case]);
    case
}

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

#[test]
fn the_unit_meeting_that_confirmed_the_need_is_recorded_with_the_approval() {
    let env = TestEnv::new();
    let case = team_case(&env, "Aune Tiimityö");
    let request = |extra: &[&str]| -> Vec<String> {
        let mut args = vec![
            "schedule",
            "request",
            case.as_str(),
            "--approved-by",
            "Helena Sjöberg",
        ];
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect()
    };
    for (extra, says) in [
        (
            vec!["--unit-meeting", "12.13.2026", "--need-confirmed"],
            "--unit-meeting",
        ),
        (
            vec!["--unit-meeting", "2026-11-30", "--need-confirmed"],
            "--unit-meeting",
        ),
        (vec!["--unit-meeting", "2026-11-12"], "--need-confirmed"),
        (vec!["--need-confirmed"], "--unit-meeting"),
        (
            vec![
                "--unit-meeting",
                "2026-11-13",
                "--need-confirmed",
                "--on",
                "2026-11-12",
            ],
            "--unit-meeting: the unit's team meeting on 2026-11-13 is after the approval on 2026-11-12",
        ),
    ] {
        let args = request(&extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.refused_at(MON, &args, 2, says);
    }
    let args = request(&["--unit-meeting", "2026-11-12", "--need-confirmed"]);
    let out = env.ok_at(MON, &args);
    assert!(
        out.contains("confirmed at the referring worker's own unit's team meeting on 2026-11-12"),
        "{out}"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM team_requests WHERE unit_meeting_on = '2026-11-12'
             AND approved_by = 'Helena Sjöberg' AND approved_on = '2026-11-16'"
        ),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'team-requested'
             AND json_extract(detail, '$.unit_meeting_on') = '2026-11-12'
             AND json_extract(detail, '$.need_confirmed') = 1"
        ),
        1
    );
    let show = env.ok_at(MON, &["show", &case]);
    assert!(
        show.contains("need confirmed at the unit's team meeting on 2026-11-12"),
        "{show}"
    );
    // A request without the meeting still works for scripts (as before this change).
    let other = team_case(&env, "Eino Skripti");
    let doc = json_at(
        &env,
        MON,
        &[
            "schedule",
            "request",
            &other,
            "--approved-by",
            "Helena Sjöberg",
        ],
    );
    assert_eq!(doc["request"]["unit_meeting_on"], serde_json::Value::Null);
}

#[test]
fn the_description_is_sent_to_each_unit_and_every_sending_is_a_disclosure() {
    let env = TestEnv::new();
    let case = team_case(&env, "Aune Lähetys");
    let send = ["schedule", "send-description", case.as_str()];
    env.refused_at(MON, &send, 4, "no approved Yhteistyö-tiimi request");
    env.ok_at(
        MON,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Helena Sjöberg",
        ],
    );
    env.refused_at(MON, &send, 4, "has no saved anonymous description");
    env.ok_at(MON, &["plan", "describe", &case, "--text", DESCRIPTION]);
    let c = case.as_str();
    for (args, says) in [
        (
            vec!["schedule", "send-description", c, "--unit", "home care"],
            "--unit: 'home care' was not requested",
        ),
        (
            vec!["schedule", "send-description", c, "--unit", ""],
            "--unit",
        ),
        (
            vec!["schedule", "send-description", c, "--to", "R2-D2"],
            "--to",
        ),
        (
            vec!["schedule", "send-description", c, "--to", "Saara Esimies"],
            "--to: a named recipient belongs to one unit",
        ),
        (
            vec!["schedule", "send-description", c, "--on", "2026-11-17"],
            "--on",
        ),
        (
            vec!["schedule", "send-description", c, "--on", "2026-11-15"],
            "--on: the request was approved on 2026-11-16",
        ),
        (
            vec!["schedule", "send-description", c, "--on", "yesterday"],
            "--on",
        ),
    ] {
        env.refused_at(MON, &args, 2, says);
    }
    // To one unit, named by its Finnish name, with a named recipient.
    let doc = json_at(
        &env,
        MON,
        &[
            "schedule",
            "send-description",
            c,
            "--unit",
            "Aikuisneuvola",
            "--to",
            "Saara Esimies",
        ],
    );
    assert_eq!(
        doc["request"]["units"][0]["description_sent_on"],
        "2026-11-16"
    );
    assert_eq!(
        doc["request"]["units"][1]["description_sent_on"],
        serde_json::Value::Null
    );
    // Then to every unit not yet sent to; then there is none left.
    let out = env.ok_at("2026-11-17 09:00", &send);
    assert!(
        out.contains("Sent the anonymous description on 2026-11-17 to: support for living at home"),
        "{out}"
    );
    env.refused_at(
        "2026-11-17 09:00",
        &send,
        4,
        "was sent to every requested unit",
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM disclosure_log
             WHERE what = 'anonymous description for the Yhteistyö-tiimi'
             AND cases = json_array('{case}')"
        )),
        2
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM team_descriptions_sent s JOIN disclosure_log d
                 ON d.id = s.disclosure_id AND d.recipient = s.unit
             WHERE (s.unit = 'adult clinic' AND s.recipient = 'Saara Esimies'
                    AND s.sent_on = '2026-11-16')
                OR (s.unit = 'support for living at home' AND s.recipient IS NULL
                    AND s.sent_on = '2026-11-17')"
        ),
        2
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'team-description-sent'
             AND json_extract(detail, '$.unit') IN ('adult clinic', 'support for living at home')"
        ),
        2
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM access_log
             WHERE command = 'schedule send-description' AND action = 'change'"
        ),
        2
    );
    // Sending again to a named unit is allowed (e.g. after the description was revised).
    env.ok_at(
        "2026-11-18 09:00",
        &["schedule", "send-description", c, "--unit", "adult clinic"],
    );
    assert_eq!(env.count("SELECT count(*) FROM team_descriptions_sent"), 3);
}

#[test]
fn a_description_that_no_longer_passes_the_anonymity_check_is_not_sent() {
    let env = TestEnv::new();
    let case = env.refer(
        "Aune Puhelin",
        &[
            "--hetu",
            "131052-308T",
            "--phone",
            "040 555 0101",
            "--referrer-unit",
            "Adult social work",
            "--on",
            "2026-11-16",
        ],
    );
    for args in [
        vec![
            "consent",
            "give",
            case.as_str(),
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
        vec![
            "triage",
            case.as_str(),
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "adult clinic",
        ],
        vec![
            "schedule",
            "request",
            case.as_str(),
            "--approved-by",
            "Helena Sjöberg",
        ],
        vec![
            "plan",
            "describe",
            case.as_str(),
            "--text",
            "Tukihenkilön numero on 040 555 0199.",
        ],
    ] {
        env.ok_at(MON, &args);
    }
    // The client's phone becomes the number the description gives (a second referral updates it).
    env.refer(
        "Aune Puhelin",
        &[
            "--hetu",
            "131052-308T",
            "--phone",
            "040 555 0199",
            "--another-case",
        ],
    );
    env.refused_at(
        MON,
        &["schedule", "send-description", &case],
        4,
        "no longer passes the anonymity check",
    );
    assert_eq!(env.count("SELECT count(*) FROM team_descriptions_sent"), 0);
}

#[test]
fn a_unit_acknowledges_with_its_schedule_and_due_date_and_later_names_its_worker() {
    let env = TestEnv::new();
    let case = team_case(&env, "Aune Kuittaus");
    env.ok_at(
        MON,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Helena Sjöberg",
        ],
    );
    env.ok_at(MON, &["plan", "describe", &case, "--text", DESCRIPTION]);
    let tue = "2026-11-17 10:00";
    let ack = |unit: &'static str, schedule: &'static str, due: &'static str| {
        vec![
            "schedule",
            "acknowledge",
            case.as_str(),
            "--unit",
            unit,
            "--schedule",
            schedule,
            "--due",
            due,
        ]
    };
    env.refused_at(
        tue,
        &ack("adult clinic", "at Thursday's team meeting", "2026-11-20"),
        4,
        "has not been sent to adult clinic",
    );
    env.ok_at(
        MON,
        &[
            "schedule",
            "send-description",
            &case,
            "--unit",
            "adult clinic",
        ],
    );
    let long = "x".repeat(501);
    let mut bad = vec![
        (ack("adult clinic", "soon", "20.13.2026"), "--due"),
        (
            ack("adult clinic", "soon", "2026-11-16"),
            "--due: the due date 2026-11-16 is before the acknowledgement on 2026-11-17",
        ),
        (
            ack("adult clinic", "soon", "2027-12-31"),
            "--due: the due date 2027-12-31 is more than 365 days after",
        ),
        (ack("adult clinic", "", "2026-11-20"), "--schedule"),
        (ack("adult clinic", "  ", "2026-11-20"), "--schedule"),
        (
            ack("home care", "soon", "2026-11-20"),
            "--unit: 'home care' was not requested",
        ),
    ];
    let mut too_long = ack("adult clinic", "soon", "2026-11-20");
    too_long[5] = long.as_str();
    bad.push((too_long, "--schedule"));
    let mut future = ack("adult clinic", "soon", "2026-11-20");
    future.extend(["--on", "2026-11-18"]);
    bad.push((future, "--on"));
    let mut before_sent = ack("adult clinic", "soon", "2026-11-20");
    before_sent.extend(["--on", "2026-11-15"]);
    bad.push((
        before_sent,
        "--on: the description was sent to the unit on 2026-11-16",
    ));
    for (args, says) in &bad {
        env.refused_at(tue, args, 2, says);
    }
    let missing_due = [
        "schedule",
        "acknowledge",
        case.as_str(),
        "--unit",
        "adult clinic",
        "--schedule",
        "soon",
    ];
    env.refused_at(tue, &missing_due, 2, "--due");
    // The unit acknowledges, named by its Finnish name.
    let doc = json_at(
        &env,
        tue,
        &[
            "schedule",
            "acknowledge",
            &case,
            "--unit",
            "Aikuisneuvola",
            "--schedule",
            "Käsitellään torstain tiimikokouksessa",
            "--due",
            "2026-11-20",
        ],
    );
    let unit = &doc["request"]["units"][0];
    assert_eq!(unit["acknowledged_on"], "2026-11-17");
    assert_eq!(unit["due_on"], "2026-11-20");
    assert_eq!(unit["schedule"], "Käsitellään torstain tiimikokouksessa");
    assert_eq!(unit["worker"], serde_json::Value::Null);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM team_request_units WHERE unit = 'adult clinic'
             AND acknowledged_on = '2026-11-17' AND due_on = '2026-11-20'
             AND schedule = 'Käsitellään torstain tiimikokouksessa' AND worker IS NULL"
        ),
        1
    );
    // The schedule is the unit's words: kept apart from the chained detail, like other free text.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'team-unit-acknowledged'
             AND json_extract(detail, '$.due_on') = '2026-11-20'
             AND detail NOT LIKE '%torstain%'"
        ),
        1
    );
    let show = env.ok_at(tue, &["show", &case]);
    assert!(
        show.contains("unit acknowledged receipt: adult clinic, worker due 2026-11-20"),
        "{show}"
    );
    env.refused_at(
        tue,
        &ack("adult clinic", "again", "2026-11-27"),
        4,
        "adult clinic already acknowledged receipt on 2026-11-17, naming its worker by 2026-11-20",
    );
    // Naming the worker before the acknowledgement's date is bad input.
    env.refused_at(
        tue,
        &[
            "schedule",
            "answer",
            &case,
            "--unit",
            "adult clinic",
            "--worker",
            "Pekka Hoitaja",
            "--on",
            "2026-11-16",
        ],
        2,
        "--on: the unit acknowledged receipt on 2026-11-17",
    );
    let out = env.ok_at(
        "2026-11-19 10:00",
        &[
            "schedule",
            "answer",
            &case,
            "--unit",
            "adult clinic",
            "--worker",
            "Pekka Hoitaja",
        ],
    );
    assert!(!out.contains("naming its worker acknowledged it"), "{out}");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM team_request_units WHERE unit = 'adult clinic'
             AND acknowledged_on = '2026-11-17' AND worker = 'Pekka Hoitaja'
             AND answered_on = '2026-11-19'
             AND schedule = 'Käsitellään torstain tiimikokouksessa'"
        ),
        1,
        "the answer keeps the acknowledgement and its schedule"
    );
}

#[test]
fn naming_a_worker_before_acknowledging_acknowledges_implicitly() {
    let env = TestEnv::new();
    let case = team_case(&env, "Aune Skripti");
    env.ok_at(
        MON,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Helena Sjöberg",
        ],
    );
    // As scripts from before this change do: no description sent, no acknowledgement.
    let out = env.ok_at(
        MON,
        &[
            "schedule",
            "answer",
            &case,
            "--unit",
            "adult clinic",
            "--worker",
            "Pekka Hoitaja",
            "--schedule",
            "within two weeks",
        ],
    );
    assert!(
        out.contains(
            "adult clinic had not acknowledged receipt: naming its worker acknowledged it too."
        ),
        "{out}"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM team_request_units WHERE unit = 'adult clinic'
             AND acknowledged_on = '2026-11-16' AND answered_on = '2026-11-16'
             AND due_on IS NULL AND worker = 'Pekka Hoitaja'"
        ),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM events WHERE kind = 'team-unit-answered'
             AND json_extract(detail, '$.acknowledged') = 1"
        ),
        1
    );
    // An acknowledgement after that is refused: the unit already acknowledged by naming.
    env.ok_at(MON, &["plan", "describe", &case, "--text", DESCRIPTION]);
    env.ok_at(MON, &["schedule", "send-description", &case]);
    env.refused_at(
        MON,
        &[
            "schedule",
            "acknowledge",
            &case,
            "--unit",
            "adult clinic",
            "--schedule",
            "soon",
            "--due",
            "2026-11-30",
        ],
        4,
        "adult clinic already acknowledged receipt on 2026-11-16 (it named its worker)",
    );
}

/// The rows of one section of a report document as (case, unit, missing).
fn late_rows(doc: &serde_json::Value) -> Vec<(String, String, String)> {
    doc["sections"]["team_units_late"]
        .as_array()
        .expect("team_units_late")
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
            (s("case"), s("unit"), s("missing"))
        })
        .collect()
}

#[test]
fn units_owing_a_step_are_listed_in_the_work_list_and_the_weekly_export() {
    let env = TestEnv::new();
    let case = team_case(&env, "Aune Myöhässä");
    let row = |unit: &str, missing: &str| (case.clone(), unit.to_string(), missing.to_string());
    let queue = |now: &str| late_rows(&json_at(&env, now, &["report", "queue"]));
    let weekly = |now: &str, week: &str| {
        let run = env.run_at(
            now,
            &[
                "report",
                "weekly",
                "--week",
                week,
                "--to-whom",
                "Yhteistyö-tiimi",
                "--format",
                "json",
            ],
        );
        assert_eq!(run.code, 0, "{run:?}");
        assert!(
            !run.stdout.contains("Myöhässä"),
            "anonymous: {}",
            run.stdout
        );
        late_rows(&run.json())
    };
    env.ok_at(
        MON,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Helena Sjöberg",
        ],
    );
    assert_eq!(
        queue(MON),
        [
            row("adult clinic", "team-description-not-sent"),
            row("support for living at home", "team-description-not-sent"),
        ]
    );
    env.ok_at(MON, &["plan", "describe", &case, "--text", DESCRIPTION]);
    env.ok_at(MON, &["schedule", "send-description", &case]);
    assert_eq!(
        queue(MON),
        [
            row("adult clinic", "team-not-acknowledged"),
            row("support for living at home", "team-not-acknowledged"),
        ]
    );
    for (unit, due) in [
        ("adult clinic", "2026-11-18"),
        ("support for living at home", "2026-11-25"),
    ] {
        env.ok_at(
            "2026-11-17 09:00",
            &[
                "schedule",
                "acknowledge",
                &case,
                "--unit",
                unit,
                "--schedule",
                "at the unit's team meeting",
                "--due",
                due,
            ],
        );
    }
    // Acknowledged and not yet due: nothing owed. On its due date a unit is not late yet.
    assert!(queue("2026-11-18 09:00").is_empty());
    // The day after, the adult clinic is late.
    assert_eq!(
        queue("2026-11-19 09:00"),
        [row("adult clinic", "team-worker-overdue")]
    );
    let doc = json_at(&env, "2026-11-19 09:00", &["report", "queue"]);
    let first = &doc["sections"]["team_units_late"][0];
    assert_eq!(first["name"], "Aune Myöhässä");
    assert_eq!(first["due_on"], "2026-11-18");
    assert!(
        env.count(
            "SELECT count(*) FROM access_log WHERE command = 'report queue' AND action = 'view'"
        ) > 0,
        "the work list shows the client: an access"
    );
    let md = env.ok_at("2026-11-19 09:00", &["report", "queue"]);
    assert!(md.contains("worker not named by the due date"), "{md}");
    // The weekly export counts from the week's Monday: due before it is late.
    assert!(weekly("2026-11-19 09:00", "2026-W47").is_empty());
    assert_eq!(
        weekly("2026-11-19 09:00", "2026-W48"),
        [row("adult clinic", "team-worker-overdue")]
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM disclosure_log WHERE what LIKE 'weekly report 2026-W48%'
             AND cases LIKE '%' || (SELECT id FROM cases) || '%'"
        ),
        1,
        "the case listed is in the export's disclosure row"
    );
    // Once the unit names its worker it leaves both lists.
    env.ok_at(
        "2026-11-19 10:00",
        &[
            "schedule",
            "answer",
            &case,
            "--unit",
            "adult clinic",
            "--worker",
            "Pekka Hoitaja",
        ],
    );
    assert!(queue("2026-11-19 10:00").is_empty());
    assert!(weekly("2026-11-19 10:00", "2026-W48").is_empty());
    // A withdrawn case leaves the lists (processing stopped).
    assert_eq!(
        queue("2026-11-26 10:00"),
        [row("support for living at home", "team-worker-overdue")]
    );
    env.ok_at(
        "2026-11-26 10:00",
        &["consent", "withdraw", &case, "--kind", "multi-professional"],
    );
    assert!(queue("2026-11-26 10:00").is_empty());
    assert!(weekly("2026-11-26 10:00", "2026-W49").is_empty());
}

#[test]
fn after_a_withdrawal_sending_and_acknowledging_are_refused() {
    let env = TestEnv::new();
    let case = sent_case(&env, "Aune Peruuttaja");
    env.ok_at(
        MON,
        &["consent", "withdraw", &case, "--kind", "multi-professional"],
    );
    let stopped = "withdrew multi-professional consent on 2026-11-16";
    env.refused_at(
        MON,
        &[
            "schedule",
            "send-description",
            &case,
            "--unit",
            "adult clinic",
        ],
        4,
        stopped,
    );
    env.refused_at(
        MON,
        &[
            "schedule",
            "acknowledge",
            &case,
            "--unit",
            "adult clinic",
            "--schedule",
            "soon",
            "--due",
            "2026-11-30",
        ],
        4,
        stopped,
    );
}

#[test]
fn a_case_that_went_on_to_a_network_meeting_no_longer_waits_for_the_units() {
    let env = TestEnv::new();
    let case = team_case(&env, "Aune Verkosto");
    env.ok_at(
        MON,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Helena Sjöberg",
        ],
    );
    assert_eq!(
        late_rows(&json_at(&env, MON, &["report", "queue"])).len(),
        2
    );
    env.ok_at(
        MON,
        &[
            "schedule",
            &case,
            "--kind",
            "network",
            "--at",
            "2026-11-18 10:00",
        ],
    );
    assert_eq!(env.phase(&case), "network-meeting");
    assert!(late_rows(&json_at(&env, MON, &["report", "queue"])).is_empty());
}
