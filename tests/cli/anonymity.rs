//! The team exports are anonymous against a determined mistake: the description's check catches
//! disguised names, accepts an ordinary word only when asked (and records it), and a free-text
//! field that identifies the client at export time is withheld, not exported. CSV text cells
//! cannot start a formula.

use crate::common::TestEnv;

/// Unit texts no catalogue has, mapped to catalogue units by a coordinator, so they can be typed
/// as written before the catalogue existed: the export must still withhold what identifies.
fn map_units(env: &TestEnv, texts: &[(&str, &str)]) {
    for (text, unit) in texts {
        env.ok(&["settings", "units", "map", text, unit]);
    }
}

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
    map_units(
        &env,
        &[("=Kivinen family, Kauppakatu 3", "family-social-work")],
    );
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

/// The first data row's cell under `column` of an xlsx sheet, read back by an independent reader;
/// and that no cell of the workbook holds a formula.
fn xlsx_cell(path: &std::path::Path, sheet: &str, column: &str) -> calamine::Data {
    use calamine::{Reader, Xlsx};
    let mut workbook: Xlsx<_> = calamine::open_workbook(path).expect("an xlsx reader opens it");
    for name in workbook.sheet_names() {
        let formulas = workbook.worksheet_formula(&name).expect("formulas");
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{name} holds a formula"
        );
    }
    let range = workbook.worksheet_range(sheet).expect(sheet);
    let mut rows = range.rows();
    let header = rows.next().expect("header");
    let at = header
        .iter()
        .position(|h| *h == column)
        .unwrap_or_else(|| panic!("{sheet} has {column}"));
    rows.next().expect("a row")[at].clone()
}

/// A text cell of an xlsx sheet, which must be a string cell starting with `start`.
fn xlsx_text(path: &std::path::Path, sheet: &str, column: &str, start: &str) {
    match xlsx_cell(path, sheet, column) {
        calamine::Data::String(text) => {
            assert!(text.starts_with(start), "{sheet}.{column}: {text}")
        }
        other => panic!("{sheet}.{column} is not a string cell: {other:?}"),
    }
}

#[test]
fn identifying_units_and_schedules_are_withheld_and_listed_and_xlsx_cells_stay_text() {
    let env = TestEnv::new();
    map_units(
        &env,
        &[
            ("@team lead", "adult-social-work"),
            ("=adult clinic", "adult-clinic"),
            ("+housing services", "living-at-home-support"),
            ("Kivinen family clinic", "family-centre"),
        ],
    );
    let case = env.refer(
        "Väinö Kivinen",
        &["--referrer-unit", "@team lead", "--on", "2026-11-16"],
    );
    let now = "2026-11-17 09:00";
    env.ok_at(
        now,
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
        now,
        &[
            "triage",
            &case,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "=adult clinic",
            "--unit",
            "+housing services",
            "--unit",
            "Kivinen family clinic",
        ],
    );
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
            "=adult clinic",
            "--worker",
            "Pekka Hoitaja",
            "--schedule",
            "Väinö tulee maanantaisin",
        ],
    );
    let at = "2026-11-20 09:00";
    let weekly = |format: &str| -> String {
        env.ok_at(
            at,
            &[
                "report",
                "weekly",
                "--week",
                "2026-W48",
                "--to-whom",
                "team",
                "--format",
                format,
            ],
        )
    };
    let xlsx = |name: &str| -> std::path::PathBuf {
        let path = env.dir.path().join(name);
        env.ok_at(
            at,
            &[
                "report",
                "weekly",
                "--week",
                "2026-W48",
                "--to-whom",
                "team",
                "--format",
                "xlsx",
                "--out",
                path.to_str().expect("path"),
            ],
        );
        path
    };
    let expected = [
        (case.clone(), "units[1].schedule".to_string()),
        (case.clone(), "units[3].unit".to_string()),
    ];
    // While two units have not answered: the waiting list withholds the unit's name too.
    let json: serde_json::Value = serde_json::from_str(&weekly("json")).expect("JSON");
    let waiting = json["sections"]["units_not_answered"][0]["units"].clone();
    assert_eq!(waiting.as_array().map(Vec::len), Some(2), "{json}");
    assert_eq!(waiting[0]["unit"], "+housing services", "{json}");
    assert_eq!(waiting[1]["unit"], "withheld", "{json}");
    let early = xlsx("early.xlsx");
    xlsx_text(&early, "units_not_answered", "units", "+housing services");

    for unit in ["+housing services", "Kivinen family clinic"] {
        env.ok_at(
            now,
            &[
                "schedule",
                "answer",
                &case,
                "--unit",
                unit,
                "--worker",
                "Outi Ohjaaja",
            ],
        );
    }
    // JSON: withheld inside the unit objects, which keep their shape; the fields listed.
    let json: serde_json::Value = serde_json::from_str(&weekly("json")).expect("JSON");
    let sections = &json["sections"];
    let listed: Vec<(String, String)> = sections["withheld"]
        .as_array()
        .expect("a withheld section")
        .iter()
        .map(|r| {
            (
                r["case"].as_str().expect("case").to_string(),
                r["field"].as_str().expect("field").to_string(),
            )
        })
        .collect();
    assert_eq!(listed, expected);
    let team = sections["team_agenda"][0]["units"].clone();
    assert_eq!(team.as_array().map(Vec::len), Some(3), "{json}");
    assert_eq!(team[0]["unit"], "=adult clinic", "{json}");
    assert_eq!(team[0]["schedule"], "withheld", "{json}");
    assert_eq!(team[2]["unit"], "withheld", "{json}");
    assert_eq!(team[2]["worker"], "Outi Ohjaaja", "{json}");
    // Every format: no name, and the list of withheld fields.
    for format in ["json", "md", "csv"] {
        let out = weekly(format);
        assert!(
            !out.contains("Kivinen") && !out.contains("Väinö"),
            "{format}: {out}"
        );
        assert!(
            out.contains("units[1].schedule") && out.contains("units[3].unit"),
            "{format} lists the withheld fields: {out}"
        );
    }
    assert!(weekly("csv").contains("withheld,1,field,units[1].schedule"));

    // xlsx read back: text that looks like a formula is a string cell, numbers are numbers.
    let last = xlsx("weekly.xlsx");
    xlsx_text(&last, "team_agenda", "referring_unit", "@team lead");
    xlsx_text(&last, "team_agenda", "description", "-tukea asumiseen");
    xlsx_text(&last, "team_agenda", "units", "=adult clinic");
    xlsx_text(&last, "withheld", "field", "units[1].schedule");
    assert!(
        matches!(
            xlsx_cell(&last, "register", "rows"),
            calamine::Data::Float(_) | calamine::Data::Int(_)
        ),
        "the chain's row count is a number"
    );
}
