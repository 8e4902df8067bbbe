//! Suomeksi (issue #15): the pair's estimates and the professionals' surveys, the service areas,
//! units and municipalities, the outcomes report and its page, the Kela hour's conclusions and the
//! Yhteistyö-tiimi steps speak the coordinators' Finnish under `--lang fi` — receipts, refusals,
//! headings, dates (`25.11.2026`), decimals (`66,7 %`) — with no English left in the lines these
//! messages make; the CSV and the page's data attributes keep the dot.

use crate::common::TestEnv;

/// English words that must not be left in a Finnish line.
const STOP_LIST: [&str; 6] = [" the ", " and ", " case ", " days", " client", " meeting"];

/// `text` holds each of `phrases`, and none of the stop-list's English words.
fn finnish(text: &str, phrases: &[&str]) {
    for phrase in phrases {
        assert!(text.contains(phrase), "no {phrase:?} in: {text}");
    }
    let padded = format!(" {} ", text.to_lowercase());
    for word in STOP_LIST {
        assert!(!padded.contains(word), "English {word:?} left in: {text}");
    }
}

/// The line of `text` that holds `phrase`.
fn line_with<'a>(text: &'a str, phrase: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(phrase))
        .unwrap_or_else(|| panic!("no line with {phrase:?} in: {text}"))
}

/// Runs `args` under `--lang fi`; must be refused with `code`. Gives the message.
fn refused_fi(env: &TestEnv, now: &str, args: &[&str], code: i32) -> String {
    let mut all = vec!["--lang", "fi"];
    all.extend_from_slice(args);
    let before = env.dump();
    let run = env.run_at(now, &all);
    assert_eq!(run.code, code, "{args:?}: {run:?}");
    assert_eq!(env.dump(), before, "{args:?} changed the register");
    run.stderr
}

fn ok_fi(env: &TestEnv, now: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", "fi"];
    all.extend_from_slice(args);
    env.ok_at(now, &all)
}

#[test]
fn the_pairs_estimate_and_the_professionals_survey_in_finnish() {
    let env = TestEnv::new();
    let (case, meeting) = crate::estimates::assessed(&env, "Aino Arvio");
    let later = "2026-11-27 10:00";
    let nothing = refused_fi(&env, later, &["estimate", &case], 2);
    finnish(&nothing, &["ei mitään kirjattavaa"]);
    let receipt = ok_fi(
        &env,
        later,
        &[
            "estimate",
            &case,
            "--appointments-saved",
            "2",
            "--time-saved",
            "1-2-months",
        ],
    );
    finnish(
        &receipt,
        &[
            "Kirjattiin SOTE-työparin arvio",
            &format!("tapaaminen {meeting} ("),
            "25.11.2026 klo 12.30",
        ],
    );
    let twice = refused_fi(
        &env,
        later,
        &["estimate", &case, "--appointments-saved", "1"],
        4,
    );
    finnish(
        &twice,
        &["SOTE-työparin arvio tapaamisesta", "on jo kirjattu"],
    );
    let survey = ok_fi(
        &env,
        later,
        &["survey", &case, "--role", "nurse", "--added-value", "4"],
    );
    finnish(&survey, &["Kirjattiin sairaanhoitajan vastaus"]);
    let again = refused_fi(
        &env,
        later,
        &["survey", &case, "--role", "nurse", "--added-value", "5"],
        4,
    );
    finnish(&again, &["sairaanhoitajan vastaus tapaamisesta"]);
    let not_kela = refused_fi(
        &env,
        later,
        &[
            "survey",
            &case,
            "--meeting",
            &meeting,
            "--role",
            "kela-contact",
            "--kela-benefit",
            "4",
        ],
        2,
    );
    finnish(
        &not_kela,
        &["Kelan yhteyshenkilö vastaa Kelan etäkonsultaatiosta"],
    );
    let show = ok_fi(&env, later, &["show", &case]);
    finnish(line_with(&show, "SOTE-työparin arviot"), &[]);
    finnish(line_with(&show, "Ammattilaisten kyselyt"), &[]);
    finnish(
        line_with(&show, "Säästyneet käynnit"),
        &["Vastaanotto", "Säästynyt aika"],
    );
    finnish(line_with(&show, "Lisäarvo (1–5)"), &["Vastaaja"]);
}

#[test]
fn service_areas_units_and_municipalities_in_finnish() {
    let env = TestEnv::new();
    let added = ok_fi(
        &env,
        crate::common::NOW,
        &[
            "settings",
            "units",
            "add",
            "x-clinic",
            "--area",
            "kela",
            "--fi",
            "X-klinikka",
            "--sv",
            "X-kliniken",
            "--en",
            "X clinic",
        ],
    );
    finnish(
        line_with(&added, "Lisättiin"),
        &["Lisättiin yksikkö x-clinic."],
    );
    let list = ok_fi(&env, crate::common::NOW, &["settings", "units", "list"]);
    finnish(
        line_with(&list, "Palvelualue"),
        &["Suomeksi", "Ruotsiksi", "Käytössä"],
    );
    let areas = ok_fi(&env, crate::common::NOW, &["settings", "areas"]);
    // (The English names are the register's own: only the kind's words are checked.)
    assert!(areas.contains("sote-keskuksen palvelualue"), "{areas}");
    finnish(line_with(&areas, "ulkopuolinen toimija"), &["Kela"]);
    let shape = refused_fi(
        &env,
        crate::common::NOW,
        &[
            "settings", "units", "add", "X_Clinic", "--area", "kela", "--fi", "X", "--sv", "X",
            "--en", "X",
        ],
        2,
    );
    finnish(&shape, &["ei ole yksikön tunnus"]);
    let municipality = refused_fi(
        &env,
        crate::common::NOW,
        &[
            "refer",
            "--name",
            "Kaisa Kirjoitus",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "needs",
            "--municipality",
            "Kouvla",
        ],
        2,
    );
    finnish(
        &municipality,
        &[
            "'Kouvla' ei ole Suomen kunta",
            "Tarkoititko: Kouvola (286)?",
        ],
    );
}

#[test]
fn the_outcomes_report_and_its_page_in_finnish() {
    let env = TestEnv::new();
    crate::report::known_register(&env);
    let now = "2027-01-10 09:00";
    let period = ["--from", "2026-11-01", "--to", "2026-11-30"];
    let mut args = vec!["report", "outcomes"];
    args.extend_from_slice(&period);
    // Small cells suppressed: the note says so in Finnish.
    let suppressed = ok_fi(&env, now, &args);
    // The note ends the report, wrapped to 80 columns.
    let note: Vec<&str> = suppressed
        .lines()
        .skip_while(|l| !l.starts_with("Lukumäärät 1–4"))
        .collect();
    assert!(note.iter().all(|l| l.chars().count() <= 80), "{note:?}");
    finnish(
        &note.join(" "),
        &["näytetään muodossa <5", "pienten solujen suojaus"],
    );
    // Exact: the share with a decimal comma in the table; the CSV keeps the dot.
    let mut exact = args.clone();
    exact.push("--exact");
    let table = ok_fi(&env, now, &exact);
    finnish(line_with(&table, "herätteiden lähteet"), &[]);
    assert!(table.contains("(66,7 %)"), "{table}");
    assert!(!table.contains("66.7"), "{table}");
    let mut csv = exact.clone();
    csv.extend_from_slice(&["--format", "csv"]);
    let csv = ok_fi(&env, now, &csv);
    assert!(csv.contains("(66.7 %)"), "{csv}");
    assert!(!csv.contains("66,7"), "{csv}");
    // Finnish Excel's dialect: a byte-order mark, `;` between fields and the decimal comma (the
    // codes and the header as in the plain CSV); --excel without csv is refused.
    let mut excel = exact.clone();
    excel.extend_from_slice(&["--format", "csv", "--excel"]);
    let excel = ok_fi(&env, now, &excel);
    assert!(excel.starts_with("\u{feff}figure;key;value;n\n"), "{excel}");
    assert!(
        excel.contains(";(66,7 %);") || excel.contains(" (66,7 %);"),
        "{excel}"
    );
    assert!(!excel.contains("66.7"), "{excel}");
    // The same rows as the plain CSV: its commas as semicolons, its decimal points as commas.
    let chars: Vec<char> = csv.replace(',', ";").chars().collect();
    let expected: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let digits = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c == '.' && digits {
                ','
            } else {
                c
            }
        })
        .collect();
    assert_eq!(excel.trim_start_matches('\u{feff}'), expected);
    let mut wrong = exact.clone();
    wrong.push("--excel");
    refused_fi(&env, now, &wrong, 2);
    // The page: its language, headings and notes in Finnish, its data attributes as the JSON's.
    let page = env.dir.path().join("vaikuttavuus.html");
    let mut html_args = args.clone();
    html_args.extend_from_slice(&["--html", page.to_str().expect("path")]);
    ok_fi(&env, now, &html_args);
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(html.contains("<html lang=\"fi\">"), "{html}");
    for heading in [
        "Keskeiset luvut",
        "Vastaanoton hyödyllisyys asiakkaalle (1–10, keskiarvo)",
        "Palvelupolulla jälkiseurannassa",
        "Asiakkaan palaute vastaanotosta",
        "Mitä vastaanotto säästi (SOTE-työparin arviot)",
        "Ammattilaisten kyselyt (1–5, keskiarvo)",
        "Ketkä tulivat ja minne he jatkoivat",
        "Herätteiden lähteet",
        "kaikki vastaajat",
        "heräte → ensiarvio",
        "pienten solujen suojaus",
    ] {
        finnish(heading, &[]);
        assert!(html.contains(heading), "no {heading:?} on the page");
    }
    for value in html.split("data-value=\"").skip(1) {
        let value = value.split('"').next().unwrap_or("");
        assert!(!value.contains(','), "data-value {value:?} has a comma");
    }
}

#[test]
fn the_kela_hours_conclusions_in_finnish() {
    let env = TestEnv::new();
    let (case, _, _) =
        crate::kela_outcome::kela_case(&env, "Kalle Kelanen", "2026-11-25 12:30", true);
    let now = "2026-11-27 09:00";
    let orphan = refused_fi(
        &env,
        now,
        &["kela-outcome", &case, "--responsible", "lääkäri"],
        2,
    );
    finnish(&orphan, &["kuuluu juuri sitä edeltävään kohtaan"]);
    let done = ok_fi(
        &env,
        now,
        &[
            "kela-outcome",
            &case,
            "--benefit",
            "sairauspäiväraha",
            "--responsible",
            "sosiaaliohjaaja",
            "--due",
            "15.12.2026",
            "--statement",
            "b-statement",
        ],
    );
    finnish(
        line_with(&done, "Kirjattiin"),
        &["Kirjattiin 2 johtopäätöstä Kelan etäkonsultaatiosta"],
    );
    let show = ok_fi(&env, now, &["show", &case]);
    finnish(
        line_with(&show, "Kelan etäkonsultaation johtopäätökset"),
        &[],
    );
    finnish(
        line_with(&show, "haettava etuus: sairauspäiväraha"),
        &["sosiaaliohjaaja", "15.12.2026", "ei vielä"],
    );
    finnish(line_with(&show, "lausunto Kelalle: B-lausunto"), &[]);
}

/// A case triaged to the Yhteistyö-tiimi with a requested unit, on Monday 16.11.2026.
fn team_case(env: &TestEnv) -> String {
    let monday = "2026-11-16 09:00";
    let case = env.refer("Aune Tiimityö", &["--on", "2026-11-16"]);
    env.ok_at(
        monday,
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
        monday,
        &[
            "triage",
            &case,
            "--decision",
            "collaboration-team",
            "--kela-screen",
            "no",
            "--unit",
            "adult clinic",
        ],
    );
    case
}

#[test]
fn the_yhteistyo_tiimi_steps_in_finnish() {
    let env = TestEnv::new();
    let case = team_case(&env);
    let monday = "2026-11-16 09:00";
    let request = |extra: &[&str]| -> Vec<String> {
        let mut args = vec![
            "schedule",
            "request",
            &case,
            "--approved-by",
            "Helena Sjöberg",
        ];
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect()
    };
    let unconfirmed = request(&["--unit-meeting", "2026-11-12"]);
    let unconfirmed: Vec<&str> = unconfirmed.iter().map(String::as_str).collect();
    finnish(
        &refused_fi(&env, monday, &unconfirmed, 2),
        &["pyyntö etenee vasta, kun oman yksikön tiimikokous"],
    );
    let late = request(&[
        "--unit-meeting",
        "13.11.2026",
        "--need-confirmed",
        "--on",
        "12.11.2026",
    ]);
    let late: Vec<&str> = late.iter().map(String::as_str).collect();
    finnish(
        &refused_fi(&env, monday, &late, 2),
        &["yksikön tiimikokous 13.11.2026 on hyväksynnän (12.11.2026) jälkeen"],
    );
    let confirmed = request(&["--unit-meeting", "12.11.2026", "--need-confirmed"]);
    let confirmed: Vec<&str> = confirmed.iter().map(String::as_str).collect();
    let out = ok_fi(&env, monday, &confirmed);
    finnish(
        line_with(&out, "Tarve todettiin"),
        &["oman yksikön tiimikokouksessa 12.11.2026."],
    );
    finnish(
        &refused_fi(&env, monday, &["schedule", "send-description", &case], 4),
        &["ei ole tallennettua anonyymiä asiakaskuvausta"],
    );
    env.ok_at(
        monday,
        &[
            "plan",
            "describe",
            &case,
            "--text",
            "Asiakas tarvitsee tukea asumiseen.",
        ],
    );
    let sent = ok_fi(&env, monday, &["schedule", "send-description", &case]);
    finnish(
        line_with(&sent, "Anonyymi asiakaskuvaus lähetettiin"),
        &["16.11.2026", "(kirjattu luovutuslokiin)"],
    );
}
