//! Service areas and the unit catalogue (issue #12, item 5; domain.md "Units and service areas"):
//! the catalogue commands, units typed as catalogue units (code, any name folded, or a mapped
//! text), the texts written before mapped later, the services' areas, the clients' municipalities
//! on Statistics Finland's list, what `doctor` warns of, and the areas a case touches.

use crate::common::{TestEnv, NOW};

fn json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

fn consent(env: &TestEnv, case: &str) {
    env.ok(&[
        "consent",
        "give",
        case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
}

/// A case triaged to the Yhteistyö-tiimi for the given units.
fn team_case(env: &TestEnv, name: &str, units: &[&str]) -> String {
    let case = env.refer(name, &[]);
    consent(env, &case);
    let mut args = vec![
        "triage",
        &case,
        "--decision",
        "collaboration-team",
        "--kela-screen",
        "no",
    ];
    for unit in units {
        args.extend(["--unit", unit]);
    }
    env.ok(&args);
    case
}

/// (text, unit) of every row of unit_names, by text.
fn unit_names(env: &TestEnv) -> Vec<(String, Option<String>)> {
    env.query("SELECT name, unit FROM unit_names ORDER BY name", &[])
}

fn strings(value: &serde_json::Value, list: &str, field: &str) -> Vec<String> {
    value[list]
        .as_array()
        .unwrap_or_else(|| panic!("{list}: {value}"))
        .iter()
        .map(|row| row[field].as_str().unwrap_or("-").to_string())
        .collect()
}

fn doctor_check(env: &TestEnv, check: &str) -> (String, String) {
    let doc = json(env, &["doctor"]);
    let row = doc["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["check"] == check)
        .unwrap_or_else(|| panic!("no {check} check: {doc}"))
        .clone();
    (
        row["status"].as_str().expect("status").to_string(),
        row["detail"].as_str().expect("detail").to_string(),
    )
}

#[test]
fn the_areas_and_the_unit_catalogue_are_listed_in_order() {
    let env = TestEnv::new();
    env.refer("Aino Alue", &[]);
    let areas = json(&env, &["settings", "areas"]);
    assert_eq!(
        strings(&areas, "areas", "code"),
        [
            "family-social",
            "health-medical",
            "older-people",
            "kela",
            "employment",
            "education",
            "rescue",
            "ngo",
            "other"
        ]
    );
    assert_eq!(
        strings(&areas, "areas", "kind"),
        [
            "sote", "sote", "sote", "outside", "outside", "outside", "outside", "outside",
            "outside"
        ]
    );
    assert_eq!(areas["areas"][2]["name_sv"], "Tjänster för äldre");
    let units = json(&env, &["settings", "units"]);
    let rows = units["units"].as_array().expect("units");
    assert_eq!(rows.len(), 26);
    assert_eq!(rows[0]["code"], "family-centre");
    assert_eq!(rows[0]["area"], "family-social");
    assert_eq!(rows[0]["name_fi"], "Perhekeskus");
    assert_eq!(rows[0]["active"], true);
    let home = rows
        .iter()
        .find(|u| u["code"] == "home-care")
        .expect("home care");
    assert_eq!(
        (&home["area"], &home["name_sv"], &home["name_en"]),
        (
            &serde_json::json!("older-people"),
            &serde_json::json!("Hemvård"),
            &serde_json::json!("home care")
        )
    );
    // Units come by area, in the areas' order.
    let areas_in_order: Vec<String> = strings(&units, "units", "area");
    let mut sorted = areas_in_order.clone();
    let position = |a: &str| {
        strings(&areas, "areas", "code")
            .iter()
            .position(|c| c == a)
            .expect("known area")
    };
    sorted.sort_by_key(|a| position(a));
    assert_eq!(areas_in_order, sorted);
    let table = env.ok(&["settings", "units", "list"]);
    assert!(
        table.contains("home-care") && table.contains("Kotihoito"),
        "{table}"
    );
}

#[test]
fn a_unit_is_added_changed_and_deactivated_and_every_bad_value_is_refused() {
    let env = TestEnv::new();
    env.refer("Aino Alue", &[]);
    env.ok(&[
        "settings",
        "units",
        "map",
        "aikuissossu",
        "adult-social-work",
    ]);
    let add = |code: &str, area: &str, fi: &str, sv: &str, en: &str| -> Vec<String> {
        [
            "settings", "units", "add", code, "--area", area, "--fi", fi, "--sv", sv, "--en", en,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let memory = add(
        "memory-clinic",
        "health-medical",
        "Muistipoliklinikka",
        "Minnesmottagning",
        "memory clinic",
    );
    let args: Vec<&str> = memory.iter().map(String::as_str).collect();
    let out = env.ok(&args);
    assert!(out.contains("Added unit memory-clinic"), "{out}");
    assert_eq!(
        env.count("SELECT count(*) FROM units WHERE code = 'memory-clinic' AND area = 'health-medical' AND active = 1 AND name_sv = 'Minnesmottagning'"),
        1
    );
    // The same code again changes it.
    let moved = add(
        "memory-clinic",
        "older-people",
        "Muistipoliklinikka",
        "Minnesmottagning",
        "memory clinic",
    );
    let mut args: Vec<&str> = vec!["--json"];
    args.extend(moved.iter().map(String::as_str));
    let run = env.run(&args);
    assert_eq!(run.code, 0, "{run:?}");
    let row = run.json()["units"]
        .as_array()
        .expect("units")
        .iter()
        .find(|u| u["code"] == "memory-clinic")
        .expect("memory clinic")
        .clone();
    assert_eq!(row["area"], "older-people");

    for (args, field, says) in [
        (
            add("x-clinic", "hospital", "X", "X", "x clinic"),
            "--area",
            "family-social, health-medical, older-people, kela",
        ),
        (
            add("X Clinic", "health-medical", "X", "X", "x clinic"),
            "CODE",
            "lower-case letters",
        ),
        (
            add(
                "home-nursing",
                "older-people",
                "Kotisairaanhoito",
                "Hemsjukvård",
                "Home Care",
            ),
            "--en",
            "already names unit home-care",
        ),
        (
            add(
                "other-care",
                "older-people",
                "kotihoito",
                "Annan",
                "other care",
            ),
            "--fi",
            "home-care",
        ),
        (
            add("kotihoito", "older-people", "A", "B", "c"),
            "CODE",
            "home-care",
        ),
        (
            add("adult-team", "family-social", "Aikuissossu", "B", "c"),
            "--fi",
            "already names unit adult-social-work",
        ),
        (
            add("blank", "older-people", "  ", "B", "c"),
            "--fi",
            "empty",
        ),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.refused_at(NOW, &args, 2, &format!("{field}:"));
        env.refused_at(NOW, &args, 2, says);
    }
    env.refused_at(
        NOW,
        &["settings", "units", "deactivate", "no-such-unit"],
        2,
        "CODE: 'no-such-unit' is not a unit of the catalogue; use one of: family-centre,",
    );
    env.refused_at(
        NOW,
        &[
            "settings", "units", "add", "x-clinic", "--fi", "X", "--sv", "X", "--en", "x",
        ],
        2,
        "--area",
    );

    let out = env.ok(&["settings", "units", "deactivate", "memory-clinic"]);
    assert!(out.contains("Deactivated unit memory-clinic"), "{out}");
    assert_eq!(
        env.count("SELECT active FROM units WHERE code = 'memory-clinic'"),
        0
    );
    // A deactivated unit is not offered: typing it is refused, naming the unit.
    env.refused_at(
        NOW,
        &[
            "refer",
            "--name",
            "Eero Muisti",
            "--group",
            "older-pmt",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "memory",
            "--referrer-unit",
            "Muistipoliklinikka",
        ],
        2,
        "--referrer-unit: 'Muistipoliklinikka' is unit memory-clinic, which is deactivated",
    );
    // Adding it again makes it active.
    let args: Vec<&str> = memory.iter().map(String::as_str).collect();
    let out = env.ok(&args);
    assert!(out.contains("Changed unit memory-clinic"), "{out}");
    env.refer(
        "Eero Muisti",
        &[
            "--referrer-unit",
            "MINNESMOTTAGNING",
            "--group",
            "older-pmt",
        ],
    );
}

#[test]
fn units_are_typed_by_code_by_any_name_in_any_case_or_by_a_mapped_text() {
    let env = TestEnv::new();
    // By code, by the Finnish name in capitals, by the Swedish name without its ring.
    let a = env.refer("Aino Koodi", &["--referrer-unit", "home-care"]);
    let b = env.refer("Eero Nimi", &["--referrer-unit", "  KOTIHOITO "]);
    let c = env.refer("Helmi Ruotsi", &["--referrer-unit", "hemvard"]);
    let d = env.refer("Ilmari Sulku", &["--referrer-unit", "TE-palvelut"]);
    // A text a coordinator mapped, even before it was ever written.
    env.ok(&[
        "settings",
        "units",
        "map",
        "Aikuissossu",
        "Aikuissosiaalityö ja sosiaaliohjaus",
    ]);
    let e = env.refer("Kaisa Kartta", &["--referrer-unit", "aikuissossu"]);
    let stored: Vec<String> = [&a, &b, &c, &d, &e]
        .iter()
        .map(|case| {
            env.one(
                "SELECT referrer_unit FROM referrals WHERE case_id = ?1",
                &[case.as_str()],
            )
        })
        .collect();
    assert_eq!(
        stored,
        [
            "home-care",
            "KOTIHOITO",
            "hemvard",
            "TE-palvelut",
            "aikuissossu"
        ],
        "the text is kept as typed"
    );
    let some = |u: &str| Some(u.to_string());
    assert_eq!(
        unit_names(&env),
        [
            ("aikuissossu".to_string(), some("adult-social-work")),
            ("hemvard".to_string(), some("home-care")),
            ("home-care".to_string(), some("home-care")),
            ("kotihoito".to_string(), some("home-care")),
            ("te-palvelut".to_string(), some("employment-services")),
        ],
        "every text typed maps to its unit"
    );

    // Triage: the requested units resolve the same way, and are kept as typed.
    let team = team_case(
        &env,
        "Lempi Tiimi",
        &["Aikuisneuvola", "vuxenradgivning", "ward"],
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM triage_decisions WHERE case_id = '{team}'
             AND units = '[\"Aikuisneuvola\",\"vuxenradgivning\",\"ward\"]'"
        )),
        1
    );
    let mapped = env.count(
        "SELECT count(*) FROM unit_names WHERE unit = 'adult-clinic'
         AND name IN ('aikuisneuvola', 'vuxenradgivning')",
    );
    assert_eq!(mapped, 2);
    // The Yhteistyö-tiimi request copies them; a unit answers under any of its names.
    env.ok(&[
        "schedule",
        "request",
        &team,
        "--approved-by",
        "Sirkka Esimies",
    ]);
    env.ok(&[
        "schedule",
        "answer",
        &team,
        "--unit",
        "adult clinic",
        "--worker",
        "Pekka Hoitaja",
    ]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM team_request_units WHERE case_id = '{team}'
             AND unit = 'Aikuisneuvola' AND worker = 'Pekka Hoitaja'"
        )),
        1,
        "'adult clinic' answered for 'Aikuisneuvola'"
    );
    let run = env.run(&[
        "schedule",
        "answer",
        &team,
        "--unit",
        "home care",
        "--worker",
        "Outi Ohjaaja",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("was not requested"), "{}", run.stderr);
}

#[test]
fn an_unknown_unit_is_refused_naming_the_flag_with_close_units_and_how_to_add_one() {
    let env = TestEnv::new();
    let case = env.refer("Aino Alue", &[]);
    consent(&env, &case);
    let refer = |unit: &'static str| -> Vec<&'static str> {
        vec![
            "refer",
            "--name",
            "Eero Tuntematon",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "needs",
            "--referrer-unit",
            unit,
        ]
    };
    env.refused_at(
        NOW,
        &refer("Kotka"),
        2,
        "--referrer-unit: 'Kotka' is not a unit",
    );
    env.refused_at(
        NOW,
        &refer("kotihoto"),
        2,
        "Did you mean home-care (home care)?",
    );
    env.refused_at(
        NOW,
        &refer("Kotka"),
        2,
        "moty settings units add CODE --area AREA --fi NAME --sv NAME --en NAME",
    );
    let triage = [
        "triage",
        &case,
        "--decision",
        "collaboration-team",
        "--kela-screen",
        "no",
        "--unit",
        "adult clinic",
        "--unit",
        "housing office",
    ];
    env.refused_at(NOW, &triage, 2, "--unit: 'housing office' is not a unit");
    assert_eq!(env.phase(&case), "referred");
    // The flag's own checks come first.
    env.refused_at(
        NOW,
        &refer("home\u{1b}care"),
        2,
        "--referrer-unit: contains the control character",
    );
}

#[test]
fn a_text_written_before_is_listed_then_mapped_and_doctor_warns_until_then() {
    let env = TestEnv::new();
    let case = env.refer(
        "Aino Vanha",
        &[
            "--source",
            "social-services",
            "--referrer-unit",
            "home care",
        ],
    );
    assert_eq!(doctor_check(&env, "unit names").0, "ok");
    // A register from before the catalogue: a unit text nobody has mapped yet.
    env.exec_raw(&format!(
        "UPDATE referrals SET referrer_unit = 'Kotkan sosiaalitoimisto' WHERE case_id = '{case}';
         INSERT INTO unit_names (name) VALUES ('kotkan sosiaalitoimisto');"
    ));
    let unmapped = json(&env, &["settings", "units", "unmapped"]);
    assert_eq!(
        unmapped["texts"],
        serde_json::json!([{
            "text": "kotkan sosiaalitoimisto",
            "unit": null,
            "referrals": 1,
            "requests": 0
        }])
    );
    let (status, detail) = doctor_check(&env, "unit names");
    assert_eq!(status, "warn");
    assert!(detail.contains("'kotkan sosiaalitoimisto'"), "{detail}");
    let doctor = env.run(&["doctor"]);
    assert_eq!(doctor.code, 0, "a warning is not a failure: {doctor:?}");

    // Typing it now is refused until it is mapped.
    let args = [
        "refer",
        "--name",
        "Eero Uusi",
        "--group",
        "working-age",
        "--source",
        "social-services",
        "--channel",
        "yht405",
        "--reason",
        "needs",
        "--referrer-unit",
        "Kotkan sosiaalitoimisto",
    ];
    env.refused_at(NOW, &args, 2, "--referrer-unit");
    // A bad mapping is refused, naming the argument and the units there are.
    env.refused_at(
        NOW,
        &[
            "settings",
            "units",
            "map",
            "Kotkan sosiaalitoimisto",
            "social office",
        ],
        2,
        "UNIT: 'social office' is not a unit of the catalogue; use one of: family-centre,",
    );
    env.refused_at(
        NOW,
        &["settings", "units", "map", "Kotihoito", "adult-social-work"],
        2,
        "TEXT: 'Kotihoito' is the code or a name of unit home-care",
    );
    let mapped = json(
        &env,
        &[
            "settings",
            "units",
            "map",
            "Kotkan sosiaalitoimisto",
            "adult-social-work",
        ],
    );
    assert_eq!(
        mapped["texts"],
        serde_json::json!([{
            "text": "kotkan sosiaalitoimisto",
            "unit": "adult-social-work",
            "referrals": 1,
            "requests": 0
        }])
    );
    let none = env.ok(&["settings", "units", "unmapped"]);
    assert!(none.contains("Every unit text is mapped"), "{none}");
    assert_eq!(doctor_check(&env, "unit names").0, "ok");
    env.refer("Eero Uusi", &["--referrer-unit", "Kotkan sosiaalitoimisto"]);
}

#[test]
fn services_get_their_area_and_doctor_lists_those_without() {
    let env = TestEnv::new();
    env.refer("Aino Alue", &[]);
    let list = json(&env, &["plan", "services", "list"]);
    let doctor = list["services"]
        .as_array()
        .expect("services")
        .iter()
        .find(|s| s["code"] == "doctor")
        .expect("doctor")
        .clone();
    assert_eq!(doctor["area"], "health-medical");
    assert_eq!(doctor_check(&env, "service areas").0, "ok");

    let run = env.run(&[
        "plan",
        "services",
        "add",
        "memory",
        "--name",
        "Memory clinic",
    ]);
    assert_eq!(run.code, 2, "the area is required: {run:?}");
    assert!(run.stderr.contains("--area"), "{}", run.stderr);
    env.refused_at(
        NOW,
        &[
            "plan",
            "services",
            "add",
            "memory",
            "--name",
            "Memory clinic",
            "--area",
            "memory",
        ],
        2,
        "--area: 'memory' is not a service area; use one of: family-social, health-medical",
    );
    let added = json(
        &env,
        &[
            "plan",
            "services",
            "add",
            "memory",
            "--name",
            "Memory clinic",
            "--area",
            "older-people",
        ],
    );
    let last = added["services"]
        .as_array()
        .and_then(|s| s.last())
        .expect("added")
        .clone();
    assert_eq!(
        last,
        serde_json::json!({
            "code": "memory", "name": "Memory clinic", "active": true, "area": "older-people",
            "name_fi": "Memory clinic", "name_sv": "Memory clinic", "name_en": "Memory clinic"
        })
    );
    env.refused_at(
        NOW,
        &["plan", "services", "set-area", "nosuch", "older-people"],
        2,
        "CODE: 'nosuch' is not in the service catalogue; use one of: public-health-nurse",
    );
    env.refused_at(
        NOW,
        &["plan", "services", "set-area", "memory", "elderly"],
        2,
        "AREA: 'elderly' is not a service area",
    );
    // A service from before the areas: doctor warns until it has one.
    env.exec_raw("UPDATE services SET area = NULL WHERE code = 'memory'");
    let (status, detail) = doctor_check(&env, "service areas");
    assert_eq!((status.as_str(), detail.contains("memory")), ("warn", true));
    env.ok(&["plan", "services", "set-area", "memory", "health-medical"]);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM services WHERE code = 'memory' AND area = 'health-medical'"
        ),
        1
    );
    assert_eq!(doctor_check(&env, "service areas").0, "ok");
}

#[test]
fn the_municipality_is_a_code_or_a_name_on_the_list_and_is_stored_in_finnish() {
    let env = TestEnv::new();
    let municipality = |case: &str| -> String {
        env.one(
            "SELECT c.municipality FROM clients c JOIN cases k ON k.client_id = c.id
             WHERE k.id = ?1",
            &[case],
        )
    };
    let a = env.refer("Aino Koodi", &["--municipality", "286"]);
    let b = env.refer("Eero Ruotsi", &["--municipality", "Fredrikshamn"]);
    let c = env.refer("Helmi Pieni", &["--municipality", " helsingfors "]);
    let d = env.refer("Ilmari Piste", &["--municipality", "miehikkala"]);
    assert_eq!(
        [&a, &b, &c, &d].map(|case| municipality(case)),
        ["Kouvola", "Hamina", "Helsinki", "Miehikkälä"]
    );
    let args = [
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
    ];
    env.refused_at(
        NOW,
        &args,
        2,
        "--municipality: 'Kouvla' is not a municipality of Finland",
    );
    env.refused_at(NOW, &args, 2, "Did you mean Kouvola (286)?");
    let mut merged = args;
    merged[12] = "Pertunmaa";
    env.refused_at(NOW, &merged, 2, "--municipality");

    // A municipality written before the list stays, and doctor lists it.
    assert_eq!(doctor_check(&env, "municipalities").0, "ok");
    env.exec_raw("UPDATE clients SET municipality = 'Kymi' WHERE name = 'Aino Koodi'");
    let (status, detail) = doctor_check(&env, "municipalities");
    assert_eq!(status, "warn");
    assert!(detail.contains("'Kymi' (1 client)"), "{detail}");
    assert_eq!(municipality(&a), "Kymi");
}

/// The areas a case touches, as the outcomes report reads them: the referring unit's area (else
/// the source's), the requested units' areas, and the services of the latest plan not declined.
#[cfg(not(feature = "encrypted"))]
#[test]
fn the_areas_of_a_case_come_from_its_units_source_and_services() {
    let env = TestEnv::new();
    // A: referred by home care although the source is primary care; a plan with two services,
    // one declined.
    let a = env.refer("Aino Alue", &["--referrer-unit", "Kotihoito"]);
    consent(&env, &a);
    env.contact_request(&a);
    env.ok(&[
        "triage",
        &a,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ]);
    let meeting = json(&env, &["schedule", &a, "--kind", "joint-assessment"]);
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "schedule",
            "held",
            &meeting["id"].to_string(),
            "--segment",
            "omatoimi",
            "--omaolo",
            "yes",
            "--kela-screen",
            "no",
        ],
    );
    env.ok_at(
        "2026-11-25 15:00",
        &[
            "plan",
            &a,
            "--key-worker",
            "Sanna Sosiaalinen",
            "--pathway",
            "service=social-counsellor",
            "--pathway",
            "service=typ;status=declined",
        ],
    );
    // B: from the family centre, the Yhteistyö-tiimi asked of the adult clinic and home care.
    let b = env.refer("Eero Alue", &["--source", "family-centre"]);
    consent(&env, &b);
    env.ok(&[
        "triage",
        &b,
        "--decision",
        "collaboration-team",
        "--kela-screen",
        "no",
        "--unit",
        "adult clinic",
        "--unit",
        "Hemvård",
    ]);
    // C: a self-referral, nothing else. D: a unit text from before, not mapped, then mapped.
    let c = env.refer("Helmi Alue", &["--source", "self"]);
    let d = env.refer("Ilmari Alue", &["--source", "social-services"]);
    env.exec_raw(&format!(
        "UPDATE referrals SET referrer_unit = 'Kylän yhdistys' WHERE case_id = '{d}';
         INSERT INTO unit_names (name) VALUES ('kylän yhdistys');"
    ));
    // A case's areas, read for the case alone and, as `report outcomes` reads them, for all the
    // cases of a period at once: the two must agree.
    let areas = |case: &str| -> Vec<String> {
        let mut register = moty::store::Register::open(&env.db).expect("open");
        let period = moty::store::outcomes::Period {
            from: chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("date"),
            to: chrono::NaiveDate::from_ymd_opt(2100, 1, 1).expect("date"),
            region: None,
        };
        let (alone, all) = register
            .read(|tx| {
                Ok((
                    moty::store::areas::areas_of_case(tx, case)?,
                    moty::store::outcomes::of_period(tx, &period)?,
                ))
            })
            .expect("areas");
        let of_period = all.get(case).map(|r| r.areas.clone()).unwrap_or_default();
        assert_eq!(of_period, alone, "the areas of {case} read for the period");
        alone.into_iter().collect()
    };
    assert_eq!(areas(&a), ["family-social", "older-people"]);
    assert_eq!(
        areas(&b),
        ["family-social", "health-medical", "older-people"]
    );
    assert!(areas(&c).is_empty());
    assert_eq!(areas(&d), ["family-social"], "the source's area");
    env.ok(&["settings", "units", "map", "Kylän yhdistys", "ngo"]);
    assert_eq!(areas(&d), ["ngo"], "the mapped unit's area");
    let all = {
        let mut register = moty::store::Register::open(&env.db).expect("open");
        register
            .read(moty::store::areas::all)
            .expect("areas")
            .into_iter()
            .map(|a| a.code)
            .collect::<Vec<_>>()
    };
    assert_eq!(all.len(), 9);
}

#[test]
fn the_interactive_triage_asks_again_for_a_unit_not_in_the_catalogue() {
    let env = TestEnv::new();
    let case = env.refer("Aino Kysely", &[]);
    consent(&env, &case);
    let mut session = env.pty(NOW, &["triage"]);
    let step = |session: &mut rexpect::session::PtySession, wait: &str, keys: &str| {
        session
            .exp_string(wait)
            .unwrap_or_else(|e| panic!("waiting for {wait:?}: {e}"));
        session.send(keys).expect("send");
        session.flush().expect("flush");
    };
    step(&mut session, &case, "");
    step(&mut session, "This case", "\r");
    step(&mut session, "Decision", "jj\r");
    step(&mut session, "Kela", "n");
    step(&mut session, "Team", "\r");
    step(&mut session, "Urgency", "\r");
    step(&mut session, "Units whose workers", "housing office\r");
    step(&mut session, "Note", "\r");
    step(&mut session, "'housing office' is not a unit", "");
    step(
        &mut session,
        "Units whose workers",
        "adult clinic, Kotihoito\r",
    );
    step(&mut session, "Record this decision", "y");
    session.exp_string("1 decided, 0 left").expect("summary");
    session.exp_eof().expect("exit");
    assert_eq!(env.phase(&case), "collaboration-team");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM triage_decisions
             WHERE units = '[\"adult clinic\",\"Kotihoito\"]'"
        ),
        1
    );
}
