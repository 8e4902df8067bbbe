//! `moty admin import-sqlite FILE --team T` (issue #16, item 8): a team's register file brought to
//! the register on a PostgreSQL server by its owner — whole, verified, with its original actors and
//! times and its pseudonymous keys, or not at all. Needs the throw-away server of `.ci/pg`
//! (MOTY_TEST_PG), as tests/cli/server.rs.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{key_vars, moty_binary, open, PgDatabase};
use crate::server::server;

const NOW: &str = "2026-11-20 10:00";

/// A timeline entry's case, time, actor, operating-system user and clock.
type Stamped = (String, String, String, Option<String>, Option<String>);

/// moty on a register file, at `now` (with the encrypted build's test key).
fn on_file(db: &Path, now: &str, args: &[&str]) -> (i32, String, String) {
    run_on_file(db, now, args, true)
}

/// moty on a fixture, a file without a key in either build.
fn on_fixture(db: &Path, now: &str, args: &[&str]) -> (i32, String, String) {
    run_on_file(db, now, args, false)
}

fn run_on_file(db: &Path, now: &str, args: &[&str], keyed: bool) -> (i32, String, String) {
    let dir = db.parent().expect("the file's folder");
    let output = Command::new(moty_binary())
        .env_clear()
        .env("MOTY_DB", db)
        .env("MOTY_NOW", now)
        .env("MOTY_USER", "anna.testi")
        .env("MOTY_STATE_DIR", dir.join("state"))
        .env("MOTY_CONFIG", dir.join("config.toml"))
        .env("LANG", "C")
        .envs(if keyed { key_vars() } else { Vec::new() })
        .args(args)
        .output()
        .expect("run moty");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn file_ok(db: &Path, now: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = on_file(db, now, args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

/// moty on the server as whoever `url` signs in as (the key lets the encrypted build read a file).
fn on_server(url: &str, args: &[&str]) -> (i32, String, String) {
    run_on_server(url, args, true)
}

fn run_on_server(url: &str, args: &[&str], keyed: bool) -> (i32, String, String) {
    let output = Command::new(moty_binary())
        .env_clear()
        .env("MOTY_DB", url)
        .env("LANG", "C")
        .env(
            "MOTY_STATE_DIR",
            std::env::temp_dir().join("moty-import-tests"),
        )
        .envs(if keyed { key_vars() } else { Vec::new() })
        .args(args)
        .output()
        .expect("run moty");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn server_ok(url: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = on_server(url, args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

fn import(url: &str, file: &Path, team: &str) -> (i32, String, String) {
    import_keyed(url, file, team, true)
}

/// `admin import-sqlite --json` that must succeed: its document, checked against its schema.
fn imported(url: &str, file: &Path, team: &str) -> serde_json::Value {
    let out = server_ok(
        url,
        &[
            "--json",
            "admin",
            "import-sqlite",
            file.to_str().expect("utf-8 path"),
            "--team",
            team,
        ],
    );
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    crate::server::validate("admin-import", &doc);
    doc
}

/// `import` of a fixture (a file without a key in either build).
fn import_fixture(url: &str, file: &Path, team: &str) -> (i32, String, String) {
    import_keyed(url, file, team, false)
}

fn import_keyed(url: &str, file: &Path, team: &str, keyed: bool) -> (i32, String, String) {
    run_on_server(
        url,
        &[
            "admin",
            "import-sqlite",
            file.to_str().expect("utf-8 path"),
            "--team",
            team,
        ],
        keyed,
    )
}

/// A demo register file of `clients` fictitious clients in a fresh folder.
fn demo(dir: &tempfile::TempDir, clients: &str) -> PathBuf {
    let file = dir.path().join("team.sqlite3");
    file_ok(
        &file,
        NOW,
        &[
            "demo",
            file.to_str().expect("utf-8 path"),
            "--clients",
            clients,
        ],
    );
    file
}

fn file_count(file: &Path, sql: &str) -> i64 {
    open(file)
        .expect("open the file")
        .query_row(sql, [], |r| r.get(0))
        .expect(sql)
}

fn server_count(db: &PgDatabase, sql: &str) -> i64 {
    db.client("postgres")
        .query_one(sql, &[])
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

/// What the server holds, in counts: unchanged means nothing was imported.
fn holdings(db: &PgDatabase) -> Vec<i64> {
    [
        "cases",
        "clients",
        "events",
        "access_log",
        "anchors",
        "unit_names",
        "pseudonym_keys",
        "log_texts",
    ]
    .iter()
    .map(|t| server_count(db, &format!("SELECT count(*) FROM {t}")))
    .collect()
}

/// The follow-ups due by week 2027-W20 in the weekly export, with their pseudonymous client keys.
fn follow_up_keys(out: &str) -> Vec<(String, String)> {
    let doc: serde_json::Value = serde_json::from_str(out).expect("json");
    doc["sections"]["follow_ups"]
        .as_array()
        .expect("the follow-ups")
        .iter()
        .map(|row| {
            (
                row["case"].as_str().unwrap_or("").to_string(),
                row["client"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

const WEEKLY: &[&str] = &[
    "report",
    "weekly",
    "--week",
    "2027-W20",
    "--to",
    "Yhteistyö-tiimi",
    "--format",
    "json",
];

#[test]
fn the_demo_register_comes_to_the_server_whole_with_its_actors_times_and_keys() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = demo(&dir, "30");
    // The team's export before the move: its pseudonymous keys.
    let before = follow_up_keys(&file_ok(&file, NOW, WEEKLY));
    assert!(!before.is_empty(), "the demo has follow-ups due");
    let count = |sql: &str| file_count(&file, sql);
    let (cases, events, access, disclosures) = (
        count("SELECT count(*) FROM cases"),
        count("SELECT count(*) FROM events"),
        count("SELECT count(*) FROM access_log"),
        count("SELECT count(*) FROM disclosure_log"),
    );
    let register_id: String = open(&file)
        .expect("open")
        .query_row(
            "SELECT value FROM meta WHERE key = 'register_id'",
            [],
            |r| r.get(0),
        )
        .expect("register id");
    let head: String = open(&file)
        .expect("open")
        .query_row(
            "SELECT hash FROM events ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("head");

    let doc = imported(&db.url, &file, "pohjoinen");
    assert_eq!(doc["cases"], cases, "{doc}");
    assert_eq!(doc["clients_new"], 30, "{doc}");
    assert_eq!(doc["register_id"], register_id.as_str(), "{doc}");

    // Every case, entry and log row is there, plus one re-anchor row per chain.
    let here = |sql: &str| server_count(&db, sql);
    assert_eq!(here("SELECT count(*) FROM cases"), cases);
    assert_eq!(here("SELECT count(*) FROM events"), events);
    assert_eq!(here("SELECT count(*) FROM access_log"), access);
    assert_eq!(here("SELECT count(*) FROM disclosure_log"), disclosures);
    assert_eq!(
        here("SELECT count(*) FROM anchors WHERE reason = 'import'"),
        4
    );
    assert_eq!(
        here("SELECT count(*) FROM cases WHERE team = 'pohjoinen'"),
        cases
    );
    assert_eq!(
        here("SELECT count(*) FROM clients WHERE team = 'pohjoinen'"),
        30
    );
    let mut owner = db.client("postgres");
    let anchor = owner
        .query_one(
            "SELECT old_rows, old_head, new_rows, new_head = (SELECT hash FROM events
                 ORDER BY id DESC LIMIT 1), detail::jsonb ->> 'register_id', detail::jsonb ->> 'team'
             FROM anchors WHERE reason = 'import' AND log = 'events'",
            &[],
        )
        .expect("the events' re-anchor");
    assert_eq!(anchor.get::<_, i64>(0), events);
    assert_eq!(anchor.get::<_, String>(1), head);
    assert_eq!(anchor.get::<_, i64>(2), events);
    assert!(anchor.get::<_, bool>(3));
    assert_eq!(anchor.get::<_, String>(4), register_id);
    assert_eq!(anchor.get::<_, String>(5), "pohjoinen");

    // The original who and when, entry by entry.
    let mut in_file: Vec<Stamped> = Vec::new();
    {
        let conn = open(&file).expect("open");
        let mut stmt = conn
            .prepare("SELECT case_id, entered_at, actor, os_user, clock FROM events ORDER BY id")
            .expect("prepare");
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .expect("query");
        for row in rows {
            in_file.push(row.expect("row"));
        }
    }
    let on_server: Vec<Stamped> = owner
        .query(
            "SELECT case_id, entered_at, actor, os_user, clock FROM events ORDER BY id",
            &[],
        )
        .expect("events")
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
        .collect();
    assert_eq!(on_server, in_file, "actors, times and clocks kept");
    assert!(in_file.iter().all(|e| e.2 != "postgres"));

    let verified = server_ok(&db.url, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
    assert!(!verified.contains("broken"), "{verified}");

    // The team's export on the server keys the same clients the same way.
    let after = follow_up_keys(&server_ok(&db.url, WEEKLY));
    assert_eq!(after, before, "pseudonymous keys kept");

    // The cases are the team's: its coordinators see them, another team's do not.
    for (login, team) in [("tiina.testi", "pohjoinen"), ("eero.testi", "etela")] {
        server_ok(&db.url, &["admin", "user", "add", login, "--team", team]);
    }
    let listed = |login: &str| server_ok(&db.as_login(login), &["list", "--phase", "follow-up"]);
    let first = &before[0].0;
    assert!(listed("tiina.testi").contains(first.as_str()));
    assert!(!listed("eero.testi").contains(first.as_str()));
}

#[test]
fn a_colliding_case_is_refused_and_nothing_is_imported() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = demo(&dir, "5");
    let (code, _, stderr) = import(&db.url, &file, "pohjoinen");
    assert_eq!(code, 0, "{stderr}");
    let before = holdings(&db);
    let (code, _, stderr) = import(&db.url, &file, "etelä");
    assert_eq!(code, 4, "{stderr}");
    for id in [
        "2026-0001",
        "2026-0002",
        "2026-0003",
        "2026-0004",
        "2026-0005",
    ] {
        assert!(stderr.contains(id), "every colliding id named: {stderr}");
    }
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(holdings(&db), before, "nothing imported");
}

#[test]
fn an_error_in_the_middle_leaves_the_server_as_it_was() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = demo(&dir, "5");
    let before = holdings(&db);
    // The access log is copied after the clients, the cases and the timeline: it fails there.
    db.client("postgres")
        .batch_execute(
            "CREATE FUNCTION moty.fail() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RAISE EXCEPTION 'the disk broke'; END $$;
             CREATE TRIGGER fail BEFORE INSERT ON moty.access_log
                 FOR EACH ROW EXECUTE FUNCTION moty.fail();",
        )
        .expect("a failing trigger");
    let (code, _, stderr) = import(&db.url, &file, "pohjoinen");
    assert_ne!(code, 0, "{stderr}");
    assert_eq!(holdings(&db), before, "nothing half-imported");
}

#[test]
fn the_same_identity_code_in_two_files_is_one_client_with_the_differences_listed() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    let refer = |file: &Path, now: &str, name: &str, phone: &str| {
        file_ok(
            file,
            now,
            &[
                "refer",
                "--name",
                name,
                "--hetu",
                "131052-308T",
                "--phone",
                phone,
                "--group",
                "working-age",
                "--source",
                "primary-care",
                "--channel",
                "phone",
                "--reason",
                "several needs",
            ],
        );
    };
    let north = dir.path().join("north.sqlite3");
    let south = dir.path().join("south.sqlite3");
    refer(&north, "2025-11-20 10:00", "Aino Testinen", "040 111 1111");
    refer(&south, NOW, "Aino Testinen-Toinen", "040 222 2222");
    let (code, _, stderr) = import(&db.url, &north, "pohjoinen");
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = import(&db.url, &south, "etelä");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("2 differences"), "{stdout}");
    assert!(
        stdout.contains("client 2026-0001, name")
            && stdout.contains("Aino Testinen-Toinen")
            && stdout.contains("040 222 2222"),
        "{stdout}"
    );
    let here = |sql: &str| server_count(&db, sql);
    assert_eq!(here("SELECT count(*) FROM clients"), 1, "one client");
    assert_eq!(
        here("SELECT count(DISTINCT client_id) FROM cases"),
        1,
        "both cases point at it"
    );
    let name: String = db
        .client("postgres")
        .query_one("SELECT name FROM clients", &[])
        .expect("client")
        .get(0);
    assert_eq!(name, "Aino Testinen", "the server's details kept");
    let cases: Vec<(String, String)> = db
        .client("postgres")
        .query("SELECT id, team FROM cases ORDER BY id", &[])
        .expect("cases")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        cases,
        [
            ("2025-0001".to_string(), "pohjoinen".to_string()),
            ("2026-0001".to_string(), "etelä".to_string())
        ]
    );
    let verified = server_ok(&db.url, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
}

#[test]
fn only_the_owner_imports_and_only_a_current_intact_file() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = demo(&dir, "5");
    let before = holdings(&db);
    server_ok(
        &db.url,
        &["admin", "user", "add", "ville.testi", "--team", "pohjoinen"],
    );
    let (code, _, stderr) = import(&db.as_login("ville.testi"), &file, "pohjoinen");
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("moty_owner"), "{stderr}");

    // A file of an older schema: open it once with this moty first.
    let old = dir.path().join("register-v2.sqlite3");
    std::fs::copy(crate::common::fixture("register-v2.sqlite3"), &old).expect("copy");
    let (code, _, stderr) = import_fixture(&db.url, &old, "pohjoinen");
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("schema version 2"), "{stderr}");

    // A file whose timeline was edited past moty.
    {
        let conn = open(&file).expect("open");
        let triggers: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events'",
            )
            .expect("prepare")
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("names");
        for trigger in triggers {
            conn.execute_batch(&format!("DROP TRIGGER \"{trigger}\""))
                .expect("drop");
        }
        conn.execute(
            "UPDATE events SET effective_on = '2020-01-01' WHERE id = 2",
            [],
        )
        .expect("edit");
    }
    let (code, _, stderr) = import(&db.url, &file, "pohjoinen");
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("events chain"), "{stderr}");
    assert_eq!(holdings(&db), before, "nothing imported");
}

#[test]
fn a_file_begun_by_an_older_moty_verifies_on_the_server_once_opened_with_this_one() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    // Rows of chain format 1, a chain-format re-anchor, disclosures written before the legal
    // bases were kept.
    let old = dir.path().join("register-v2.sqlite3");
    std::fs::copy(crate::common::fixture("register-v2.sqlite3"), &old).expect("copy");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o600)).expect("private");
    }
    let (code, _, stderr) = import_fixture(&db.url, &old, "pohjoinen");
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("moty --db"), "the way: {stderr}");
    let (code, _, stderr) = on_fixture(&old, NOW, &["list"]);
    assert_eq!(code, 0, "{stderr}");
    let events: i64 = rusqlite::Connection::open(&old)
        .expect("open")
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .expect("count");
    let (code, _, stderr) = import_fixture(&db.url, &old, "pohjoinen");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(server_count(&db, "SELECT count(*) FROM events"), events);
    let verified = server_ok(&db.url, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
    assert!(!verified.contains("no legal basis"), "{verified}");
}

#[test]
fn directory_entries_and_slot_rules_are_merged_added_or_listed() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    let entry = |file: &Path, name: &str, phone: &str| {
        file_ok(
            file,
            NOW,
            &[
                "directory",
                "add",
                "--name",
                name,
                "--role",
                "sairaanhoitaja",
                "--unit",
                "Aikuisneuvola",
                "--phone",
                phone,
            ],
        );
    };
    let slot = |file: &Path, start: &str, capacity: &str| {
        file_ok(
            file,
            NOW,
            &[
                "schedule",
                "slots",
                "add",
                "--kind",
                "kela",
                "--weekday",
                "2",
                "--start",
                start,
                "--minutes",
                "60",
                "--capacity",
                capacity,
                "--region",
                "Pohjoinen",
            ],
        );
    };
    let north = dir.path().join("north.sqlite3");
    let south = dir.path().join("south.sqlite3");
    entry(&north, "Pekka Hoitaja", "040 111 1111");
    slot(&north, "09:00", "2");
    entry(&south, "Pekka Hoitaja", "040 222 2222");
    entry(&south, "Liisa Hoitaja", "040 333 3333");
    slot(&south, "09:00", "3");
    slot(&south, "11:00", "1");
    let (code, _, stderr) = import(&db.url, &north, "pohjoinen");
    assert_eq!(code, 0, "{stderr}");
    let doc = imported(&db.url, &south, "etela");
    let catalogue = |table: &str| {
        doc["catalogues"]
            .as_array()
            .expect("catalogues")
            .iter()
            .find(|c| c["table"] == table)
            .map(|c| (c["merged"].as_i64(), c["added"].as_i64()))
    };
    assert_eq!(catalogue("directory"), Some((Some(1), Some(1))), "{doc}");
    assert_eq!(catalogue("slot_rules"), Some((Some(5), Some(1))), "{doc}");
    let differences: Vec<(String, String, String, String)> = doc["differences"]
        .as_array()
        .expect("differences")
        .iter()
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap_or("").to_string();
            (text("what"), text("field"), text("file"), text("server"))
        })
        .collect();
    assert!(
        differences.contains(&(
            "directory".into(),
            "phone".into(),
            "040 222 2222".into(),
            "040 111 1111".into()
        )),
        "{doc}"
    );
    assert!(
        differences.contains(&(
            "slot_rules".into(),
            "capacity".into(),
            "3".into(),
            "2".into()
        )),
        "{doc}"
    );
    let here = |sql: &str| server_count(&db, sql);
    assert_eq!(here("SELECT count(*) FROM directory"), 2);
    assert_eq!(
        here("SELECT count(*) FROM directory WHERE phone = '040 111 1111'"),
        1,
        "the server's kept"
    );
    assert_eq!(
        here("SELECT count(*) FROM slot_rules WHERE region = 'Pohjoinen'"),
        2
    );
}

#[test]
fn erasures_and_linked_consultations_follow_their_rows_to_new_ids() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("temp dir");
    // A year after the demo's cases, which the server has by then.
    let later = "2027-01-15 10:00";
    let consult = |run: &dyn Fn(&[&str]) -> String, at: &str| {
        run(&[
            "consult",
            "--channel",
            "phone",
            "--unit",
            "adult-clinic",
            "--topic",
            "a worker asks about coordination",
            "--advice",
            "refer them",
            "--referral-expected",
            "yes",
            "--at",
            at,
        ]);
    };
    // The server has a consultation and a timeline of its own already: the file's ids move.
    consult(&|args| server_ok(&db.url, args), "2026-11-19 09:00");
    let older = demo(&dir, "3");
    let (code, _, stderr) = import(&db.url, &older, "etela");
    assert_eq!(code, 0, "{stderr}");
    let file = dir.path().join("rich.sqlite3");
    consult(&|args| file_ok(&file, later, args), "2027-01-14 09:00");
    let refer = |name: &str, extra: &[&str]| {
        let mut args = vec![
            "refer",
            "--name",
            name,
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "phone",
            "--reason",
            "several needs",
            "--another-case",
        ];
        args.extend_from_slice(extra);
        file_ok(&file, later, &args);
    };
    refer("Eino Testaaja", &["--consultation", "1"]);
    refer("Toivo Testaaja", &[]);
    file_ok(
        &file,
        later,
        &["close", "2027-0002", "--reason", "declined"],
    );
    file_ok(
        &file,
        later,
        &["purge", "2027-0002", "--reason", "wrong-person"],
    );
    assert_eq!(file_count(&file, "SELECT count(*) FROM erasures"), 1);

    let (code, _, stderr) = import(&db.url, &file, "pohjoinen");
    assert_eq!(code, 0, "{stderr}");
    let here = |sql: &str| server_count(&db, sql);
    assert_eq!(
        here(
            "SELECT count(*) FROM erasures r JOIN events e ON e.id = r.row_id
             JOIN events p ON p.id = r.purge_event
             WHERE r.log = 'events' AND e.case_id = '2027-0002' AND p.kind = 'case-purged'"
        ),
        1,
        "the erasure names the imported rows"
    );
    assert_eq!(
        here(
            "SELECT count(*) FROM consultation_links l JOIN events e ON e.id = l.event_id
             WHERE l.consultation_id = 2 AND l.case_id = '2027-0001'
                 AND e.kind = 'consultation-linked'"
        ),
        1,
        "the link follows the consultation and the entry"
    );
    let verified = server_ok(&db.url, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
    assert!(!verified.contains("differs"), "{verified}");
}
