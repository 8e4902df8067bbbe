//! The language moty speaks (issue #15, items 3–5): `--lang`, else `MOTY_LANG`, else the
//! configuration file's `lang`, else the locale (LC_ALL, LC_MESSAGES, LANG), else English; an
//! unknown language refused naming where it was given; Swedish only for the client's documents;
//! Finnish dates and times typed in equal to the ISO ones; JSON the same in every language;
//! counted things in the singular and plural; the contact card (the catalogues' pattern module)
//! in Finnish.

use crate::common::{into_run, Run, TestEnv, NOW};

const EN: &str = "How to reach the Moty coordinators";
const FI: &str = "Näin tavoitat Moty-koordinaattorit";

/// A register whose team has a contact card, and the configuration file the tests write.
fn with_card() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "settings",
        "contact",
        "--phone",
        "040 123 4567",
        "--email",
        "monialainen@example.fi",
        "--coordination-book",
        "yht405",
    ]);
    env
}

fn run(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let mut command = env.command();
    command.envs(vars.iter().copied()).args(args);
    into_run(command.output().expect("run moty"))
}

/// The first line of `moty contact`: the card's title, in the language moty chose.
fn title(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.push("contact");
    let run = run(env, vars, &all);
    assert_eq!(run.code, 0, "{vars:?} {args:?}: {run:?}");
    run.stdout.lines().next().unwrap_or_default().to_string()
}

fn config(env: &TestEnv, body: &str) {
    std::fs::write(env.dir.path().join("config.toml"), body).expect("write the configuration");
}

#[test]
fn each_level_beats_the_next_and_english_is_the_default() {
    let env = with_card();
    // Nothing says: English (the test environment's LANG is C).
    assert_eq!(title(&env, &[], &[]), EN);
    // The locale: LC_ALL before LC_MESSAGES before LANG.
    assert_eq!(title(&env, &[("LANG", "fi_FI.UTF-8")], &[]), FI);
    let messages_en = [("LANG", "fi_FI.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")];
    assert_eq!(title(&env, &messages_en, &[]), EN);
    let all_fi = [("LC_MESSAGES", "en_GB.UTF-8"), ("LC_ALL", "fi_FI.UTF-8")];
    assert_eq!(title(&env, &all_fi, &[]), FI);
    // A locale moty does not speak, Swedish included: English.
    assert_eq!(title(&env, &[("LANG", "sv_FI.UTF-8")], &[]), EN);
    // The configuration file beats the locale.
    config(&env, "lang = \"fi\"\n");
    assert_eq!(title(&env, &[("LC_ALL", "en_US.UTF-8")], &[]), FI);
    config(&env, "lang = \"en\"\n");
    assert_eq!(title(&env, &[("LC_ALL", "fi_FI.UTF-8")], &[]), EN);
    // MOTY_LANG beats the file.
    assert_eq!(title(&env, &[("MOTY_LANG", "fi")], &[]), FI);
    config(&env, "lang = \"fi\"\n");
    assert_eq!(title(&env, &[("MOTY_LANG", "en")], &[]), EN);
    // --lang beats MOTY_LANG, before or after the command, in either spelling.
    assert_eq!(title(&env, &[("MOTY_LANG", "en")], &["--lang", "fi"]), FI);
    assert_eq!(title(&env, &[("MOTY_LANG", "fi")], &["--lang=en"]), EN);
    let after = run(&env, &[("MOTY_LANG", "en")], &["contact", "--lang", "fi"]);
    assert!(after.stdout.starts_with(FI), "{after:?}");
    // An empty MOTY_LANG says nothing.
    assert_eq!(title(&env, &[("MOTY_LANG", "")], &[]), FI);
}

#[test]
fn the_configuration_file_keeps_the_language() {
    let env = with_card();
    // `config set` ran in English (nothing chose Finnish yet) and prints the settings as they are
    // now; `config list` speaks Finnish from then on.
    assert_eq!(
        env.ok(&["config", "set", "lang", "fi"]),
        env.ok(&["--lang", "en", "config", "list"])
    );
    assert!(env.ok(&["config", "list"]).contains("(ei asetettu)"));
    assert_eq!(env.ok(&["config", "get", "lang"]).trim(), "fi");
    assert!(env.ok(&["config", "list"]).contains("lang = fi"));
    assert_eq!(title(&env, &[], &[]), FI);
    env.ok(&["config", "unset", "lang"]);
    assert_eq!(title(&env, &[], &[]), EN);
}

#[test]
fn an_unknown_language_is_refused_naming_where_it_was_given() {
    let env = with_card();
    let refused = |vars: &[(&str, &str)], args: &[&str], names: &str| {
        let mut all = args.to_vec();
        all.push("contact");
        let run = run(&env, vars, &all);
        assert_eq!(run.code, 2, "{vars:?} {args:?}: {run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        for expected in [names, "fi, en"] {
            assert!(run.stderr.contains(expected), "{expected}: {run:?}");
        }
    };
    refused(&[], &["--lang", "de"], "--lang: \"de\" is not a language");
    refused(
        &[("MOTY_LANG", "de")],
        &[],
        "MOTY_LANG: \"de\" is not a language",
    );
    config(&env, "lang = \"de\"\n");
    refused(&[], &[], "lang: \"de\" is not a language");
    config(&env, "");
    // The flag wins: a variable it overrides is not read.
    assert_eq!(title(&env, &[("MOTY_LANG", "de")], &["--lang", "fi"]), FI);
    // Refused in the language the next level gives.
    let run = run(&env, &[("MOTY_LANG", "fi")], &["--lang", "de", "contact"]);
    assert!(run.stderr.contains("ei ole kieli"), "{run:?}");

    let set = env.run(&["config", "set", "lang", "de"]);
    assert_eq!(set.code, 2, "{set:?}");
    assert!(set.stderr.contains("fi, en"), "{set:?}");
    assert_eq!(env.ok(&["config", "get", "lang"]).trim(), "(not set)");
}

#[test]
fn swedish_is_for_the_clients_documents_not_for_moty_itself() {
    let env = TestEnv::new();
    for (vars, args) in [
        (vec![], vec!["--lang", "sv", "list"]),
        (vec![("MOTY_LANG", "sv")], vec!["list"]),
    ] {
        let run = run(&env, &vars, &args);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("--language sv"), "{run:?}");
    }
    let set = env.run(&["config", "set", "lang", "sv"]);
    assert_eq!(set.code, 2, "{set:?}");

    // The client's plan in Swedish while moty speaks Finnish; unrecorded, in moty's language.
    let (case, _) = crate::protection::assessed(&env, "Stina Svensk", &[]);
    let now = "2026-12-03 10:00";
    env.ok_at(
        now,
        &[
            "plan",
            &case,
            "--key-worker",
            "Sanna Sosiaalinen",
            "--goals",
            "Asunto",
        ],
    );
    let copy = |args: &[&str]| {
        let mut all = vec!["--lang", "fi", "plan", "show", &case, "--format", "md"];
        all.extend_from_slice(args);
        env.ok_at(now, &all)
    };
    assert!(copy(&["--language", "sv"]).starts_with("# Din vård- och serviceplan"));
    assert!(copy(&[]).starts_with("# Hoito- ja palvelusuunnitelmasi"));
    let english = env.ok_at(now, &["plan", "show", &case, "--format", "md"]);
    assert!(
        english.starts_with("# Your care and service plan"),
        "{english}"
    );
}

/// The dates and times of one walk through a case, as typed.
struct Forms {
    referred: &'static str,
    consented: &'static str,
    triaged: &'static str,
    booked: &'static str,
    moved: &'static str,
    by: &'static str,
    from: &'static str,
    until: &'static str,
    slot: &'static str,
}

const ISO: Forms = Forms {
    referred: "2026-11-20",
    consented: "2026-11-20",
    triaged: "2026-11-23",
    booked: "2026-11-25 12:30",
    moved: "2026-11-25 14:00",
    by: "what=hakea asumistukea;who=asiakas;by=2026-12-15",
    from: "2026-11-23",
    until: "2026-12-04",
    slot: "13:30",
};

const FINNISH: Forms = Forms {
    referred: "20.11.2026",
    consented: "20.11.2026",
    triaged: "23.11.2026",
    booked: "25.11.2026 klo 12.30",
    moved: "25.11.2026 14.00",
    by: "what=hakea asumistukea;who=asiakas;by=15.12.2026",
    from: "23.11.2026",
    until: "4.12.2026",
    slot: "klo 13.30",
};

/// Walks a case with the dates typed in `forms`, moty speaking `lang`; returns the register's
/// rows that hold dates and times, and the JSON of the look-ups.
fn walk(forms: &Forms, lang: &str) -> (Vec<String>, Vec<String>) {
    let env = TestEnv::new();
    let l = |args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        all.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let case = env.refer("Tiina Testinen", &["--on", forms.referred]);
    let ok = |now: &str, args: &[&str]| env.ok_at(now, &l(args));
    let consent = ["consent", "give", &case, "--kind", "multi-professional"];
    ok(
        NOW,
        &[
            &consent[..],
            &["--method", "written", "--on", forms.consented],
        ]
        .concat(),
    );
    env.contact_request(&case);
    let triage = [
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ];
    ok(NOW, &[&triage[..], &["--on", forms.triaged]].concat());
    let booked = ok(
        NOW,
        &[
            "--json",
            "schedule",
            &case,
            "--kind",
            "joint-assessment",
            "--at",
            forms.booked,
        ],
    );
    let id = serde_json::from_str::<serde_json::Value>(&booked).expect("JSON")["id"].to_string();
    ok(NOW, &["schedule", "move", &id, "--at", forms.moved]);
    let held = [
        "schedule",
        "held",
        &id,
        "--segment",
        "omatoimi",
        "--omaolo",
        "no",
    ];
    ok(
        "2026-11-25 16:00",
        &[&held[..], &["--kela-screen", "no"]].concat(),
    );
    let plan = [
        "plan",
        &case,
        "--key-worker",
        "Sanna Sosiaalinen",
        "--action",
        forms.by,
    ];
    ok("2026-11-26 10:00", &plan);
    let slot = [
        "schedule",
        "slots",
        "add",
        "--kind",
        "joint-assessment",
        "--weekday",
        "4",
    ];
    ok(
        NOW,
        &[
            &slot[..],
            &["--start", forms.slot, "--minutes", "60", "--capacity", "1"],
        ]
        .concat(),
    );
    let rows = [
        "SELECT id || '|' || kind || '|' || starts_at || '|' || status FROM bookings",
        "SELECT id || '|' || phase || '|' || phase_since || '|' || opened_on FROM cases",
        "SELECT kind || '|' || detail || '|' || effective_on FROM events ORDER BY id",
        "SELECT kind || '|' || weekday || '|' || start FROM slot_rules ORDER BY id",
    ]
    .iter()
    .flat_map(|sql| env.query::<String>(sql, &[]))
    .collect();
    let agenda = [
        "schedule",
        "list",
        "--from",
        forms.from,
        "--until",
        forms.until,
    ];
    let json = [
        l(&["--json", "show", &case]),
        l(&["--json", "list"]),
        l(&["--json", "contact"]),
        l(&["--json", "plan", "show", &case]),
        l(&[&["--json"][..], &agenda].concat()),
        l(&["report", "outcomes", "--format", "json"]),
    ]
    .iter()
    .map(|args| env.ok_at("2026-11-26 10:00", args))
    .collect();
    (rows, json)
}

#[test]
fn finnish_dates_and_times_give_the_same_rows_and_json_as_iso() {
    let (iso_rows, iso_json) = walk(&ISO, "en");
    let (fi_rows, fi_json) = walk(&FINNISH, "en");
    assert!(
        iso_rows.iter().any(|r| r.contains("2026-11-25 14:00")),
        "{iso_rows:?}"
    );
    assert_eq!(iso_rows, fi_rows);
    assert_eq!(iso_json, fi_json);
}

#[test]
fn json_is_byte_identical_in_every_language() {
    let (en_rows, en_json) = walk(&ISO, "en");
    let (fi_rows, fi_json) = walk(&FINNISH, "fi");
    assert_eq!(en_rows, fi_rows);
    for (en, fi) in en_json.iter().zip(&fi_json) {
        assert_eq!(en, fi);
    }
}

#[test]
fn a_bad_date_or_time_names_the_field_and_both_forms() {
    let env = TestEnv::new();
    let case = env.refer("Ville Virhe", &[]);
    for (args, field) in [
        (
            vec![
                "schedule",
                &case,
                "--kind",
                "joint-assessment",
                "--at",
                "25.11. 12",
            ],
            "--at",
        ),
        (
            vec![
                "close",
                &case,
                "--reason",
                "completed",
                "--on",
                "31.11.2026",
            ],
            "--on",
        ),
    ] {
        let run = env.run(&args);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains(&format!("{field}: ")), "{run:?}");
        assert!(
            run.stderr.contains("YYYY-MM-DD") && run.stderr.contains("D.M.YYYY"),
            "{run:?}"
        );
        let mut finnish = vec!["--lang", "fi"];
        finnish.extend_from_slice(&args);
        let run = env.run(&finnish);
        assert!(
            run.stderr.contains("P.K.VVVV") && run.stderr.contains("VVVV-KK-PP"),
            "{run:?}"
        );
    }
}

#[test]
fn counted_days_read_in_the_singular_and_plural() {
    let env = TestEnv::new();
    let case = env.refer("Päivi Päiväinen", &["--on", "2026-11-22"]);
    let heading = |now: &str, lang: &str| {
        let shown = env.ok_at(now, &["--lang", lang, "show", &case]);
        shown.lines().next().unwrap_or_default().to_string()
    };
    assert!(heading("2026-11-22 12:00", "en").ends_with("since 2026-11-22 (0 days)"));
    assert!(heading("2026-11-23 12:00", "en").ends_with("since 2026-11-22 (1 day)"));
    assert!(heading("2026-11-24 12:00", "en").ends_with("since 2026-11-22 (2 days)"));
    assert!(heading("2026-11-22 12:00", "fi").ends_with("22.11.2026 alkaen (0 päivää)"));
    assert!(heading("2026-11-23 12:00", "fi").ends_with("22.11.2026 alkaen (1 päivä)"));
    assert!(heading("2026-11-24 12:00", "fi").ends_with("22.11.2026 alkaen (2 päivää)"));
}

/// The pattern module: every word of the contact card comes from the catalogue.
#[test]
fn the_contact_card_and_its_settings_in_finnish() {
    let env = with_card();
    env.ok(&[
        "settings",
        "contact",
        "--teams",
        "moty@example.fi",
        "--coordinators",
        "Anna ja Ville",
    ]);
    let card = env.ok(&["--lang", "fi", "contact"]);
    for line in [
        FI,
        "Asiakkaan ohjaaminen meille (ilman lähetettä)",
        "  Perusterveydenhuollosta: laita asiakas terveys-LC:n koontikirjalle yht405",
        "  Päivystyksestä ja sosiaalipalveluista: suojattu sähköposti monialainen@example.fi",
        "  Pyydä asiakkaalta ensin kirjallinen suostumus ja yhteydenottopyyntö.",
        "Voit konsultoida",
        "  Teams: moty@example.fi (kun vihreänä)",
        "  Puhelin: 040 123 4567, ma–pe klo 9.00–10.00",
        "  Muina aikoina vastaamme mahdollisuuksien mukaan.",
        "Tavoitettavissa: ma–pe klo 9.00–15.00",
        "Koordinaattorit: Anna ja Ville",
    ] {
        assert!(card.lines().any(|l| l == line), "{line:?}:\n{card}");
    }
    // Hours typed the Finnish way are kept in the one form, and read in either language.
    env.ok(&["settings", "contact", "--phone-hours", "ma-pe klo 9-11"]);
    assert!(env.ok(&["contact"]).contains("Mon–Fri 09:00–11:00"));
    let settings = env.ok(&["--lang", "fi", "settings", "contact"]);
    for words in [
        "Tiimin yhteystietokortti",
        "Puhelinaika",
        "ma–pe klo 9.00–11.00",
        "(oletus)",
    ] {
        assert!(settings.contains(words), "{words}:\n{settings}");
    }
    let refused = env.run(&["--lang", "fi", "settings", "contact", "--teams", "x"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(
        refused
            .stderr
            .contains("--teams: \"x\" ei ole Teams-osoite"),
        "{refused:?}"
    );
}

/// Issue #15, item 5: the coordinators' Finnish words are accepted for the value tokens, which
/// stay ASCII in the register and in output.
#[test]
fn finnish_words_are_accepted_for_the_value_tokens() {
    let env = TestEnv::new();
    let case = env.refer("Yrjö Yhteisö", &["--on", "2026-11-20"]);
    let consent = |kind: &str, method: &str| {
        env.ok(&["consent", "give", &case, "--kind", kind, "--method", method]);
    };
    consent("monialainen", "kirjallinen");
    consent("yhteydenottopyyntö", "suullinen");
    let triage = [
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ];
    env.ok(&triage);
    let booked = env.ok(&["--json", "schedule", &case, "--kind", "yhteisvastaanotto"]);
    let booked: serde_json::Value = serde_json::from_str(&booked).expect("JSON");
    assert_eq!(booked["kind"], "joint-assessment");
    let id = booked["id"].to_string();
    let day = &booked["starts_at"].as_str().expect("starts_at")[..10];
    let held = [
        "schedule",
        "held",
        &id,
        "--segment",
        "yhteisö",
        "--omaolo",
        "no",
    ];
    env.ok_at(
        &format!("{day} 16:00"),
        &[&held[..], &["--kela-screen", "no"]].concat(),
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM consents WHERE kind IN ('multi-professional', 'contact-request')"
        ),
        2
    );
    assert_eq!(
        env.count("SELECT count(*) FROM bookings WHERE segment = 'yhteiso'"),
        1
    );
    let network = env.run(&["schedule", &case, "--kind", "verkostopalaveri", "--dry-run"]);
    assert!(!network.stderr.contains("--kind"), "{network:?}");
    assert_eq!(env.phase(&case), "joint-assessment");
    let listed = env.ok(&["--json", "list", "--phase", "yhteisvastaanotto"]);
    assert!(listed.contains(&case), "{listed}");
    // An unknown word still names the values, in their one form.
    let run = env.run(&["schedule", &case, "--kind", "palaveri"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("network") && !run.stderr.contains("verkostopalaveri"),
        "{run:?}"
    );
}

#[test]
fn json_details_and_problems_are_the_same_in_every_language() {
    // doctor's details and audit verify's problems are sentences: under --json they are English
    // whatever the language, and so is an error beside the document.
    let env = TestEnv::new();
    env.refer("Jaana Json", &[]);
    for args in [vec!["--json", "doctor"], vec!["--json", "audit", "verify"]] {
        let en = env.run(&args);
        let mut finnish = vec!["--lang", "fi"];
        finnish.extend_from_slice(&args);
        let fi = env.run(&finnish);
        assert_eq!(en.code, fi.code, "{args:?}");
        assert_eq!(en.stdout, fi.stdout, "{args:?}");
    }
    let refused = env.run(&["--lang", "fi", "--json", "show", "2026-0999"]);
    assert_eq!(refused.code, 3, "{refused:?}");
    let english = env.run(&["--json", "show", "2026-0999"]);
    assert_eq!(refused.stderr, english.stderr);
    // Without --json the same command speaks Finnish.
    let finnish = env.run(&["--lang", "fi", "show", "2026-0999"]);
    assert_ne!(finnish.stderr, english.stderr, "{finnish:?}");
}

/// Rows, cases and clients are counted in the singular and plural in both languages (days are
/// above): the audit trail's rows entered under an overridden clock (0, 1, 2), the cases an area
/// breakdown counts in more than one group (1, 2; at 0 the note is left out), the demo's
/// fictitious clients (1, 2; `--clients 0` is refused).
#[test]
fn counted_rows_cases_and_clients_read_in_the_singular_and_plural() {
    let env = TestEnv::new();
    let now = "2026-11-20 10:00";
    let said = |lang: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        env.ok_at(now, &all)
    };
    let refer = |name: &str| {
        env.refer(
            name,
            &["--source", "employment-services", "--on", "2026-11-20"],
        )
    };
    let first = refer("Aino Ahonen");
    let verify = said("en", &["audit", "verify"]);
    assert!(verify.contains("events: 1 row was entered under an overridden clock (MOTY_NOW); 0 rows have an entry time"), "{verify}");
    let verify = said("fi", &["audit", "verify"]);
    assert!(verify.contains("events: 1 rivi on kirjattu ohitetulla kellolla (MOTY_NOW); 0 rivillä on aiempi kirjausaika"), "{verify}");
    let second = refer("Eino Ahonen");
    let verify = said("en", &["audit", "verify"]);
    assert!(verify.contains("events: 2 rows were entered"), "{verify}");
    let verify = said("fi", &["audit", "verify"]);
    assert!(verify.contains("events: 2 riviä on kirjattu"), "{verify}");

    // A case referred by the employment services and triaged to a unit of adult social work
    // touches two service areas.
    let by_area = [
        "report",
        "outcomes",
        "--by",
        "area",
        "--exact",
        "--from",
        "2026-11-01",
    ];
    let note = |lang: &str| {
        let shown = said(lang, &by_area);
        shown.lines().last().unwrap_or_default().to_string()
    };
    assert!(!note("en").contains("group"), "no note at 0");
    for (count, case) in [(1, &first), (2, &second)] {
        for kind in ["multi-professional", "contact-request"] {
            said(
                "en",
                &[
                    "consent", "give", case, "--kind", kind, "--method", "written",
                ],
            );
        }
        said(
            "en",
            &[
                "triage",
                case,
                "--decision",
                "collaboration-team",
                "--kela-screen",
                "no",
                "--unit",
                "adult-social-work",
            ],
        );
        let (en, fi) = match count {
            1 => (
                "1 case is in more than one group",
                "1 asia kuuluu useampaan",
            ),
            _ => (
                "2 cases are in more than one group",
                "2 asiaa kuuluu useampaan",
            ),
        };
        assert!(note("en").starts_with(en), "{}", note("en"));
        assert!(note("fi").starts_with(fi), "{}", note("fi"));
    }

    for (clients, en, fi) in [
        (
            "1",
            "of 1 fictitious client at",
            "jossa on 1 kuviteltu asiakas:",
        ),
        (
            "2",
            "of 2 fictitious clients at",
            "jossa on 2 kuviteltua asiakasta:",
        ),
    ] {
        for (lang, words) in [("en", en), ("fi", fi)] {
            let path = env
                .dir
                .path()
                .join(format!("demo-{lang}-{clients}.sqlite3"));
            let path = path.to_str().expect("path");
            let built = said(lang, &["demo", path, "--clients", clients]);
            let first_line = built.lines().next().unwrap_or_default();
            assert!(first_line.contains(words), "{first_line}");
        }
    }
    let refused = env.run_at(now, &["demo", "none.sqlite3", "--clients", "0"]);
    assert_eq!(refused.code, 2, "{refused:?}");
}
