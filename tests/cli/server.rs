//! A register on a PostgreSQL server (issue #16), tested as the people who use it: the area's IT
//! making it (`moty admin`), a coordinator signed in as themselves, someone past moty with a
//! superuser's rights. Needs the throw-away server of `.ci/pg` (MOTY_TEST_PG): skipped without it
//! locally, a failure without it in CI (CI=true), so a broken set-up never passes silently.

use std::process::Command;

use crate::common::{moty_binary, server_url, PgDatabase, NOW};

/// The server, or None locally without one (in CI its absence fails the test): for every test
/// that needs the throw-away server (also tests/cli/login.rs).
pub fn server() -> Option<String> {
    needed(server_url(), "MOTY_TEST_PG", "server")
}

/// `url`, what `.ci/pg` exported as `variable` (the `what` it starts), or None locally without
/// it: under CI=true its absence fails the test, so a broken set-up never passes silently.
pub(crate) fn needed(url: Option<String>, variable: &str, what: &str) -> Option<String> {
    if url.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but {variable} is not set: .ci/pg starts the {what} these tests need"
        );
        eprintln!(
            "no {variable}: the tests that need the {what} are skipped (run them with .ci/pg)"
        );
    }
    url
}

/// moty run with `url` as its register, nothing else from the environment.
pub(crate) fn moty(url: &str, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(moty_binary())
        .env_clear()
        .env("MOTY_DB", url)
        .env("LANG", "C")
        .env(
            "MOTY_STATE_DIR",
            std::env::temp_dir().join("moty-server-tests"),
        )
        .args(args)
        .output()
        .expect("run moty");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

pub(crate) fn ok(url: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = moty(url, args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

/// A referral by whoever `url` signs in as (its exit code and standard error; `extra` adds flags).
fn refer_with(url: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "refer",
        "--name",
        "Testi Henkilö",
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--reason",
        "several needs",
    ];
    args.extend_from_slice(extra);
    moty(url, &args)
}

/// A referral that must succeed.
fn refer(url: &str) {
    let (code, _, stderr) = refer_with(url, &[]);
    assert_eq!(code, 0, "refer: {stderr}");
}

pub fn validate(schema: &str, doc: &serde_json::Value) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/schemas")
        .join(format!("{schema}.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the schema")).expect("json");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator.iter_errors(doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{doc}: {errors:?}");
}

/// Sets the owner's test clock (what the suite's wrapper does for every command).
pub(crate) fn clock(db: &PgDatabase, at: &str) {
    db.client("postgres")
        .batch_execute(&format!(
            "DELETE FROM clock_override; INSERT INTO clock_override (at)
             VALUES ('{at}'::timestamp AT TIME ZONE 'Europe/Helsinki')"
        ))
        .expect("set the test clock");
}

#[test]
fn the_area_makes_the_register_migrates_it_and_gives_people_logins() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::empty(&admin);
    // Nothing there yet: a coordinator's command is refused, naming what the owner runs.
    let (code, _, stderr) = moty(&db.url, &["list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("moty admin init"), "{stderr}");

    let made = serde_json::from_str(&ok(&db.url, &["--json", "admin", "init"])).expect("json");
    validate("admin", &made);
    assert_eq!(made["created"], true, "{made}");
    assert_eq!(made["version"], 17, "{made}");
    let again = ok(&db.url, &["admin", "init"]);
    assert!(again.contains("is there already"), "{again}");
    let migrated: serde_json::Value =
        serde_json::from_str(&ok(&db.url, &["--json", "admin", "migrate"])).expect("json");
    validate("admin", &migrated);
    assert_eq!(
        (&migrated["from"], &migrated["version"]),
        (&17.into(), &17.into())
    );

    let added: serde_json::Value = serde_json::from_str(&ok(
        &db.url,
        &[
            "--json",
            "admin",
            "user",
            "add",
            "tiina.testi",
            "--team",
            "pohjoinen-1",
            "--region",
            "Pohjoinen",
        ],
    ))
    .expect("json");
    validate("admin", &added);
    assert_eq!(added["role"], "moty_coordinator", "{added}");
    assert_eq!(added["team"], "pohjoinen-1", "{added}");
    let granted = db
        .client("postgres")
        .query_one(
            "SELECT pg_has_role('tiina.testi', 'moty_coordinator', 'member'),
                 (SELECT region FROM user_regions WHERE \"user\" = 'tiina.testi')",
            &[],
        )
        .expect("the login");
    assert!(granted.get::<_, bool>(0));
    assert_eq!(granted.get::<_, String>(1), "Pohjoinen");
    // She signs in as herself and is the actor of what she does.
    clock(&db, NOW);
    let tiina = db.as_login("tiina.testi");
    refer(&tiina);
    let actor: String = db
        .client("postgres")
        .query_one("SELECT actor FROM events WHERE id = 1", &[])
        .expect("the entry")
        .get(0);
    assert_eq!(actor, "tiina.testi");
    // The auditor role is granted the same way.
    let auditor = ok(
        &db.url,
        &["admin", "user", "add", "dpo.testi", "--role", "auditor"],
    );
    assert!(auditor.contains("moty_auditor"), "{auditor}");
    // A coordinator cannot migrate: only the owner changes the schema.
    let (code, _, stderr) = moty(&tiina, &["admin", "migrate"]);
    assert_ne!(code, 0);
    assert!(stderr.contains("moty_owner"), "{stderr}");
}

#[test]
fn a_migration_that_does_not_record_its_version_is_refused_whole() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::empty(&admin);
    ok(&db.url, &["admin", "init"]);
    // The register as it was at version 11, and a schema_version that ignores every change, as
    // a migration file that forgot to record its version would leave it.
    db.client("postgres")
        .batch_execute(
            "UPDATE moty.schema_version SET version = 11;
             CREATE FUNCTION public.keep_version() RETURNS trigger LANGUAGE plpgsql
                 AS $$ BEGIN RETURN OLD; END $$;
             CREATE TRIGGER keep_version BEFORE UPDATE ON moty.schema_version
                 FOR EACH ROW EXECUTE FUNCTION public.keep_version();",
        )
        .expect("rewind");
    let (code, stdout, stderr) = moty(&db.url, &["admin", "migrate"]);
    assert_ne!(code, 0, "{stdout}");
    assert!(
        stderr.contains("schema version 12") && stderr.contains("recording version 11"),
        "{stderr}"
    );
    let version = |db: &PgDatabase| -> i64 {
        db.client("postgres")
            .query_one("SELECT max(version)::bigint FROM moty.schema_version", &[])
            .expect("version")
            .get(0)
    };
    assert_eq!(version(&db), 11, "nothing of the migration was kept");
    db.client("postgres")
        .batch_execute("DROP TRIGGER keep_version ON moty.schema_version")
        .expect("mend");
    let migrated: serde_json::Value =
        serde_json::from_str(&ok(&db.url, &["--json", "admin", "migrate"])).expect("json");
    assert_eq!(
        (&migrated["from"], &migrated["version"]),
        (&11.into(), &17.into())
    );
    assert_eq!(version(&db), 17);
}

#[test]
fn a_coordinator_cannot_change_a_log_row_nor_forge_who_wrote_it_or_when() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    ok(
        &db.url,
        &["admin", "user", "add", "ville.testi", "--team", "etela-1"],
    );
    clock(&db, "2026-11-23 10:00");
    let ville = db.as_login("ville.testi");
    refer(&ville);
    let mut client = db.client("ville.testi");
    for sql in [
        "UPDATE events SET detail = '{}' WHERE id = 1",
        "DELETE FROM events WHERE id = 1",
        "UPDATE access_log SET actor = 'someone' WHERE id = 1",
        "DELETE FROM access_log",
        "TRUNCATE access_log",
        "TRUNCATE events CASCADE",
    ] {
        let refused = client.batch_execute(sql);
        assert!(refused.is_err(), "{sql} was allowed");
    }
    // A row written straight into the access log is refused, with its own id and hash or
    // without: a coordinator writes it through log_access (migration 15)…
    for sql in [
        "INSERT INTO access_log (id, at, actor, command, action, os_user, clock, hash)
         VALUES (99, '2020-01-01T00:00:00Z', 'anna', 'show', 'view', 'x', 'system', 'f00')",
        "INSERT INTO access_log (command, action, os_user) VALUES ('show', 'view', 'x')",
    ] {
        let refused = client.batch_execute(sql).expect_err(sql);
        assert_eq!(
            refused.code(),
            Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {refused:?}"
        );
    }
    // …which takes the row's own fields only: a row claiming another author, another time and
    // its own id and hash gets the server's all four.
    client
        .query(
            "SELECT * FROM log_access(CAST($1 AS text)::jsonb)",
            &[
                &r#"[{"id": 99, "at": "2020-01-01T00:00:00Z", "actor": "anna", "command": "show",
                   "action": "view", "os_user": "x", "clock": "system", "hash": "f00"}]"#,
            ],
        )
        .expect("a coordinator may append");
    let row = client
        .query_one(
            "SELECT id, at, actor, clock, hash <> 'f00' FROM access_log ORDER BY id DESC LIMIT 1",
            &[],
        )
        .expect("the row");
    assert_eq!(row.get::<_, i64>(0), 2, "numbered by the server, gapless");
    assert_eq!(row.get::<_, String>(1), "2026-11-23T08:00:00Z");
    assert_eq!(row.get::<_, String>(2), "ville.testi");
    assert_eq!(row.get::<_, String>(3), "override");
    assert!(row.get::<_, bool>(4));
    // …and the row verifies: the server hashed it as moty does.
    let verified = ok(&ville, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
    // Nor can a coordinator move the server's clock.
    assert!(client.batch_execute("DELETE FROM clock_override").is_err());
}

#[test]
fn on_a_server_the_login_acts_and_the_server_keeps_the_time() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    ok(
        &db.url,
        &["admin", "user", "add", "ville.testi", "--team", "etela-1"],
    );
    let ville = db.as_login("ville.testi");
    let (code, _, stderr) = moty(&ville, &["--as", "anna.testi", "list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("--as") && stderr.contains("ville.testi"),
        "{stderr}"
    );
    assert!(ok(&ville, &["--as", "ville.testi", "list"]).contains("No cases"));
    let output = Command::new(moty_binary())
        .env_clear()
        .env("MOTY_DB", &ville)
        .env("MOTY_NOW", "2026-11-23 10:00")
        .env("LANG", "C")
        .args(["list"])
        .output()
        .expect("run moty");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("MOTY_NOW"));
    // The file's own work is the server's tools' there: refused, with the way.
    let (code, _, stderr) = moty(&ville, &["backup", "/tmp/never-written.sqlite3"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("PostgreSQL server"), "{stderr}");
    assert!(!std::path::Path::new("/tmp/never-written.sqlite3").exists());
}

/// The functions that stand in for SQLite's JSON functions (migration 14) can be inlined by the
/// planner, which a STRICT SQL function cannot (each call then ran through the SQL function
/// executor, 17 µs), and answer as SQLite's do, also for NULL.
#[test]
fn the_json_functions_are_inlinable_and_answer_as_sqlite_does() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let mut owner = db.client("postgres");
    let strict: Vec<(String, bool)> = owner
        .query(
            "SELECT proname::text, proisstrict FROM pg_proc
             WHERE pronamespace = 'moty'::regnamespace
                 AND proname IN ('json_extract', 'json_each') ORDER BY proname",
            &[],
        )
        .expect("pg_proc")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        strict,
        [
            ("json_each".to_string(), false),
            ("json_extract".to_string(), false)
        ]
    );
    let row = owner
        .query_one(
            r#"SELECT json_extract('{"a": {"b": "x"}, "t": true, "n": 3}', '$.a.b'),
                   json_extract('{"t": true}', '$.t'), json_extract('{"n": 3}', '$.n'),
                   json_extract('{"a": 1}', '$.missing'), json_extract(NULL, '$.a'),
                   json_extract('{"a": 1}', NULL),
                   (SELECT string_agg(key || '=' || value, ',') FROM json_each('["p", "q"]'::jsonb)),
                   (SELECT count(*) FROM json_each(NULL::jsonb))"#,
            &[],
        )
        .expect("the functions");
    let texts: Vec<Option<String>> = (0..7).map(|i| row.get(i)).collect();
    assert_eq!(
        texts,
        [
            Some("x".to_string()),
            Some("1".to_string()),
            Some("3".to_string()),
            None,
            None,
            None,
            Some("0=p,1=q".to_string()),
        ]
    );
    assert_eq!(row.get::<_, i64>(7), 0);
}

/// The CHECKs' date and stamp functions (migration 15) are SQL the planner inlines, with no
/// subtransaction per value, and answer as the PL/pgSQL is_date of migration 6 did for every
/// year, month and day that matter (and for NULL): a stamp or a minute is its pattern and a date.
#[test]
fn the_date_checks_are_inlinable_and_answer_as_before() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let mut owner = db.client("postgres");
    let kinds: Vec<(String, bool, String)> = owner
        .query(
            "SELECT proname::text, proisstrict, (SELECT lanname::text FROM pg_language l WHERE l.oid = prolang) FROM pg_proc
             WHERE pronamespace = 'moty'::regnamespace
                 AND proname IN ('is_date', 'is_stamp', 'is_minute') ORDER BY proname",
            &[],
        )
        .expect("pg_proc")
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    let sql = |name: &str| (name.to_string(), false, "sql".to_string());
    assert_eq!(kinds, [sql("is_date"), sql("is_minute"), sql("is_stamp")]);
    // Migration 6's is_date, as its file has it, and every text of years, months and days
    // around each edge.
    let schema_6 = include_str!("../../src/store/pg/006_schema.sql");
    let from = schema_6
        .find("CREATE FUNCTION is_date(")
        .expect("is_date in 006");
    let old = &schema_6[from..];
    let old = &old[..old.find("END $$;").expect("its end") + "END $$;".len()];
    owner
        .batch_execute(&old.replace("is_date(", "pg_temp.old_is_date("))
        .expect("the old is_date");
    owner
        .batch_execute(
            "CREATE TEMP TABLE texts AS
                 SELECT y || '-' || m || '-' || d AS t
                 FROM unnest('{0000,0001,1899,1900,1999,2000,2023,2024,2100,9999}'::text[]) y,
                      unnest('{00,01,02,03,04,06,09,11,12,13,1,99}'::text[]) m,
                      unnest('{00,01,09,10,19,28,29,30,31,32,1,99}'::text[]) d
                 UNION ALL SELECT unnest('{\"\",2024-01-01x,x2024-01-01,2024/01/01,
                     2024-01-01T00:00:00Z,abcd-ef-gh,+024-01-01,2024-0a-01,२०२४-01-01}'::text[])
                 UNION ALL SELECT NULL",
        )
        .expect("the texts");
    let differ: Vec<(Option<String>, Option<bool>, Option<bool>)> = owner
        .query(
            "SELECT t, moty.is_date(t), pg_temp.old_is_date(t) FROM texts
             WHERE moty.is_date(t) IS DISTINCT FROM pg_temp.old_is_date(t)",
            &[],
        )
        .expect("compare")
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert_eq!(differ, []);
    let counted: (i64, i64, i64) = owner
        .query_one(
            "SELECT count(*), count(*) FILTER (WHERE moty.is_date(t)),
                 count(*) FILTER (WHERE moty.is_date(t) IS NULL) FROM texts",
            &[],
        )
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .expect("counted");
    assert_eq!(counted.2, 1, "NULL only for NULL");
    assert!(counted.1 > 200 && counted.1 < counted.0 / 2, "{counted:?}");
    // A stamp and a minute: the pattern and a date.
    let row = owner
        .query_one(
            "SELECT moty.is_stamp('2024-02-29T23:59:59Z'), moty.is_stamp('2023-02-29T12:00:00Z'),
                 moty.is_stamp('2024-02-28T24:00:00Z'), moty.is_stamp('2024-02-28 12:00'),
                 moty.is_minute('2024-12-31 23:59'), moty.is_minute('2024-12-32 10:00'),
                 moty.is_minute('2024-12-31T23:59:00Z'),
                 moty.is_stamp(NULL) IS NULL AND moty.is_minute(NULL) IS NULL",
            &[],
        )
        .expect("stamps");
    let answers: Vec<bool> = (0..8).map(|i| row.get(i)).collect();
    assert_eq!(
        answers,
        [true, false, false, false, true, false, false, true]
    );
}

#[test]
fn a_register_of_another_schema_version_waits_for_its_owner() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let mut owner = db.client("postgres");
    owner
        .batch_execute(
            "ALTER TABLE schema_version DROP CONSTRAINT schema_version_version_check;
             UPDATE schema_version SET version = 5",
        )
        .expect("make it older");
    let (code, _, stderr) = moty(&db.url, &["list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("moty admin migrate"), "{stderr}");
    owner
        .batch_execute("UPDATE schema_version SET version = 99")
        .expect("make it newer");
    let (code, _, stderr) = moty(&db.url, &["list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("newer"), "{stderr}");
}

#[test]
fn a_row_rewritten_past_moty_is_found_by_audit_verify() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    clock(&db, NOW);
    refer(&db.url);
    assert!(ok(&db.url, &["audit", "verify"]).contains("intact"));
    // A superuser switches the triggers off for the session and edits the timeline.
    db.client("postgres")
        .batch_execute(
            "SET session_replication_role = replica;
             UPDATE events SET detail = '{\"source\":\"self\"}' WHERE id = 1",
        )
        .expect("a superuser can");
    let (code, stdout, stderr) = moty(&db.url, &["audit", "verify"]);
    assert_eq!(code, 4, "{stdout}{stderr}");
    assert!(stdout.contains("events"), "{stdout}");
}

#[test]
fn a_register_held_by_another_writer_answers_busy_and_writes_nothing() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    clock(&db, NOW);
    refer(&db.url);
    // Another session holds the register's write lock (the key every write takes first).
    let mut holder = db.client("postgres");
    holder
        .batch_execute("SELECT pg_advisory_lock(1836020857)")
        .expect("hold the write lock");
    let count = |client: &mut postgres::Client| -> i64 {
        client
            .query_one(
                "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM events)",
                &[],
            )
            .expect("count")
            .get(0)
    };
    let before = count(&mut holder);
    let (code, _, stderr) = refer_with(&db.url, &["--another-case"]);
    holder
        .batch_execute("SELECT pg_advisory_unlock(1836020857)")
        .expect("release");
    assert_eq!(code, 5, "{stderr}");
    // The server's lock_timeout ran out: the message says it waited.
    assert!(
        stderr.contains("busy") && stderr.contains("over 15 seconds"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("lock timeout"),
        "no server wording escapes: {stderr}"
    );
    assert_eq!(count(&mut holder), before, "nothing written");
}

/// The witness's check on a server reads the rows it saw in one call (`chain_hashes`): a head
/// that still holds says nothing, and a row it saw that was rewritten past moty (a superuser
/// with the triggers off) is reported at the next command, naming the log.
#[test]
fn the_witness_catches_a_row_it_saw_rewritten_on_the_server() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    clock(&db, NOW);
    refer(&db.url);
    let (code, _, stderr) = moty(&db.url, &["list"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("rewritten"), "{stderr}");
    db.client("postgres")
        .batch_execute(
            "SET session_replication_role = replica;
             UPDATE events SET hash = repeat('a', 64) WHERE id = (SELECT max(id) FROM events)",
        )
        .expect("a superuser can");
    let (code, _, stderr) = moty(&db.url, &["list"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("events was rewritten since you last saw it"),
        "{stderr}"
    );
    assert!(!stderr.contains("access_log was rewritten"), "{stderr}");
}
