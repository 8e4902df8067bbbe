//! Reports: the outcomes figures checked exactly on known data built through the CLI, the weekly
//! export (deterministic, anonymous, every format), the HTML page, and the disclosure log.

use std::io::Cursor;

use crate::common::TestEnv;

pub fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run_at(now, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

/// Three cases through the CLI: A the whole path with Kela and a network meeting, closed
/// jointly; B assessed, planned and followed up once; C declined at triage.
pub fn known_register(env: &TestEnv) -> (String, String, String) {
    let monday = "2026-11-02 09:00";
    let a = env.refer(
        "Aino Ahkera",
        &[
            "--source",
            "employment-services",
            "--on",
            "2026-11-02",
            "--hetu",
            "131052-308T",
            "--phone",
            "040 555 0111",
            "--referrer-unit",
            "TE-palvelut",
        ],
    );
    let b = env.refer(
        "Eero Esko",
        &[
            "--source",
            "primary-care",
            "--on",
            "2026-11-02",
            "--phone",
            "+358 40 555 0122",
        ],
    );
    let c = env.refer(
        "Helmi Hylätty",
        &["--source", "primary-care", "--on", "2026-11-02"],
    );
    for case in [&a, &b] {
        env.ok_at(
            monday,
            &[
                "consent",
                "give",
                case,
                "--kind",
                "multi-professional",
                "--method",
                "written",
            ],
        );
        env.contact_request_at(monday, case);
        env.ok_at(
            monday,
            &[
                "triage",
                case,
                "--decision",
                "joint-assessment",
                "--kela-screen",
                "yes",
            ],
        );
    }
    env.ok_at(
        monday,
        &[
            "triage",
            &c,
            "--decision",
            "decline",
            "--kela-screen",
            "no",
            "--reason",
            "one service only",
        ],
    );
    let ja_a = json_at(
        env,
        monday,
        &[
            "schedule",
            &a,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-04 12:30",
        ],
    );
    let ja_b = json_at(
        env,
        monday,
        &[
            "schedule",
            &b,
            "--kind",
            "joint-assessment",
            "--at",
            "2026-11-04 14:00",
        ],
    );
    let wednesday = "2026-11-04 16:00";
    env.ok_at(
        wednesday,
        &[
            "schedule",
            "held",
            &ja_a["id"].to_string(),
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
            "schedule",
            "held",
            &ja_b["id"].to_string(),
            "--segment",
            "omatoimi",
            "--omaolo",
            "no",
            "--kela-screen",
            "no",
        ],
    );
    env.ok_at(
        wednesday,
        &[
            "consent",
            "give",
            &a,
            "--kind",
            "kela-exchange",
            "--method",
            "written",
        ],
    );
    env.ok_at(wednesday, &["consent", "send-kela", &a]);
    let kela = json_at(
        env,
        wednesday,
        &["schedule", &a, "--kind", "kela", "--at", "2026-11-05 13:00"],
    );
    env.ok_at(
        "2026-11-05 15:00",
        &[
            "schedule",
            "held",
            &kela["id"].to_string(),
            "--network-needed",
        ],
    );
    let net = json_at(
        env,
        "2026-11-05 15:00",
        &[
            "schedule",
            &a,
            "--kind",
            "network",
            "--at",
            "2026-11-10 10:00",
            "--chair",
            "Sanna Sosiaalinen",
        ],
    );
    env.ok_at(
        "2026-11-10 12:00",
        &[
            "schedule",
            "held",
            &net["id"].to_string(),
            "--meeting-consent",
            "--attended",
            "client,referring-worker",
        ],
    );
    env.ok_at(
        "2026-11-10 12:30",
        &[
            "plan",
            &a,
            "--key-worker",
            "Sanna Sosiaalinen",
            "--pathway",
            "service=doctor;booked=yes",
            "--pathway",
            "service=physiotherapy",
            "--pathway",
            "service=kela",
            "--client-confirmed",
            "--complete",
        ],
    );
    env.ok_at(
        "2026-11-04 16:30",
        &[
            "plan",
            &b,
            "--key-worker",
            "Outi Omainen",
            "--pathway",
            "service=doctor",
            "--client-confirmed",
            "--complete",
        ],
    );
    env.ok_at(
        "2027-01-05 10:00",
        &[
            "follow-up",
            &a,
            "--reached",
            "yes",
            "--status",
            "on-path",
            "--knows-contact",
            "yes",
            "--usefulness",
            "9",
            "--appointments-saved",
            "3",
            "--time-saved",
            "1-2-months",
            "--next",
            "close",
        ],
    );
    env.ok_at(
        "2026-12-30 10:00",
        &[
            "follow-up",
            &b,
            "--reached",
            "yes",
            "--status",
            "on-the-way",
            "--knows-contact",
            "no",
            "--usefulness",
            "7",
            "--appointments-saved",
            "1",
            "--time-saved",
            "2-4-weeks",
            "--next",
            "again",
            "--next-on",
            "2027-01-30",
        ],
    );
    (a, b, c)
}

fn count(d: &serde_json::Value, key: &str) -> serde_json::Value {
    d["counts"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["key"] == key))
        .map(|c| c["count"].clone())
        .unwrap_or_default()
}

#[test]
fn every_outcome_figure_is_exact_on_known_data() {
    let env = TestEnv::new();
    known_register(&env);
    let o = json_at(
        &env,
        "2027-01-10 09:00",
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
    assert_eq!(o["small_cells_suppressed"], false);
    assert_eq!(o["cases"], 3);
    let funnel: Vec<i64> = o["funnel"]
        .as_array()
        .expect("funnel")
        .iter()
        .map(|c| c["count"].as_i64().unwrap_or(-1))
        .collect();
    assert_eq!(funnel, [3, 3, 2, 2, 2, 2, 1]);
    assert_eq!(o["referral_sources"]["n"], 3);
    assert_eq!(count(&o["referral_sources"], "employment-services"), 1);
    assert_eq!(count(&o["referral_sources"], "primary-care"), 2);
    assert_eq!(o["referral_sources"]["counts"][1]["percent"], 66.7);
    assert_eq!(o["segments"]["n"], 2);
    assert_eq!(
        (
            count(&o["segments"], "verkosto"),
            count(&o["segments"], "omatoimi")
        ),
        (1.into(), 1.into())
    );
    assert_eq!(o["onward_services"]["n"], 2);
    assert_eq!(
        (
            count(&o["onward_services"], "doctor"),
            count(&o["onward_services"], "physiotherapy"),
            count(&o["onward_services"], "kela")
        ),
        (2.into(), 1.into(), 1.into())
    );
    assert_eq!(
        o["onward_per_client"],
        serde_json::json!({"n": 2, "mean": 2.0})
    );
    assert_eq!(
        o["appointments_saved_per_reception"],
        serde_json::json!({"n": 2, "mean": 2.0})
    );
    assert_eq!(o["estimates_entered_at_follow_up"], 2);
    assert_eq!(o["time_saved"]["n"], 2);
    assert_eq!(
        (
            count(&o["time_saved"], "1-2-months"),
            count(&o["time_saved"], "2-4-weeks")
        ),
        (1.into(), 1.into())
    );
    // No reception feedback was given: the follow-up call's usefulness answers are follow-up
    // feedback, reported apart.
    assert_eq!(o["usefulness"], serde_json::json!({"n": 0, "mean": null}));
    assert_eq!(
        o["usefulness_at_follow_up"],
        serde_json::json!({"n": 2, "mean": 8.0})
    );
    assert_eq!(o["follow_up_status"]["n"], 2);
    assert_eq!(
        o["follow_up_status"]["counts"][0],
        serde_json::json!({"key": "on-path", "count": 1, "percent": 50.0})
    );
    assert_eq!(
        o["knows_pathway_and_contact"],
        serde_json::json!({"n": 2, "yes": 1, "percent": 50.0})
    );
    assert_eq!(
        o["network_meetings"]["with_kela"],
        serde_json::json!({"n": 1, "mean": 1.0})
    );
    assert_eq!(
        o["network_meetings"]["without_kela"],
        serde_json::json!({"n": 0, "mean": null})
    );
    assert_eq!(
        o["network_meetings"]["difference_percent"],
        serde_json::Value::Null
    );
    assert_eq!(
        o["kela_hours"],
        serde_json::json!({"hours_held": 1, "clients": 1, "clients_per_hour": 1.0})
    );
    let phases = o["days_between_phases"].as_array().expect("phases");
    let interval = |i: usize| {
        (
            phases[i]["n"].clone(),
            phases[i]["median_days"].clone(),
            phases[i]["p90_days"].clone(),
        )
    };
    assert_eq!(
        interval(0),
        (3.into(), 0.0.into(), 0.0.into()),
        "referral → triage"
    );
    assert_eq!(
        interval(1),
        (2.into(), 2.0.into(), 2.0.into()),
        "triage → assessment"
    );
    assert_eq!(
        interval(2),
        (2.into(), 3.0.into(), 6.0.into()),
        "assessment → plan"
    );
    assert_eq!(
        interval(3),
        (2.into(), 56.0.into(), 56.0.into()),
        "plan → follow-up"
    );
    // A region with nobody in it.
    let none = json_at(
        &env,
        "2027-01-10 09:00",
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--region",
            "north",
        ],
    );
    assert_eq!(none["cases"], 0);
    // Without --exact every count from 1 to 4 is "<5", and what is computed from it is withheld.
    let o = json_at(
        &env,
        "2027-01-10 09:00",
        &[
            "report",
            "outcomes",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
        ],
    );
    assert_eq!(o["small_cells_suppressed"], true);
    assert_eq!(o["cases"], "<5");
    assert_eq!(count(&o["referral_sources"], "primary-care"), "<5");
    assert_eq!(count(&o["referral_sources"], "kela"), 0);
    assert_eq!(
        o["usefulness_at_follow_up"],
        serde_json::json!({"n": "<5", "mean": null})
    );
    assert_eq!(
        o["days_between_phases"][0]["median_days"],
        serde_json::Value::Null
    );
}

#[test]
fn an_empty_register_reports_n_zero() {
    let env = TestEnv::new();
    env.ok(&["directory", "list"]);
    let o = json_at(&env, "2026-11-23 09:00", &["report", "outcomes"]);
    assert_eq!(o["cases"], 0);
    assert_eq!(o["usefulness"], serde_json::json!({"n": 0, "mean": null}));
    assert_eq!(
        o["referral_sources"]["counts"][0]["percent"],
        serde_json::Value::Null
    );
    assert_eq!(o["kela_hours"]["clients_per_hour"], serde_json::Value::Null);
    let table = env.ok(&["report", "outcomes"]);
    assert!(table.contains("usefulness"), "{table}");
    let csv = env.ok(&["report", "outcomes", "--format", "csv"]);
    assert!(csv.starts_with("figure,key,value,n\n"), "{csv}");
}

/// name, identity code, phone, phone digits
type ClientRow = (String, Option<String>, Option<String>, Option<String>);

/// Every identifying value of every client in the register.
fn identifiers(env: &TestEnv) -> Vec<String> {
    let rows: Vec<ClientRow> =
        env.query("SELECT name, hetu, phone, phone_digits FROM clients", &[]);
    let mut out = Vec::new();
    for (name, hetu, phone, digits) in rows {
        out.extend(
            name.split([' ', '-'])
                .filter(|p| p.len() >= 3)
                .map(str::to_lowercase),
        );
        out.extend(hetu.into_iter().map(|h| h.to_lowercase()));
        out.extend(phone.into_iter().map(|p| p.to_lowercase()));
        out.extend(digits);
    }
    out
}

#[test]
fn the_weekly_export_is_deterministic_and_anonymous_in_every_format() {
    let env = TestEnv::new();
    known_register(&env);
    // A collaboration-team case with its description on the agenda of week 48.
    let team = env.refer(
        "Väinö Verkostonen",
        &[
            "--referrer-unit",
            "Adult social work",
            "--phone",
            "040 555 0133",
            "--on",
            "2026-11-16",
        ],
    );
    let now = "2026-11-17 09:00";
    env.ok_at(
        now,
        &[
            "consent",
            "give",
            &team,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
    );
    env.ok_at(
        now,
        &[
            "triage",
            &team,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "adult clinic",
        ],
    );
    env.ok_at(
        now,
        &[
            "plan",
            "describe",
            &team,
            "--text",
            "Asiakas tarvitsee tukea asumiseen ja terveyteen.",
        ],
    );
    env.ok_at(
        now,
        &[
            "schedule",
            "request",
            &team,
            "--approved-by",
            "Sirkka Esimies",
        ],
    );
    env.ok_at(
        now,
        &[
            "schedule",
            "answer",
            &team,
            "--unit",
            "adult clinic",
            "--worker",
            "Pekka Hoitaja",
        ],
    );
    let ids = identifiers(&env);
    let disclosures = || env.count("SELECT count(*) FROM disclosure_log");
    let before = disclosures();
    let at = "2026-11-20 09:00";
    let mut outputs = Vec::new();
    for format in [
        vec!["--format", "md"],
        vec!["--format", "csv"],
        vec!["--format", "csv", "--excel"],
        vec!["--format", "json"],
    ] {
        let mut args = vec![
            "report",
            "weekly",
            "--week",
            "2026-W48",
            "--to",
            "Yhteistyö-tiimi",
        ];
        args.extend(format.iter().copied());
        let first = env.ok_at(at, &args);
        let second = env.ok_at(at, &args);
        assert_eq!(first, second, "{format:?} is byte-identical");
        outputs.push((format!("{format:?}"), first));
    }
    let json: serde_json::Value = serde_json::from_str(&outputs[3].1).expect("json");
    // The export names the timeline's head as audit verify finds it (the stored head: the whole
    // walk is audit verify's).
    let verified: serde_json::Value =
        serde_json::from_str(&env.ok_at(at, &["--json", "audit", "verify"])).expect("json");
    let events = verified["logs"]
        .as_array()
        .expect("logs")
        .iter()
        .find(|l| l["log"] == "events")
        .expect("the timeline");
    let register = &json["sections"]["register"][0];
    assert_eq!(register["head"], events["head"], "{register} / {events}");
    // On a server a coordinator walks their team's rows `of` the whole chain.
    let whole = events.get("of").unwrap_or(&events["rows"]);
    assert_eq!(&register["rows"], whole, "{register} / {events}");
    let key = json["sections"]["team_agenda"][0]["client"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        key.len() == 12 && key.chars().all(|c| c.is_ascii_hexdigit()),
        "a pseudonymous client key: {key}"
    );
    let secret_rows = env
        .count("SELECT count(*) FROM meta WHERE key = 'pseudonym_secret' AND length(value) = 64");
    assert_eq!(
        secret_rows, 1,
        "the key is an HMAC under the register's own secret"
    );
    let md = &outputs[0].1;
    assert!(
        md.contains(&team)
            && md.contains("Asiakas tarvitsee tukea")
            && md.contains("adult clinic: Pekka Hoitaja"),
        "{md}"
    );
    assert!(
        outputs[2].1.starts_with('\u{feff}') && outputs[2].1.contains("section;row;field;value"),
        "excel dialect"
    );
    let xlsx_path = env.dir.path().join("weekly.xlsx");
    let xlsx_again = env.dir.path().join("weekly-2.xlsx");
    for path in [&xlsx_path, &xlsx_again] {
        env.ok_at(
            at,
            &[
                "report",
                "weekly",
                "--week",
                "2026-W48",
                "--to",
                "Yhteistyö-tiimi",
                "--format",
                "xlsx",
                "--out",
                path.to_str().expect("path"),
            ],
        );
    }
    let bytes = std::fs::read(&xlsx_path).expect("xlsx");
    assert_eq!(
        bytes,
        std::fs::read(&xlsx_again).expect("xlsx"),
        "xlsx is byte-identical"
    );
    use calamine::{Reader, Xlsx};
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .expect("an independent reader opens it");
    let sheets = workbook.sheet_names().to_vec();
    assert_eq!(
        sheets,
        [
            "team_agenda",
            "units_not_answered",
            "team_units_late",
            "meetings",
            "consents_and_forms",
            "new_referrals",
            "follow_ups",
            "withheld",
            "register"
        ]
    );
    let mut cells = String::new();
    for sheet in &sheets {
        let range = workbook.worksheet_range(sheet).expect("sheet");
        for row in range.rows() {
            for cell in row {
                cells.push_str(&cell.to_string());
                cells.push('\n');
            }
        }
    }
    assert!(cells.contains(&team), "{cells}");
    outputs.push(("xlsx".to_string(), cells));
    for (format, text) in &outputs {
        let lower = text.to_lowercase();
        for id in &ids {
            assert!(!lower.contains(id.as_str()), "{format} leaks {id}");
        }
    }
    assert_eq!(disclosures() - before, 10, "one disclosure row per export");
    let row: (String, String) = env.one(
        "SELECT what, cases FROM disclosure_log ORDER BY id DESC LIMIT 1",
        &[],
    );
    assert_eq!(row.0, "weekly report 2026-W48 (xlsx)");
    assert!(row.1.contains(&team), "{}", row.1);
    let run = env.run_at(at, &["report", "weekly", "--week", "2026-W48"]);
    assert_eq!(run.code, 2, "--to is required: {run:?}");
}

#[test]
fn the_work_list_and_the_audit_commands() {
    let env = TestEnv::new();
    let (_, b, _) = known_register(&env);
    let queue = json_at(&env, "2027-01-25 09:00", &["report", "queue"]);
    let due: Vec<&str> = queue["sections"]["follow_ups_due"]
        .as_array()
        .expect("due")
        .iter()
        .map(|r| r["case"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        due,
        [b.as_str()],
        "B's next follow-up is due 30.1.; A was closed"
    );
    let access = json_at(&env, "2026-12-30 09:00", &["audit", "access", &b]);
    let commands: Vec<&str> = access["access"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["command"].as_str().unwrap_or(""))
        .collect();
    assert!(
        commands.starts_with(&[
            "refer",
            "consent give",
            "consent give",
            "triage",
            "schedule"
        ]),
        "{commands:?}"
    );
    assert!(
        commands.contains(&"report queue"),
        "the work list is an access too: {commands:?}"
    );
    let disclosures = json_at(&env, "2026-12-30 09:00", &["audit", "disclosures"]);
    assert_eq!(disclosures["disclosures"].as_array().map(Vec::len), Some(0));
}

/// The report reads its period a month or 2,000 cases at a time (`store::outcomes::pieces`):
/// cases on days across ten months, two on one day and one on the period's last day, each
/// counted once, in its region, under its source.
#[test]
fn a_long_period_is_read_in_pieces_and_counts_every_case_once() {
    let env = TestEnv::new();
    let referrals = [
        ("2026-01-05", "primary-care", "north"),
        ("2026-01-05", "social-services", "north"),
        ("2026-02-10", "primary-care", "south"),
        ("2026-04-01", "primary-care", "north"),
        ("2026-04-02", "social-services", "south"),
        ("2026-07-15", "primary-care", "north"),
        ("2026-11-02", "social-services", "north"),
    ];
    let mut cases = Vec::new();
    for (i, (on, source, region)) in referrals.iter().enumerate() {
        let name = format!(
            "Asiakas {}",
            [
                "Yksi",
                "Kaksi",
                "Kolme",
                "Neljä",
                "Viisi",
                "Kuusi",
                "Seitsemän"
            ][i]
        );
        let flags = ["--on", on, "--source", source, "--region", region];
        cases.push(env.refer(&name, &flags));
    }
    for case in [&cases[0], &cases[3], &cases[6]] {
        env.ok(&[
            "triage",
            case,
            "--decision",
            "decline",
            "--kela-screen",
            "no",
            "--reason",
            "one service only",
        ]);
    }
    let report = |args: &[&str]| {
        let mut all = vec!["report", "outcomes", "--exact"];
        all.extend_from_slice(args);
        json_at(&env, "2026-11-23 10:00", &all)
    };
    let o = report(&["--from", "2026-01-01", "--until", "2026-11-02"]);
    assert_eq!(o["cases"], 7);
    assert_eq!(
        o["funnel"][1],
        serde_json::json!({"key": "triaged", "count": 3, "percent": 42.9})
    );
    assert_eq!(count(&o["referral_sources"], "primary-care"), 4);
    assert_eq!(count(&o["referral_sources"], "social-services"), 3);
    let by = report(&[
        "--from",
        "2026-01-01",
        "--until",
        "2026-11-02",
        "--by",
        "region",
    ]);
    let groups: Vec<(String, u64)> = by["breakdown"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| {
            let key = g["key"].as_str().expect("key").to_string();
            (key, g["outcomes"]["cases"].as_u64().expect("cases"))
        })
        .collect();
    assert_eq!(groups, [("north".to_string(), 5), ("south".to_string(), 2)]);
    let north = report(&[
        "--from",
        "2026-01-01",
        "--until",
        "2026-11-02",
        "--region",
        "north",
    ]);
    assert_eq!(north["cases"], 5);
    assert_eq!(north["funnel"][1]["count"], 3);
    // Both ends of a period count: 1 February to 1 April holds the cases of 10 February and 1 April.
    let part = report(&["--from", "2026-02-01", "--until", "2026-04-01"]);
    assert_eq!(part["cases"], 2);
    assert_eq!(count(&part["referral_sources"], "primary-care"), 2);
}
