//! The data protection officer's tools: one user's look-ups, the anomaly report, the retention
//! schedule with `purge --due`, and the logs exported for the supervisory authority.

use crate::common::{TestEnv, NOW};

/// Refers a client at `now` (Helsinki time) and returns the case id.
fn refer_at(env: &TestEnv, now: &str, name: &str) -> String {
    let out = env.ok_at(
        now,
        &[
            "--json",
            "refer",
            "--name",
            name,
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "several overlapping needs",
        ],
    );
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    doc["case"].as_str().expect("case").to_string()
}

fn json_at(env: &TestEnv, now: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.ok_at(now, &all)).expect("json")
}

#[test]
fn audit_access_by_lists_one_users_rows_in_the_period_and_is_itself_logged() {
    let env = TestEnv::new();
    let a = refer_at(&env, "2026-11-02 09:00", "Aino Aalto");
    env.ok_at("2026-11-03 10:00", &["--as", "coordinator-b", "show", &a]);
    env.ok_at(
        "2026-11-05 10:00",
        &[
            "--as",
            "coordinator-b",
            "show",
            &a,
            "--reason",
            "phone call",
        ],
    );
    let all = json_at(&env, NOW, &["audit", "access", "--by", "coordinator-b"]);
    let rows = all["access"].as_array().expect("rows");
    assert_eq!(rows.len(), 2, "{all}");
    assert_eq!(rows[1]["reason"], "phone call");
    assert_eq!(rows[1]["case"], a.as_str());
    assert!(rows.iter().all(|r| r["actor"] == "coordinator-b"));
    assert!(rows[0]["os_user"].is_string() || rows[0]["os_user"].is_null());
    let period = json_at(
        &env,
        NOW,
        &[
            "audit",
            "access",
            "--by",
            "coordinator-b",
            "--from",
            "2026-11-03",
            "--until",
            "2026-11-04",
        ],
    );
    assert_eq!(period["access"].as_array().map(Vec::len), Some(1));
    assert_eq!(period["access"][0]["at"], "2026-11-03T08:00:00Z");
    // Each reading is one access-log row of its own, naming no client.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM access_log WHERE command = 'audit access --by' \
             AND action = 'view' AND client_id IS NULL AND actor = 'coordinator-a'"
        ),
        2
    );
    let table = env.ok(&["audit", "access", "--by", "coordinator-b"]);
    assert!(table.contains("phone call"), "{table}");
    // The per-case form is unchanged.
    let by_case = json_at(&env, NOW, &["audit", "access", &a]);
    assert_eq!(by_case["access"].as_array().map(Vec::len), Some(3));
}

#[test]
fn audit_access_needs_exactly_one_of_case_or_by_and_a_sane_period() {
    let env = TestEnv::new();
    let a = refer_at(&env, "2026-11-02 09:00", "Aino Aalto");
    env.refused_at(NOW, &["audit", "access"], 2, "--by");
    env.refused_at(NOW, &["audit", "access", &a, "--by", "x"], 2, "--by");
    env.refused_at(
        NOW,
        &["audit", "access", &a, "--from", "2026-11-01"],
        2,
        "--by",
    );
    env.refused_at(
        NOW,
        &[
            "audit",
            "access",
            "--by",
            "x",
            "--from",
            "2026-11-05",
            "--until",
            "2026-11-04",
        ],
        2,
        "--from",
    );
    env.refused_at(
        NOW,
        &["audit", "access", "--by", "x", "--until", "2026-13-01"],
        2,
        "--until",
    );
    env.refused_at(NOW, &["audit", "access", "--by", " "], 2, "--by");
}

/// Three clients referred by coordinator-a; coordinator-b looks at all of them on one day, a
/// colleague who is also a client looks herself up, coordinator-c finds cases in and after triage.
fn anomalous_register() -> (TestEnv, [String; 3]) {
    let env = TestEnv::new();
    let a = refer_at(&env, "2026-11-02 09:00", "Aino Aalto");
    let b = refer_at(&env, "2026-11-02 09:10", "Bertta Berg");
    let c = refer_at(&env, "2026-11-02 09:20", "Ville Virtänen");
    for case in [&a, &b, &c] {
        env.ok_at("2026-11-10 10:00", &["--as", "coordinator-b", "show", case]);
    }
    env.ok_at("2026-11-10 11:00", &["show", &a]);
    env.ok_at("2026-11-10 11:05", &["show", &a]);
    env.ok_at(
        "2026-11-10 12:00",
        &["--as", "ville virtanen", "find", "Berg"],
    );
    env.ok_at(
        "2026-11-11 09:00",
        &[
            "triage",
            &b,
            "--decision",
            "decline",
            "--kela-screen",
            "no",
            "--reason",
            "no need",
        ],
    );
    env.ok_at(
        "2026-11-12 10:00",
        &["--as", "coordinator-c", "find", "Berg"],
    );
    env.ok_at(
        "2026-11-12 10:05",
        &["--as", "coordinator-c", "find", "Aalto"],
    );
    (env, [a, b, c])
}

fn row(
    user: &str,
    day: &str,
    client: Option<i64>,
    case: Option<&str>,
    count: i64,
) -> serde_json::Value {
    serde_json::json!({ "user": user, "day": day, "client_id": client, "case": case, "count": count })
}

#[test]
fn the_anomaly_report_finds_volume_views_outside_cases_and_colleagues() {
    let (env, [a, b, c]) = anomalous_register();
    let before = env.count("SELECT count(*) FROM access_log");
    let doc = json_at(&env, NOW, &["audit", "anomalies", "--threshold", "2"]);
    assert_eq!(doc["threshold"], 2);
    assert_eq!(
        doc["many_clients"],
        serde_json::json!([row("coordinator-b", "2026-11-10", None, None, 3)])
    );
    assert_eq!(
        doc["outside_cases"],
        serde_json::json!([
            row("coordinator-b", "2026-11-10", Some(1), Some(&a), 1),
            row("coordinator-b", "2026-11-10", Some(2), Some(&b), 1),
            row("coordinator-b", "2026-11-10", Some(3), Some(&c), 1),
            row("coordinator-c", "2026-11-12", Some(2), Some(&b), 1),
        ])
    );
    assert_eq!(
        doc["colleagues"],
        serde_json::json!([row("coordinator-b", "2026-11-10", Some(3), Some(&c), 1)])
    );
    // No names: only ids.
    let text = doc.to_string();
    assert!(!text.contains("Aalto") && !text.contains("Berg") && !text.contains("Virt"));
    assert_eq!(env.count("SELECT count(*) FROM access_log"), before + 1);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM access_log WHERE command = 'audit anomalies' \
             AND action = 'view' AND client_id IS NULL"
        ),
        1
    );
    // The default threshold (30) finds no volume; a period from 11-11 keeps only coordinator-c.
    let later = json_at(&env, NOW, &["audit", "anomalies", "--from", "2026-11-11"]);
    assert_eq!(later["many_clients"], serde_json::json!([]));
    assert_eq!(
        later["outside_cases"],
        serde_json::json!([row("coordinator-c", "2026-11-12", Some(2), Some(&b), 1)])
    );
    assert_eq!(later["colleagues"], serde_json::json!([]));
    let table = env.ok(&["audit", "anomalies", "--threshold", "2"]);
    assert!(
        table.contains("coordinator-b") && !table.contains("Aalto"),
        "{table}"
    );
}

#[test]
fn the_anomaly_report_refuses_a_bad_threshold_or_period() {
    let env = TestEnv::new();
    refer_at(&env, "2026-11-02 09:00", "Aino Aalto");
    env.refused_at(
        NOW,
        &["audit", "anomalies", "--threshold", "0"],
        2,
        "--threshold",
    );
    env.refused_at(
        NOW,
        &["audit", "anomalies", "--threshold", "x"],
        2,
        "--threshold",
    );
    env.refused_at(
        NOW,
        &[
            "audit",
            "anomalies",
            "--from",
            "2026-11-20",
            "--until",
            "2026-11-19",
        ],
        2,
        "--from",
    );
    env.refused_at(
        NOW,
        &["audit", "anomalies", "--from", "yesterday"],
        2,
        "--from",
    );
}

#[test]
fn purge_due_follows_the_retention_setting() {
    let env = TestEnv::new();
    let old = refer_at(&env, "2025-05-01 09:00", "Vanha Asiakas");
    env.ok_at("2025-06-01 09:00", &["close", &old, "--reason", "declined"]);
    let recent = refer_at(&env, "2026-01-01 09:00", "Uusi Asiakas");
    env.ok_at(
        "2026-01-10 09:00",
        &["close", &recent, "--reason", "declined"],
    );
    env.refused_at(
        NOW,
        &["purge", "--due", "--reason", "retention"],
        4,
        "no retention period",
    );
    env.refused_at(
        NOW,
        &["settings", "retention", "--closed-cases-years", "-1"],
        2,
        "--closed-cases-years",
    );
    env.refused_at(
        NOW,
        &["settings", "retention", "--closed-cases-years", "101"],
        2,
        "--closed-cases-years",
    );
    env.refused_at(
        NOW,
        &["purge", &old, "--due", "--reason", "retention"],
        2,
        "--due",
    );
    let shown = json_at(&env, NOW, &["settings", "retention"]);
    assert_eq!(shown["closed_cases_years"], serde_json::Value::Null);
    let set = json_at(
        &env,
        NOW,
        &["settings", "retention", "--closed-cases-years", "1"],
    );
    assert_eq!(set["closed_cases_years"], 1);
    let done = json_at(&env, NOW, &["purge", "--due", "--reason", "retention"]);
    assert_eq!(done["purged"].as_array().map(Vec::len), Some(1), "{done}");
    assert_eq!(done["purged"][0]["case"], old.as_str());
    let nothing = json_at(&env, NOW, &["purge", "--due", "--reason", "retention"]);
    assert_eq!(nothing["purged"], serde_json::json!([]));
    // 0 clears the setting.
    env.ok(&["settings", "retention", "--closed-cases-years", "0"]);
    env.refused_at(
        NOW,
        &["purge", "--due", "--reason", "retention"],
        4,
        "no retention period",
    );
}

#[test]
fn the_access_log_export_is_a_private_file_recorded_as_a_disclosure() {
    let env = TestEnv::new();
    let a = refer_at(&env, "2026-11-02 09:00", "Aino Aalto");
    env.ok_at(
        "2026-11-03 10:00",
        &["show", &a, "--reason", "=HYPERLINK(\"x\")"],
    );
    env.ok_at("2026-11-20 10:00", &["show", &a]);
    let out = env.dir.path().join("access.csv");
    let said = env.ok(&[
        "audit",
        "export",
        "--log",
        "access",
        "--format",
        "csv",
        "--to-whom",
        "Tietosuojavaltuutettu",
        "--out",
        out.to_str().expect("utf-8 path"),
        "--until",
        "2026-11-10",
    ]);
    assert!(said.contains("2 rows"), "{said}");
    let csv = std::fs::read_to_string(&out).expect("export");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert_eq!(
        lines[0],
        "id,at,actor,os_user,clock_overridden,command,action,client_id,case,reason"
    );
    assert!(lines[2].ends_with("'=HYPERLINK(\"\"x\"\")\""), "{csv}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let log = json_at(&env, NOW, &["audit", "disclosures"]);
    let last = log["disclosures"]
        .as_array()
        .and_then(|d| d.last())
        .expect("row")
        .clone();
    assert_eq!(last["what"], "access log export (csv)");
    assert_eq!(last["recipient"], "Tietosuojavaltuutettu");
    assert_eq!(last["cases"], serde_json::json!([]));

    // The disclosure log as JSON carries the first export.
    let json_out = env.dir.path().join("disclosures.json");
    env.ok(&[
        "audit",
        "export",
        "--log",
        "disclosure",
        "--format",
        "json",
        "--to-whom",
        "TSV",
        "--out",
        json_out.to_str().expect("utf-8 path"),
    ]);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_out).expect("export")).expect("json");
    assert_eq!(doc["disclosure_log"][0]["what"], "access log export (csv)");
    // An existing file is not replaced without --force, and no disclosure is recorded.
    let disclosed = env.count("SELECT count(*) FROM disclosure_log");
    let again = env.run(&[
        "audit",
        "export",
        "--log",
        "disclosure",
        "--format",
        "json",
        "--to-whom",
        "TSV",
        "--out",
        json_out.to_str().expect("utf-8 path"),
    ]);
    assert_ne!(again.code, 0);
    assert_eq!(env.count("SELECT count(*) FROM disclosure_log"), disclosed);
    env.ok(&[
        "audit",
        "export",
        "--log",
        "disclosure",
        "--format",
        "json",
        "--to-whom",
        "TSV",
        "--out",
        json_out.to_str().expect("utf-8 path"),
        "--force",
    ]);
}

#[test]
fn a_bad_export_writes_nothing() {
    let env = TestEnv::new();
    refer_at(&env, "2026-11-02 09:00", "Aino Aalto");
    let out = env.dir.path().join("x.csv");
    let path = out.to_str().expect("utf-8 path");
    let base = [
        "audit", "export", "--log", "access", "--format", "csv", "--out", path,
    ];
    let with = |extra: &[&'static str]| {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        args
    };
    env.refused_at(NOW, &with(&["--to-whom", " "]), 2, "--to-whom");
    env.refused_at(NOW, &base, 2, "--to-whom");
    env.refused_at(
        NOW,
        &with(&[
            "--to-whom",
            "TSV",
            "--from",
            "2026-11-30",
            "--until",
            "2026-11-01",
        ]),
        2,
        "--from",
    );
    env.refused_at(
        NOW,
        &[
            "audit",
            "export",
            "--log",
            "events",
            "--format",
            "csv",
            "--to-whom",
            "TSV",
            "--out",
            path,
        ],
        2,
        "--log",
    );
    env.refused_at(
        NOW,
        &[
            "audit",
            "export",
            "--log",
            "access",
            "--format",
            "xml",
            "--to-whom",
            "TSV",
            "--out",
            path,
        ],
        2,
        "--format",
    );
    assert!(!out.exists());
}
