//! The onward services' own names in Finnish, Swedish and English (issue #15, item 1; migration
//! 6): the catalogue, the plan, the client's plan and the case file read a service in the
//! language they are written in; `plan services add` takes the three names; a register of the
//! previous schema keeps its services, the built-in ones named in each language and one the team
//! added under the one name it had.

use crate::common::{open, TestEnv};
use crate::protection::assessed;

const NOW: &str = "2026-12-03 10:00";

/// The service column of `plan services list` for `code`.
fn listed_name(list: &str, code: &str) -> String {
    let row = list
        .lines()
        .find(|l| {
            l.split('┆')
                .next()
                .is_some_and(|c| c.contains(&format!(" {code} ")))
        })
        .unwrap_or_else(|| panic!("{code} not in:\n{list}"));
    row.split('┆')
        .nth(1)
        .expect("name column")
        .trim()
        .to_string()
}

#[test]
fn a_fresh_register_lists_the_services_in_the_ui_language() {
    let env = TestEnv::new();
    env.refer("Aino Kieli", &[]);
    let fi = env.ok(&["--lang", "fi", "plan", "services", "list"]);
    for (code, name) in [
        ("digital-nurse", "Digihoitaja"),
        ("doctor", "Lääkäri"),
        ("physiotherapy", "Fysioterapia"),
        ("home-care", "Kotihoito"),
        ("elderly-client-guidance", "Ikäihmisten asiakasohjaus"),
    ] {
        assert_eq!(listed_name(&fi, code), name);
    }
    assert!(!fi.contains("digital nurse"), "{fi}");
    let en = env.ok(&["--lang", "en", "plan", "services", "list"]);
    assert_eq!(listed_name(&en, "digital-nurse"), "digital nurse");
    assert_eq!(listed_name(&en, "doctor"), "doctor");
    assert!(!en.contains("(digihoitaja)"), "{en}");
    // JSON keeps its fields (`name` as the register first had it) and adds the three names.
    let run = env.run(&["--json", "--lang", "fi", "plan", "services", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    let all = run.json();
    let nurse = all["services"]
        .as_array()
        .expect("services")
        .iter()
        .find(|s| s["code"] == "digital-nurse")
        .expect("digital-nurse")
        .clone();
    assert_eq!(
        nurse,
        serde_json::json!({
            "code": "digital-nurse", "name": "digital nurse (digihoitaja)", "active": true,
            "area": "health-medical", "name_fi": "Digihoitaja", "name_sv": "Digital sjukskötare",
            "name_en": "digital nurse"
        })
    );
    assert_eq!(
        env.count("SELECT count(*) FROM services WHERE name_fi = name_en OR name_sv = name_en"),
        0,
        "every built-in service has its own Finnish and Swedish name"
    );
}

#[test]
fn the_plan_and_the_clients_copy_name_the_services_in_their_language() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Stina Svensk", &[]);
    env.ok_at(
        NOW,
        &[
            "plan",
            &case,
            "--key-worker",
            "Sanna Sosiaalinen",
            "--pathway",
            "service=digital-nurse;booked=yes;appointment=2026-12-10",
            "--pathway",
            "service=physiotherapy",
        ],
    );
    let shown = env.ok_at(NOW, &["--lang", "fi", "plan", "show", &case]);
    assert!(shown.contains("Digihoitaja"), "{shown}");
    assert!(shown.contains("Fysioterapia"), "{shown}");
    let english = env.ok_at(NOW, &["--lang", "en", "plan", "show", &case]);
    assert!(english.contains("digital nurse"), "{english}");
    assert!(!english.contains("(digihoitaja)"), "{english}");

    let swedish = env.ok_at(
        NOW,
        &["plan", "show", &case, "--format", "md", "--language", "sv"],
    );
    assert!(
        swedish.contains("**Digital sjukskötare**: din tid är bokad 10.12.2026"),
        "{swedish}"
    );
    assert!(swedish.contains("**Fysioterapi**"), "{swedish}");
    assert!(!swedish.contains("digital nurse"), "{swedish}");
    let finnish = env.ok_at(
        NOW,
        &[
            "--lang",
            "en",
            "plan",
            "show",
            &case,
            "--format",
            "md",
            "--language",
            "fi",
        ],
    );
    assert!(finnish.contains("**Digihoitaja**"), "{finnish}");
    assert!(finnish.contains("**Fysioterapia**"), "{finnish}");

    // The case file's plan line, in the UI language.
    let file = env.ok_at(NOW, &["--lang", "fi", "show", &case]);
    assert!(file.contains("Digihoitaja ("), "{file}");
}

#[test]
fn a_service_is_added_and_renamed_with_its_three_names() {
    let env = TestEnv::new();
    env.refer("Aino Alue", &[]);
    let added = env.ok(&[
        "plan",
        "services",
        "add",
        "debt-counselling",
        "--area",
        "family-social",
        "--fi",
        "Velkaneuvonta",
        "--sv",
        "Skuldrådgivning",
        "--en",
        "debt counselling",
    ]);
    assert!(
        added.starts_with("Added the service debt-counselling."),
        "{added}"
    );
    assert_eq!(listed_name(&added, "debt-counselling"), "debt counselling");
    let fi = env.ok(&["--lang", "fi", "plan", "services", "list"]);
    assert_eq!(listed_name(&fi, "debt-counselling"), "Velkaneuvonta");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM services WHERE code = 'debt-counselling'
                 AND name = 'debt counselling' AND name_fi = 'Velkaneuvonta'
                 AND name_sv = 'Skuldrådgivning' AND name_en = 'debt counselling'
                 AND area = 'family-social'"
        ),
        1
    );
    // A new service needs every name: nothing is written without one.
    env.refused_at(
        NOW,
        &[
            "plan",
            "services",
            "add",
            "memory",
            "--area",
            "older-people",
            "--fi",
            "Muistipoli",
            "--en",
            "memory clinic",
        ],
        2,
        "--sv: a new service needs a name in each language",
    );
    // The same code renames: the names given change, the others stay.
    let renamed = env.ok(&[
        "plan",
        "services",
        "add",
        "debt-counselling",
        "--area",
        "family-social",
        "--fi",
        "Talous- ja velkaneuvonta",
    ]);
    assert!(
        renamed.starts_with("Renamed the service debt-counselling."),
        "{renamed}"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM services WHERE code = 'debt-counselling'
                 AND name_fi = 'Talous- ja velkaneuvonta' AND name_sv = 'Skuldrådgivning'"
        ),
        1
    );
    // The one `--name` of before still works: the name in every language not given its own.
    env.ok(&[
        "plan",
        "services",
        "add",
        "peer-group",
        "--area",
        "ngo",
        "--name",
        "Vertaisryhmä",
        "--en",
        "peer group",
    ]);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM services WHERE code = 'peer-group' AND name = 'peer group'
                 AND name_fi = 'Vertaisryhmä' AND name_sv = 'Vertaisryhmä'
                 AND name_en = 'peer group'"
        ),
        1
    );
}

/// Turns a register of this moty back into the previous schema (5): the services table as it was,
/// with one service the team added then under its one name.
fn back_to_schema_5(env: &TestEnv) {
    let conn = open(&env.db).expect("open");
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         BEGIN;
         CREATE TABLE services_old (
             code   TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
             name   TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
             active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
             area   TEXT REFERENCES areas (code)
         ) STRICT;
         INSERT INTO services_old (rowid, code, name, active, area)
             SELECT rowid, code, name, active, area FROM services;
         DROP TABLE services;
         ALTER TABLE services_old RENAME TO services;
         INSERT INTO services (code, name, area) VALUES ('memory', 'Muistipoliklinikka', 'older-people');
         UPDATE services SET name = 'GP (omalääkäri)' WHERE code = 'doctor';
         -- and before migration 13
         DROP INDEX cases_found;
         -- and before migration 11
         DROP INDEX cases_follow_up_due;
         DROP INDEX cases_follow_up_team;
         DROP INDEX cases_consents_to_collect;
         DROP INDEX cases_key_worker_missing;
         ALTER TABLE cases DROP COLUMN follow_up_due;
         ALTER TABLE cases DROP COLUMN consents_to_collect;
         ALTER TABLE cases DROP COLUMN key_worker_missing;
         -- and before migration 10
         DROP INDEX bookings_booked;
         DROP INDEX consents_in_force;
         -- and before migration 9
         DROP INDEX cases_waiting;
         DROP INDEX cases_open;
         DROP INDEX cases_queue;
         DROP INDEX cases_opened;
         DROP INDEX cases_phase;
         CREATE INDEX cases_phase ON cases (phase);
         -- and before migration 8
         DROP TRIGGER client_search_insert;
         DROP TRIGGER client_search_delete;
         DROP TRIGGER client_search_update;
         DROP TABLE client_search;
         DROP INDEX clients_born;
         -- and before migration 7
         ALTER TABLE cases DROP COLUMN team;
         ALTER TABLE clients DROP COLUMN team;
         DROP TABLE pseudonym_keys;
         COMMIT;
         PRAGMA user_version = 5;",
    )
    .expect("schema 5");
}

#[test]
fn a_register_of_schema_5_keeps_its_services_with_names_in_each_language() {
    let env = TestEnv::new();
    let (case, _) = assessed(&env, "Aino Vanha", &[]);
    back_to_schema_5(&env);
    let rowids = "SELECT group_concat(code, ',') FROM (SELECT code FROM services ORDER BY rowid)";
    let before: String = open(&env.db)
        .expect("open")
        .query_row(rowids, [], |r| r.get(0))
        .expect("codes");
    // Any command migrates it.
    let list = env.ok(&["--lang", "fi", "plan", "services", "list"]);
    let conn = env.connection();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(version, 17, "migrated to the newest");
    let after: String = conn.query_row(rowids, [], |r| r.get(0)).expect("codes");
    assert_eq!(after, before, "every service kept, in its order");
    // Built-in services get their names; the team's keeps its one name in all three; a built-in
    // the team renamed keeps the team's name.
    assert_eq!(listed_name(&list, "digital-nurse"), "Digihoitaja");
    assert_eq!(listed_name(&list, "memory"), "Muistipoliklinikka");
    assert_eq!(listed_name(&list, "doctor"), "GP (omalääkäri)");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM services WHERE code = 'memory' AND name = 'Muistipoliklinikka'
                 AND name_fi = name AND name_sv = name AND name_en = name
                 AND area = 'older-people' AND active = 1"
        ),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM services WHERE code = 'digital-nurse'
                 AND name = 'digital nurse (digihoitaja)' AND name_sv = 'Digital sjukskötare'"
        ),
        1,
        "`name` is kept as it was"
    );
    // The plan still takes the services, and the team renames its own with three names.
    env.ok_at(NOW, &["plan", &case, "--pathway", "service=memory"]);
    env.ok(&[
        "plan",
        "services",
        "add",
        "memory",
        "--area",
        "older-people",
        "--sv",
        "Minnesmottagning",
        "--en",
        "memory clinic",
    ]);
    let sv = env.ok_at(
        NOW,
        &["plan", "show", &case, "--format", "md", "--language", "sv"],
    );
    assert!(sv.contains("**Minnesmottagning**"), "{sv}");
    let foreign = env.count("SELECT count(*) FROM pragma_foreign_key_check");
    assert_eq!(foreign, 0);
}
