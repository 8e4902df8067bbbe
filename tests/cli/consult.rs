//! Anonymous professional consultations (`moty consult`, `moty report consultations`): a
//! consultation names no client; every bad flag is refused naming the field with nothing
//! written; it is linked once to the case it led to, on the case's timeline; its rows are
//! append-only and tamper-evident; the figures per week and per unit hide small counts.

use crate::common::TestEnv;

const NOW: &str = "2026-11-23 10:00";

/// A consultation with every required flag; `extra` adds flags or overrides them. Returns its id.
fn consult(env: &TestEnv, now: &str, extra: &[&str]) -> String {
    let defaults = [
        ("--channel", "phone"),
        ("--unit", "reception-services"),
        (
            "--topic",
            "Repeated visits without a clear reason; coping at home unclear",
        ),
        (
            "--advice",
            "A referral through yht405 with the client's written consent",
        ),
        ("--referral-expected", "maybe"),
    ];
    let mut args = vec!["--json", "consult"];
    for (flag, value) in defaults {
        if !extra.contains(&flag) {
            args.extend([flag, value]);
        }
    }
    args.extend_from_slice(extra);
    let run = env.run_at(now, &args);
    assert_eq!(run.code, 0, "consult failed: {run:?}");
    run.json()["consultation"]["id"].to_string()
}

fn base<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "consult",
        "--channel",
        "phone",
        "--unit",
        "reception-services",
        "--topic",
        "Repeated visits",
        "--advice",
        "Refer",
        "--referral-expected",
        "no",
    ];
    for pair in extra.chunks(2) {
        match args.iter().position(|a| *a == pair[0]) {
            Some(at) if pair.len() == 2 => args[at + 1] = pair[1],
            _ => args.extend_from_slice(pair),
        }
    }
    args
}

#[test]
fn a_consultation_is_recorded_without_a_client_from_the_clock_and_the_catalogue() {
    let env = TestEnv::new();
    env.refer("Kalle Konsultoitu", &[]);
    let run = env.run_at(
        "2026-11-23 09:20",
        &[
            "--json",
            "consult",
            "--channel",
            "teams",
            "--unit",
            "Vastaanottopalvelut",
            "--topic",
            "Working-age man, several unplanned visits; finances and housing unclear",
            "--advice",
            "Ask for written consent and a contact request; refer through yht405",
            "--referral-expected",
            "yes",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let c = &run.json()["consultation"];
    // The time comes from the clock; the unit typed in Finnish resolves to its code and area.
    assert_eq!(c["at"], "2026-11-23 09:20");
    assert_eq!(c["unit"], "reception-services");
    assert_eq!(c["area"], "health-medical");
    assert_eq!(c["channel"], "teams");
    assert_eq!(c["referral_expected"], "yes");
    assert_eq!(c["link"], serde_json::Value::Null);
    assert_eq!(c["hash"].as_str().map(str::len), Some(64));
    // One row, in no case; no timeline entry, no access-log row (no client was shown).
    assert_eq!(env.count("SELECT count(*) FROM consultations"), 1);
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'consultation-linked'"),
        0
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command LIKE 'consult%'"),
        0
    );
    // The text typed maps to the unit, as a referral's unit does.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM unit_names WHERE name = 'vastaanottopalvelut'
             AND unit = 'reception-services'"
        ),
        1
    );
    // The receipt for people says how to link it later.
    let text = env.ok_at(NOW, &base(&[]));
    assert!(text.contains("Recorded consultation 2"), "{text}");
    assert!(text.contains("moty consult link 2 CASE"), "{text}");
}

#[test]
fn every_bad_flag_is_refused_naming_the_field_and_nothing_is_written() {
    let env = TestEnv::new();
    let case = env.refer("Ville Virheellinen", &["--on", "2026-11-20"]);
    let id = consult(&env, "2026-11-19 09:30", &[]);
    let long = "x".repeat(2001);
    let refused: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            base(&["--at", "tomorrow"]),
            2,
            "--at: 'tomorrow' is not a time",
        ),
        (
            base(&["--at", "2026-11-23 10:01"]),
            2,
            "--at: 2026-11-23 10:01 is later than now",
        ),
        (base(&["--at", "2026-03-29 03:30"]), 2, "--at"),
        (base(&["--channel", "fax"]), 2, "--channel"),
        (base(&["--channel", "yht405"]), 2, "--channel"),
        (
            base(&["--unit", "Nowhere clinic"]),
            2,
            "--unit: 'Nowhere clinic' is not a unit",
        ),
        (base(&["--unit", ""]), 2, "--unit: must not be empty"),
        (base(&["--topic", ""]), 2, "--topic: must not be empty"),
        (base(&["--topic", &long]), 2, "--topic"),
        (base(&["--advice", &long]), 2, "--advice"),
        (
            base(&["--topic", "Client 131052-308T calls often"]),
            2,
            "--topic: holds an identity code",
        ),
        (
            base(&["--topic", "code 131052308T"]),
            2,
            "--topic: holds an identity code",
        ),
        (
            base(&["--topic", "call her on 040 555 0199"]),
            2,
            "--topic: holds a phone number",
        ),
        (
            base(&["--topic", "+358 40 555 0199"]),
            2,
            "--topic: holds a phone number",
        ),
        (
            base(&["--advice", "write to ville.v@example.fi"]),
            2,
            "--advice: holds an e-mail address",
        ),
        (
            base(&["--topic", "bell\u{7}"]),
            2,
            "--topic: contains the control character",
        ),
        (
            base(&["--referral-expected", "perhaps"]),
            2,
            "--referral-expected",
        ),
        (
            vec!["consult", "--channel", "phone"],
            2,
            "--unit, --topic, --advice, --referral-expected",
        ),
        (vec!["consult", "list", "--from", "soon"], 2, "--from"),
        (
            vec!["consult", "list", "--until", "2026-13-01"],
            2,
            "--until",
        ),
        (
            vec![
                "consult",
                "list",
                "--from",
                "2026-11-20",
                "--until",
                "2026-11-01",
            ],
            2,
            "--until: the last day is before the first",
        ),
        (
            vec!["consult", "link", "one", &case],
            2,
            "ID: 'one' is not a consultation number",
        ),
        (
            vec!["consult", "link", "0", &case],
            2,
            "ID: '0' is not a consultation number",
        ),
        (
            vec!["consult", "link", "99", &case],
            2,
            "ID: there is no consultation 99",
        ),
        (vec!["consult", "link", &id, "2026-x"], 2, "CASE"),
        (vec!["consult", "link", &id, "2026-0099"], 3, "2026-0099"),
        (vec!["consult", "link", &id], 2, "CASE"),
        (
            vec![
                "refer",
                "--name",
                "Uusi Asiakas",
                "--group",
                "working-age",
                "--source",
                "primary-care",
                "--channel",
                "yht405",
                "--reason",
                "needs",
                "--consultation",
                "x",
            ],
            2,
            "--consultation: 'x' is not a consultation number",
        ),
        (
            vec![
                "refer",
                "--name",
                "Uusi Asiakas",
                "--group",
                "working-age",
                "--source",
                "primary-care",
                "--channel",
                "yht405",
                "--reason",
                "needs",
                "--consultation",
                "42",
            ],
            2,
            "--consultation: there is no consultation 42",
        ),
        (
            vec!["report", "consultations", "--format", "xml"],
            2,
            "--format",
        ),
        (
            vec!["report", "consultations", "--from", "1.13.2026"],
            2,
            "--from",
        ),
        (
            vec![
                "report",
                "consultations",
                "--from",
                "2026-11-20",
                "--until",
                "2026-11-19",
            ],
            2,
            "--until: the last day is before the first",
        ),
    ];
    for (args, code, says) in refused {
        env.refused_at(NOW, &args, code, says);
    }
    // An inactive unit is refused too, naming the flag.
    env.ok_at(NOW, &["settings", "units", "deactivate", "ward"]);
    env.refused_at(NOW, &base(&["--unit", "ward"]), 2, "--unit");
    // A consultation later than the referral did not lead to it.
    let later = consult(&env, "2026-11-21 09:10", &[]);
    env.refused_at(
        NOW,
        &["consult", "link", &later, &case],
        4,
        "is later than the referral of case",
    );
    // Linked once, and for good.
    env.ok_at(NOW, &["consult", "link", &id, &case]);
    env.refused_at(
        NOW,
        &["consult", "link", &id, &case],
        4,
        "was already linked to case",
    );
    let other = env.refer("Olli Toinen", &["--on", "2026-11-22"]);
    env.refused_at(
        NOW,
        &["consult", "link", &id, &other],
        4,
        "was already linked to case",
    );
    env.refused_at(
        NOW,
        &[
            "refer",
            "--name",
            "Uusi Asiakas",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "needs",
            "--consultation",
            &id,
        ],
        4,
        "was already linked",
    );
}

#[test]
fn a_withdrawn_consent_or_a_purged_case_takes_no_link() {
    let env = TestEnv::new();
    let case = env.refer("Wilma Peruuttaja", &["--on", "2026-11-20"]);
    let first = consult(&env, "2026-11-19 09:30", &[]);
    let second = consult(&env, "2026-11-19 09:40", &[]);
    for step in [
        vec![
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "written",
            "--on",
            "2026-11-20",
        ],
        vec![
            "consent",
            "withdraw",
            &case,
            "--kind",
            "multi-professional",
            "--on",
            "2026-11-21",
        ],
    ] {
        env.ok_at(NOW, &step);
    }
    env.refused_at(NOW, &["consult", "link", &first, &case], 4, "2026-11-21");
    env.ok_at(NOW, &["close", &case, "--reason", "consent-withdrawn"]);
    env.ok_at(NOW, &["purge", &case, "--reason", "wrong-person"]);
    env.refused_at(NOW, &["consult", "link", &second, &case], 4, "was purged");
    assert_eq!(env.count("SELECT count(*) FROM consultation_links"), 0);
}

#[test]
fn a_link_is_on_the_timeline_and_a_list_showing_it_logs_a_view_of_the_case() {
    let env = TestEnv::new();
    let id = consult(&env, "2026-11-16 09:15", &["--channel", "chat"]);
    let case = env.refer(
        "Lotta Linkitetty",
        &["--on", "2026-11-18", "--consultation", &id],
    );
    // One link row, one timeline entry holding the consultation's hash, the same case.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM consultation_links l JOIN consultations c ON c.id = l.consultation_id
             JOIN events e ON e.id = l.event_id
             WHERE l.case_id = '{case}' AND e.case_id = '{case}' AND e.kind = 'consultation-linked'
               AND json_extract(e.detail, '$.consultation_hash') = c.hash
               AND e.effective_on = '2026-11-18'"
        )),
        1
    );
    let shown = env.ok_at(NOW, &["show", &case]);
    assert!(
        shown.contains("consultation linked: no. 1 of 2026-11-16 09:15 by chat"),
        "{shown}"
    );
    // Listing the consultations shows the case beside its topic: a view of that case, logged.
    let views = |env: &TestEnv| {
        env.count(&format!(
            "SELECT count(*) FROM access_log WHERE command = 'consult list' AND case_id = '{case}'"
        ))
    };
    assert_eq!(views(&env), 0);
    let listed = env
        .run_at(NOW, &["--json", "consult", "list", "--from", "2026-11-01"])
        .json();
    assert_eq!(listed["consultations"][0]["link"]["case"], case.as_str());
    assert_eq!(
        listed["consultations"][0]["link"]["linked_on"],
        "2026-11-18"
    );
    assert_eq!(views(&env), 1);
    // A list of unlinked consultations shows no case and logs nothing.
    consult(&env, "2026-11-23 09:05", &[]);
    env.ok_at(NOW, &["consult", "list", "--from", "2026-11-20"]);
    assert_eq!(views(&env), 1);
    let empty = env.ok_at(
        NOW,
        &[
            "consult",
            "list",
            "--from",
            "2026-01-01",
            "--until",
            "2026-01-31",
        ],
    );
    assert!(
        empty.contains("No consultations from 2026-01-01 to 2026-01-31"),
        "{empty}"
    );
}

#[test]
fn consultations_are_append_only_and_an_edit_outside_moty_is_found() {
    let env = TestEnv::new();
    let case = env.refer("Tuure Tarkastettu", &["--on", "2026-11-20"]);
    let id = consult(&env, "2026-11-19 09:30", &[]);
    consult(&env, "2026-11-19 09:45", &["--channel", "teams"]);
    env.ok_at(NOW, &["consult", "link", &id, &case]);
    env.ok_at(NOW, &["audit", "verify"]);
    let conn = crate::common::open(&env.db).expect("open");
    for sql in [
        "UPDATE consultations SET topic = 'changed' WHERE id = 1",
        "DELETE FROM consultations WHERE id = 2",
        "UPDATE consultation_links SET case_id = case_id",
        "DELETE FROM consultation_links",
    ] {
        let error = conn.execute_batch(sql).expect_err(sql);
        assert!(
            error.to_string().contains("append-only") || error.to_string().contains("once"),
            "{sql}: {error}"
        );
    }
    // Someone who drops the triggers and edits a topic is found by audit verify.
    conn.execute_batch(
        "DROP TRIGGER consultations_no_update;
         UPDATE consultations SET topic = 'something else' WHERE id = 2;",
    )
    .expect("tamper");
    drop(conn);
    let run = env.run_at(NOW, &["--json", "audit", "verify"]);
    assert_eq!(run.code, 4, "{run:?}");
    let records = run.json()["logs"]
        .as_array()
        .expect("logs")
        .iter()
        .find(|l| l["log"] == "records")
        .cloned()
        .expect("records");
    assert!(
        records["problem"]
            .as_str()
            .is_some_and(|p| p.contains("consultation 2 no longer matches its hash")),
        "{records}"
    );
    // doctor names the dropped trigger.
    let doctor = env.run_at(NOW, &["doctor"]);
    assert!(
        doctor.stdout.contains("consultations_no_update"),
        "{doctor:?}"
    );
}

#[test]
fn a_link_row_moved_to_another_case_is_found() {
    let env = TestEnv::new();
    let case = env.refer("Aino Alkuperäinen", &["--on", "2026-11-20"]);
    let other = env.refer("Olavi Muu", &["--on", "2026-11-20"]);
    let id = consult(&env, "2026-11-19 09:30", &[]);
    env.ok_at(NOW, &["consult", "link", &id, &case]);
    let conn = crate::common::open(&env.db).expect("open");
    conn.execute_batch(&format!(
        "DROP TRIGGER consultation_links_no_update;
         UPDATE consultation_links SET case_id = '{other}';"
    ))
    .expect("tamper");
    drop(conn);
    let run = env.run_at(NOW, &["audit", "verify"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stdout
            .contains(&format!("consultation 1 (link to {other})")),
        "{run:?}"
    );
}

#[test]
fn the_report_counts_per_week_and_per_unit_and_hides_small_counts() {
    let env = TestEnv::new();
    // Week 47 (16–22.11.2026): six from reception services by phone, two from adult social work
    // by Teams; week 48: one by chat from the family centre.
    for minute in 0..6 {
        let at = format!("2026-11-1{} 09:{:02}", 6 + minute % 3, minute * 5);
        consult(&env, &at, &["--referral-expected", "no"]);
    }
    for day in ["2026-11-18 09:10", "2026-11-20 09:40"] {
        consult(
            &env,
            day,
            &["--unit", "adult-social-work", "--channel", "teams"],
        );
    }
    let late = consult(
        &env,
        "2026-11-23 09:05",
        &[
            "--unit",
            "Perhekeskus",
            "--channel",
            "chat",
            "--referral-expected",
            "yes",
        ],
    );
    let case = env.refer("Riikka Raportoitu", &["--on", "2026-11-23"]);
    env.ok_at(NOW, &["consult", "link", &late, &case]);
    let args = [
        "--json",
        "report",
        "consultations",
        "--from",
        "2026-11-16",
        "--until",
        "2026-11-29",
    ];
    let exact = {
        let mut a = args.to_vec();
        a.push("--exact");
        env.run_at(NOW, &a).json()
    };
    let keyed =
        |d: &serde_json::Value, figure: &str, key: &str| -> Vec<(String, serde_json::Value)> {
            d[figure]
                .as_array()
                .expect(figure)
                .iter()
                .map(|c| {
                    (
                        c[key].as_str().unwrap_or("").to_string(),
                        c["count"].clone(),
                    )
                })
                .collect()
        };
    let pairs = |p: &[(&str, serde_json::Value)]| -> Vec<(String, serde_json::Value)> {
        p.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    };
    assert_eq!(exact["consultations"], 9);
    assert_eq!(exact["small_cells_suppressed"], false);
    assert_eq!(
        keyed(&exact, "per_week", "key"),
        pairs(&[("2026-W47", 8.into()), ("2026-W48", 1.into())])
    );
    assert_eq!(
        keyed(&exact, "per_unit", "unit"),
        pairs(&[
            ("family-centre", 1.into()),
            ("adult-social-work", 2.into()),
            ("reception-services", 6.into()),
        ])
    );
    assert_eq!(exact["per_unit"][0]["area"], "family-social");
    assert_eq!(
        keyed(&exact, "linked_to_case", "key"),
        pairs(&[("linked", 1.into()), ("not-linked", 8.into())])
    );
    // Anonymous by default: 1–4 as "<5", and where one small count could be worked out from the
    // total, the next smallest as "x".
    let shown = env.run_at(NOW, &args).json();
    assert_eq!(shown["small_cells_suppressed"], true);
    assert_eq!(shown["consultations"], 9);
    assert_eq!(
        keyed(&shown, "per_week", "key"),
        pairs(&[("2026-W47", "x".into()), ("2026-W48", "<5".into())])
    );
    assert_eq!(
        keyed(&shown, "per_unit", "unit"),
        pairs(&[
            ("family-centre", "<5".into()),
            ("adult-social-work", "<5".into()),
            ("reception-services", 6.into()),
        ])
    );
    assert_eq!(
        keyed(&shown, "per_channel", "key"),
        pairs(&[
            ("phone", 6.into()),
            ("teams", "<5".into()),
            ("chat", "<5".into()),
            ("e-mail", 0.into()),
            ("on-site", 0.into()),
        ])
    );
    // CSV and the table say the same.
    let csv = env.ok_at(
        NOW,
        &[
            "report",
            "consultations",
            "--from",
            "2026-11-16",
            "--until",
            "2026-11-29",
            "--format",
            "csv",
        ],
    );
    assert!(
        csv.starts_with("figure,key,count\nconsultations,all,9\n"),
        "{csv}"
    );
    assert!(csv.contains("per_week,2026-W48,<5\n"), "{csv}");
    assert!(csv.contains("per_unit,reception-services,6\n"), "{csv}");
    let table = env.ok_at(
        NOW,
        &[
            "report",
            "consultations",
            "--from",
            "2026-11-16",
            "--until",
            "2026-11-29",
        ],
    );
    assert!(
        table.contains("Consultations 2026-11-16 – 2026-11-29"),
        "{table}"
    );
    assert!(table.contains("reception services"), "{table}");
    assert!(
        table.contains("Counts from 1 to 4 are shown as <5"),
        "{table}"
    );
    // The report names no case and no text typed.
    for doc in [&exact, &shown] {
        let text = doc.to_string();
        assert!(
            !text.contains(&case) && !text.contains("Repeated visits"),
            "{text}"
        );
    }
}
