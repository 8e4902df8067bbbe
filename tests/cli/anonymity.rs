//! The team exports are anonymous against a determined mistake: the description's check catches
//! disguised names, accepts an ordinary word only when asked (and records it), and a free-text
//! field that identifies the client at export time is withheld, not exported. CSV text cells
//! cannot start a formula.

use crate::common::TestEnv;

fn team_case(env: &TestEnv, referrer_unit: &str) -> String {
    let team = env.refer(
        "Väinö Kivinen",
        &["--referrer-unit", referrer_unit, "--on", "2026-11-16"],
    );
    let now = "2026-11-17 09:00";
    for args in [
        vec![
            "consent",
            "give",
            &team,
            "--kind",
            "multi-professional",
            "--method",
            "oral",
        ],
        vec![
            "triage",
            &team,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "adult clinic",
        ],
    ] {
        env.ok_at(now, &args);
    }
    team
}

#[test]
fn an_ordinary_word_that_is_the_name_is_accepted_only_when_asked_and_recorded() {
    let env = TestEnv::new();
    let case = team_case(&env, "Adult social work");
    let text = "Liikkuminen: kivinen maasto on vaikea.";
    let now = "2026-11-17 09:00";
    env.refused_and_logged(
        now,
        &["plan", "describe", &case, "--text", text],
        2,
        "--accept-word kivinen",
    );
    env.refused_and_logged(
        now,
        &[
            "plan",
            "describe",
            &case,
            "--text",
            "K i v i n e n asuu yksin",
        ],
        2,
        "name",
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM access_log a JOIN log_texts t
                   ON t.log = 'access_log' AND t.row_id = a.id
                   WHERE command = 'plan describe' AND action = 'view'
                   AND case_id = '{case}' AND t.body = 'leak check'"
        )),
        2
    );
    env.ok_at(
        now,
        &[
            "plan",
            "describe",
            &case,
            "--text",
            text,
            "--accept-word",
            "kivinen",
        ],
    );
    // Recorded on the timeline (as erasable text: the accepted word is the client's name).
    let shown = env.run(&["--json", "show", &case]).json();
    let saved = shown["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .find(|e| e["kind"] == "description-saved")
        .expect("the description-saved event")
        .clone();
    assert_eq!(
        saved["detail"]["accepted_words"],
        serde_json::json!(["kivinen"])
    );
}

#[test]
fn an_identifying_field_is_withheld_in_the_weekly_export_and_csv_cells_are_inert() {
    let env = TestEnv::new();
    let case = team_case(&env, "=Kivinen family, Kauppakatu 3");
    let now = "2026-11-17 09:00";
    env.ok_at(now, &["plan", "describe", &case, "--text=-tukea asumiseen"]);
    env.ok_at(
        now,
        &[
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Sirkka Esimies",
        ],
    );
    env.ok_at(
        now,
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
    let args = [
        "report",
        "weekly",
        "--week",
        "2026-W48",
        "--to-whom",
        "team",
    ];
    let mut json_args = vec!["--json"];
    json_args.extend(args);
    json_args.extend(["--format", "json"]);
    let json = env.ok_at(
        "2026-11-20 09:00",
        &args
            .iter()
            .copied()
            .chain(["--format", "json"])
            .collect::<Vec<_>>(),
    );
    assert!(
        !json.contains("Kivinen") && !json.contains("Kauppakatu"),
        "{json}"
    );
    assert!(json.contains("\"withheld\""), "{json}");
    let csv = env.ok_at(
        "2026-11-20 09:00",
        &args
            .iter()
            .copied()
            .chain(["--format", "csv"])
            .collect::<Vec<_>>(),
    );
    assert!(!csv.contains("Kivinen"), "{csv}");
    assert!(csv.contains(",'-tukea asumiseen"), "{csv}");
}
