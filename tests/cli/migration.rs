//! Schema migrations: a register written by the last release is carried forward intact, case
//! numbers go on past 9,999, a register from a newer moty is refused, and the event kinds the
//! code knows are the ones the register accepts.

use rusqlite::{Connection, OpenFlags};

use crate::common::{dump, fixture, TestEnv};
use moty::domain::EventKind;

/// The schema version this moty writes (`store::migrate::LATEST`).
const LATEST: i64 = 17;

/// tests/fixtures/register-v2.sqlite3: the demo register of the last release (524ae63) with a few
/// more changes, made by tests/fixtures/register-v2.sh.
const V2: &str = "register-v2.sqlite3";

fn read_only(path: &std::path::Path) -> Connection {
    crate::common::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open read-only")
}

fn user_version(conn: &Connection) -> i64 {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("user_version")
}

fn strings(conn: &Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql)
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// What must survive a migration, read straight from the file.
#[derive(Debug, PartialEq)]
struct Snapshot {
    /// Per table, its row count and every row (rowid first) of the columns it had.
    tables: Vec<(String, i64, String)>,
    case_ids: Vec<String>,
    /// Per chained log: its last row's id and hash.
    heads: Vec<(String, i64, String)>,
    triggers: Vec<String>,
}

/// Reads `path` as the register `columns_of` describes: the same tables and columns, so a
/// migrated register can be compared with the one it came from.
fn snapshot(path: &std::path::Path, columns_of: &std::path::Path) -> Snapshot {
    let conn = read_only(path);
    let shape = read_only(columns_of);
    let mut tables = Vec::new();
    for table in strings(
        &shape,
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
    ) {
        // Chain format 2 (migration 4) re-hashes the logs and moves their personal text out of
        // the rows: those columns are checked on their own, below.
        let moved: &[&str] = match table.as_str() {
            "events" => &["hash", "detail"],
            "access_log" => &["hash", "reason"],
            "disclosure_log" => &["hash"],
            _ => &[],
        };
        let columns: Vec<String> = strings(
            &shape,
            &format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"),
        )
        .into_iter()
        .filter(|c| !moved.contains(&c.as_str()))
        .collect();
        // The one row migration 3 adds to a table that had rows (checked on its own).
        let only = if table == "meta" {
            "WHERE key <> 'register_id'"
        } else {
            ""
        };
        let count: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table} {only}"), [], |r| {
                r.get(0)
            })
            .expect("count");
        let mut stmt = conn
            .prepare(&format!(
                "SELECT rowid, {} FROM {table} {only} ORDER BY rowid",
                columns.join(", ")
            ))
            .expect("select");
        let mut rows = stmt.query([]).expect("rows");
        let mut text = String::new();
        while let Some(row) = rows.next().expect("row") {
            for i in 0..=columns.len() {
                text.push_str(&format!("{:?}|", row.get_ref(i).expect("value")));
            }
            text.push('\n');
        }
        tables.push((table, count, text));
    }
    let heads = ["events", "access_log", "disclosure_log"]
        .iter()
        .map(|log| {
            conn.query_row(
                &format!("SELECT id, hash FROM {log} ORDER BY id DESC LIMIT 1"),
                [],
                |r| Ok((log.to_string(), r.get(0)?, r.get(1)?)),
            )
            .expect("head")
        })
        .collect();
    Snapshot {
        tables,
        case_ids: strings(&conn, "SELECT id FROM cases ORDER BY id"),
        heads,
        triggers: strings(
            &conn,
            "SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name",
        ),
    }
}

#[test]
fn a_register_written_by_the_last_release_is_carried_forward_intact() {
    let original = fixture(V2);
    assert_eq!(user_version(&read_only(&original)), 2, "the fixture is v2");
    let env = TestEnv::from_fixture(V2);
    let before = snapshot(&env.db, &original);
    // Every table migration 3 rebuilds or adds to has rows to carry.
    for table in [
        "cases",
        "referrals",
        "referral_signs",
        "consents",
        "team_request_units",
        "events",
        "meta",
    ] {
        let rows = before.tables.iter().find(|t| t.0 == table).expect(table).1;
        assert!(rows > 0, "{table} is empty in the fixture");
    }

    // Verifying the chains writes nothing, so the migrated file can be compared row for row.
    let verify = env.run(&["--json", "audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert_eq!(user_version(&env.connection()), LATEST);
    let after = snapshot(&env.db, &original);
    for ((table, rows, content), (_, rows_after, content_after)) in
        before.tables.iter().zip(&after.tables)
    {
        assert_eq!(rows, rows_after, "{table}: row count");
        assert!(content == content_after, "{table}: rows changed");
    }
    assert_eq!(after.case_ids, before.case_ids, "every case id");
    for trigger in &before.triggers {
        assert!(after.triggers.contains(trigger), "{trigger} is kept");
    }
    assert_eq!(after.tables, before.tables);

    // Chain format 2: every row keeps its format-1 hash, its detail and reason are exactly what
    // they were (codes in the row, personal text in log_texts), and each chain's change of head
    // is a re-anchor naming the old head and the new one.
    let old = read_only(&original);
    let conn = env.connection();
    for (log, text_column) in [
        ("events", "detail"),
        ("access_log", "reason"),
        ("disclosure_log", "'-'"),
    ] {
        let before_rows: Vec<(i64, String, Option<String>)> = old
            .prepare(&format!(
                "SELECT id, hash, {text_column} FROM {log} ORDER BY id"
            ))
            .and_then(|mut s| {
                s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect()
            })
            .expect("old rows");
        for (id, hash, text) in &before_rows {
            let hash_v1: String = conn
                .query_row(
                    &format!("SELECT hash_v1 FROM {log} WHERE id = ?1"),
                    [id],
                    |r| r.get(0),
                )
                .expect("hash_v1");
            assert_eq!(&hash_v1, hash, "{log} row {id} keeps its format-1 hash");
            if log == "events" {
                let (detail, personal): (String, Option<String>) = conn
                    .query_row(
                        "SELECT e.detail, t.body FROM events e LEFT JOIN log_texts t
                         ON t.log = 'events' AND t.row_id = e.id WHERE e.id = ?1",
                        [id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .expect("detail");
                let mut joined: serde_json::Value =
                    serde_json::from_str(&detail).expect("detail JSON");
                if let Some(personal) = personal {
                    let personal: serde_json::Value =
                        serde_json::from_str(&personal).expect("text JSON");
                    joined
                        .as_object_mut()
                        .expect("object")
                        .extend(personal.as_object().expect("object").clone());
                }
                let original: serde_json::Value =
                    serde_json::from_str(text.as_deref().unwrap_or("{}")).expect("old JSON");
                let original = serde_json::Value::Object(
                    original
                        .as_object()
                        .expect("object")
                        .iter()
                        .filter(|(_, v)| !v.is_null())
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                );
                let joined = serde_json::Value::Object(
                    joined
                        .as_object()
                        .expect("object")
                        .iter()
                        .filter(|(_, v)| !v.is_null())
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                );
                assert_eq!(joined, original, "event {id}: the same detail");
            } else if log == "access_log" {
                let reason: Option<String> = conn
                    .query_row(
                        "SELECT body FROM log_texts WHERE log = 'access_log' AND row_id = ?1",
                        [id],
                        |r| r.get(0),
                    )
                    .ok();
                assert_eq!(&reason, text, "access row {id}: the same reason");
            }
        }
    }
    let anchors: Vec<(String, String, i64, String, i64, String)> = conn
        .prepare(
            "SELECT reason, log, old_rows, old_head, new_rows, new_head FROM anchors ORDER BY id",
        )
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect()
        })
        .expect("anchors");
    for log in verify.json()["logs"].as_array().expect("logs") {
        assert_eq!(log["broken_at"], serde_json::Value::Null, "{log}");
        if log["log"] == "anchors" {
            assert_eq!(log["rows"], 3, "one re-anchor per log");
            continue;
        }
        if log["log"] == "records" {
            // The records agree with the timeline (the cases' phases, the consents).
            continue;
        }
        let (_, id, hash) = before
            .heads
            .iter()
            .find(|(name, _, _)| log["log"] == name.as_str())
            .expect("a chained log");
        assert_eq!(log["rows"], *id, "{log}");
        let anchor = anchors
            .iter()
            .find(|a| log["log"] == a.1.as_str())
            .expect("a re-anchor");
        assert_eq!(anchor.0, "chain-format");
        assert_eq!(
            (anchor.2, &anchor.3),
            (*id, hash),
            "the old head is recorded"
        );
        assert_eq!(anchor.4, *id);
        assert_eq!(log["head"], anchor.5.as_str(), "the new head is recorded");
    }
    drop(conn);
    drop(old);
    // A head printed before the change (a v2 backup's manifest) is still checkable.
    let manifest = env.dir.path().join("old.manifest.json");
    let logs: Vec<serde_json::Value> = before
        .heads
        .iter()
        .map(|(log, rows, head)| serde_json::json!({ "log": log, "rows": rows, "head": head }))
        .collect();
    std::fs::write(
        &manifest,
        serde_json::json!({ "created_at": "2026-11-23T08:00:00Z", "schema_version": 2,
                            "sha256": "-", "logs": logs })
        .to_string(),
    )
    .expect("manifest");
    let checked = env.run(&[
        "--json",
        "audit",
        "verify",
        "--manifest",
        manifest.to_str().expect("path"),
    ]);
    assert_eq!(checked.code, 0, "{checked:?}");
    let mut wrong = logs.clone();
    wrong[0]["head"] = "ab".repeat(32).into();
    std::fs::write(
        &manifest,
        serde_json::json!({ "created_at": "2026-11-23T08:00:00Z", "schema_version": 2,
                            "sha256": "-", "logs": wrong })
        .to_string(),
    )
    .expect("manifest");
    let refused = env.run(&[
        "--json",
        "audit",
        "verify",
        "--manifest",
        manifest.to_str().expect("path"),
    ]);
    assert_eq!(
        refused.code, 4,
        "a head that was never printed is refused: {refused:?}"
    );

    // What migration 3 added.
    let conn = env.connection();
    let kinds = strings(&conn, "SELECT kind FROM event_kinds ORDER BY rowid");
    let expected: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(kinds, expected);
    let register_id = strings(&conn, "SELECT value FROM meta WHERE key = 'register_id'");
    assert_eq!(register_id.len(), 1);
    assert!(
        register_id[0].len() == 32
            && register_id[0]
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)),
        "{register_id:?}"
    );
    let regions: i64 = conn
        .query_row(
            "SELECT count(*) FROM cases c JOIN clients k ON k.id = c.client_id
             WHERE c.region IS k.region AND c.region IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .expect("regions");
    assert_eq!(
        regions,
        before.case_ids.len() as i64,
        "each case has its client's region"
    );
    let units = strings(
        &conn,
        "SELECT unit || ' ' || coalesce(acknowledged_on, '-') || ' ' || coalesce(due_on, '-')
         FROM team_request_units ORDER BY rowid",
    );
    assert_eq!(units, ["adult social work 2026-11-23 -", "home care - -"]);
    drop(conn);

    // The triggers still refuse to change the timeline.
    let writer = crate::common::open(&env.db).expect("open");
    for sql in [
        "UPDATE events SET actor = 'someone else' WHERE id = 1",
        "DELETE FROM events WHERE id = 1",
    ] {
        let error = writer.execute(sql, []).expect_err(sql).to_string();
        assert!(error.contains("events are append-only"), "{sql}: {error}");
    }
    drop(writer);

    // The private copy taken before migrating is the version-2 register as it was.
    let copy = env.dir.path().join(format!(
        "register-v2.sqlite3.before-v2-to-v{LATEST}.sqlite3"
    ));
    assert!(copy.exists(), "no copy at {}", copy.display());
    assert_eq!(user_version(&read_only(&copy)), 2);
    assert_eq!(dump(&copy), dump(&original));

    // The commands read it as before.
    let doctor = env.run(&["doctor"]);
    assert_eq!(doctor.code, 0, "{doctor:?}");
    let listed = env.run(&["--json", "list", "--closed"]).json();
    let mut listed: Vec<String> = listed["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| c["case"].as_str().expect("case").to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, before.case_ids);
    let shown = env.run(&["--json", "show", "2026-0031"]).json();
    assert_eq!(shown["case"]["phase"], "collaboration-team");
    assert_eq!(shown["referral"]["channel"], "secure-email");
    assert_eq!(
        shown["referral"]["signs"],
        serde_json::json!(["missed-appointments", "other"])
    );
    assert_eq!(shown["referral"]["other_sign"], "lives in a caravan");

    // And write to it: the next case, the other unit's answer, a new channel and sign.
    let case = env.refer(
        "Uusi Asiakas",
        &[
            "--channel",
            "e-service",
            "--sign",
            "worry",
            "--region",
            "north",
        ],
    );
    assert_eq!(case, "2026-0032");
    env.ok(&[
        "schedule",
        "answer",
        "2026-0031",
        "--unit",
        "home care",
        "--worker",
        "Kaisa Kotihoito",
    ]);
    let conn = env.connection();
    let region: String = conn
        .query_row("SELECT region FROM cases WHERE id = '2026-0032'", [], |r| {
            r.get(0)
        })
        .expect("region");
    assert_eq!(region, "north");
    let acknowledged: String = conn
        .query_row(
            "SELECT acknowledged_on FROM team_request_units WHERE unit = 'home care'",
            [],
            |r| r.get(0),
        )
        .expect("acknowledged");
    assert_eq!(acknowledged, "2026-11-23");
    let verify = env.run(&["--json", "audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
}

#[test]
fn a_register_identity_is_kept_through_the_migration() {
    let env = TestEnv::from_fixture(V2);
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('register_id', '0123456789abcdef0123456789abcdef')",
            [],
        )
        .expect("an identity");
    }
    env.ok(&["--json", "audit", "verify"]);
    let kept = strings(
        &env.connection(),
        "SELECT value FROM meta WHERE key = 'register_id'",
    );
    assert_eq!(kept, ["0123456789abcdef0123456789abcdef"]);
}

#[test]
fn case_numbers_go_on_past_9999() {
    let env = TestEnv::new();
    env.refer("Numero Ensimmäinen", &[]);
    // The year's counter at 9,999: two cases written straight into the register, since opening
    // 9,998 cases through the CLI would take minutes. They are what `moty refer` writes, minus the
    // timeline.
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             INSERT INTO clients (id, name, name_folded, region, created_at, created_by)
                 VALUES (100, 'Numero Yhdeksän', 'numero yhdeksan', 'south',
                         '2026-11-23T08:00:00Z', 'coordinator-a');
             INSERT INTO cases (id, year, seq, client_id, client_group, phase, phase_since,
                     opened_on, region)
                 VALUES ('2026-9998', 2026, 9998, 100, 'working-age', 'referred', '2026-11-23',
                         '2026-11-23', 'south'),
                        ('2026-9999', 2026, 9999, 100, 'working-age', 'referred', '2026-11-23',
                         '2026-11-23', 'south');
             INSERT INTO referrals (case_id, source, channel, reason, effective_on)
                 VALUES ('2026-9998', 'kela', 'phone', 'x', '2026-11-23'),
                        ('2026-9999', 'kela', 'phone', 'x', '2026-11-23');",
        )
        .expect("cases 9998 and 9999");
    }
    assert_eq!(env.refer("Numero Kymmenen", &[]), "2026-10000");
    assert_eq!(env.refer("Numero Yksitoista", &[]), "2026-10001");

    let shown = env.run(&["--json", "show", "2026-10000"]).json();
    assert_eq!(shown["case"]["id"], "2026-10000");
    assert!(env.ok(&["show", "2026-10000"]).contains("2026-10000"));

    let ids = |json: &serde_json::Value, key: &str| -> Vec<String> {
        json[key]
            .as_array()
            .expect("a list")
            .iter()
            .map(|c| c["case"].as_str().expect("case").to_string())
            .collect()
    };
    // Equal waiting times: the case number decides, as a number.
    let listed = ids(&env.run(&["--json", "list"]).json(), "cases");
    assert_eq!(
        listed,
        [
            "2026-0001",
            "2026-9998",
            "2026-9999",
            "2026-10000",
            "2026-10001"
        ]
    );
    let queue = ids(&env.run(&["--json", "triage", "--list"]).json(), "queue");
    assert_eq!(
        queue,
        [
            "2026-0001",
            "2026-9998",
            "2026-9999",
            "2026-10000",
            "2026-10001"
        ]
    );
    // The newest first.
    let found = ids(&env.run(&["--json", "find", "numero"]).json(), "matches");
    assert_eq!(
        found,
        [
            "2026-10001",
            "2026-10000",
            "2026-9999",
            "2026-9998",
            "2026-0001"
        ]
    );
    let found = ids(
        &env.run(&["--json", "find", "2026-10000"]).json(),
        "matches",
    );
    assert_eq!(found, ["2026-10000"]);
    let padded = env.run(&["show", "2026-010000"]);
    assert_eq!(padded.code, 2, "{padded:?}");
}

#[test]
fn a_register_one_schema_ahead_is_refused_untouched() {
    let env = TestEnv::new();
    env.refer("Aino Tulevaisuus", &[]);
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute_batch(&format!("PRAGMA user_version = {};", LATEST + 1))
            .expect("bump");
    }
    let before = std::fs::read(&env.db).expect("read");
    for args in [vec!["list"], vec!["show", "2026-0001"], vec!["doctor"]] {
        let run = env.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        let says = format!("schema {}; this moty knows up to {LATEST}", LATEST + 1);
        assert!(run.stderr.contains(&says), "{args:?}: {}", run.stderr);
    }
    assert_eq!(std::fs::read(&env.db).expect("read"), before);
    let copies = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().contains(".before-v"))
        })
        .count();
    assert_eq!(
        copies, 0,
        "no pre-migration copy of a register that is not migrated"
    );
}

/// Migrations 12 and 14 to 17 change a server's functions and nothing in a file, and migration 13 only
/// adds an index: a file at version 11 takes the newest number, its tables and rows as they were
/// and the index made, without the copy kept before a migration that changes the file's rows.
#[test]
fn a_register_of_version_11_takes_the_newest_version_without_a_copy() {
    let env = TestEnv::new();
    let case = env.refer("Aino Yksitoista", &[]);
    let has_index = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'cases_found'",
            [],
            |r| r.get(0),
        )
        .expect("schema")
    };
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute_batch("DROP INDEX cases_found; PRAGMA user_version = 11;")
            .expect("back to 11");
        assert_eq!(has_index(&conn), 0);
    }
    let before = dump(&env.db);
    let shown = env.run(&["--json", "show", &case]);
    assert_eq!(shown.code, 0, "{shown:?}");
    assert_eq!(user_version(&read_only(&env.db)), LATEST);
    assert_eq!(has_index(&read_only(&env.db)), 1, "migration 13's index");
    assert_eq!(
        crate::common::without_access_log(&dump(&env.db)),
        crate::common::without_access_log(&before)
    );
    let copies: Vec<String> = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".before-v"))
        .collect();
    assert!(copies.is_empty(), "{copies:?}");
    let verified = env.run(&["audit", "verify"]);
    assert_eq!(verified.code, 0, "{verified:?}");
}

/// At a terminal a migration of a register in use says so first (a large one takes a while: the
/// index of migration 13 took 23 s at 1,000,000 clients); a script's standard error stays empty.
#[test]
fn a_migration_says_so_at_a_terminal_and_nothing_to_a_script() {
    let env = TestEnv::new();
    env.refer("Aino Terminaali", &[]);
    let rewind = || {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute_batch("DROP INDEX cases_found; PRAGMA user_version = 12;")
            .expect("back to 12");
    };
    rewind();
    let mut session = env.pty(crate::common::NOW, &["list"]);
    let shown = session.exp_eof().expect("exit");
    assert!(
        shown.contains(&format!(
            "bringing the register from schema version 12 to {LATEST}"
        )),
        "{shown}"
    );
    assert!(shown.contains("Aino Terminaali"), "{shown}");
    rewind();
    let piped = env.run(&["list"]);
    assert_eq!(piped.code, 0, "{piped:?}");
    assert!(piped.stderr.is_empty(), "{}", piped.stderr);
    assert_eq!(user_version(&read_only(&env.db)), LATEST);
    // Nothing is said when there is nothing to migrate.
    let mut again = env.pty(crate::common::NOW, &["list"]);
    let shown = again.exp_eof().expect("exit");
    assert!(!shown.contains("schema version"), "{shown}");
}

/// A new `EventKind` needs its row in `event_kinds` (a migration), or the register refuses it.
#[test]
fn the_register_accepts_exactly_the_event_kinds_the_code_knows() {
    let env = TestEnv::new();
    env.refer("Aino Tapahtuma", &[]);
    let kinds = strings(
        &env.connection(),
        "SELECT kind FROM event_kinds ORDER BY rowid",
    );
    let expected: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(kinds, expected);
    let conn = crate::common::open(&env.db).expect("open");
    conn.execute_batch("PRAGMA foreign_keys = ON;")
        .expect("foreign keys");
    let refused = conn.execute(
        "INSERT INTO events (id, case_id, kind, detail, effective_on, entered_at, actor, hash)
         VALUES (1000, '2026-0001', 'made-up', '{}', '2026-11-23', '2026-11-23T08:00:00Z',
                 'coordinator-a', printf('%064d', 0))",
        [],
    );
    assert!(refused.is_err(), "an unknown kind is refused");
}

/// The rebuild runs with foreign keys off; a reference left dangling rolls it all back.
#[test]
fn a_migration_that_would_leave_a_dangling_reference_changes_nothing() {
    let env = TestEnv::from_fixture(V2);
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO consents (case_id, kind, method, given_on, recorded_by)
                 VALUES ('2026-0999', 'multi-professional', 'oral', '2026-11-23', 'x');",
        )
        .expect("a consent of no case");
    }
    let before = env.dump();
    let run = env.run(&["list"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("pointing at a missing row of cases"),
        "{}",
        run.stderr
    );
    assert_eq!(env.dump(), before, "the register is as it was");
    assert_eq!(user_version(&env.connection()), 2);
}

/// Migration 5: the follow-up call's savings answers become the pair's estimates for that case,
/// marked as entered at follow-up; the follow-up usefulness answers stay where they were; the
/// units written as free text are kept and mapped to the new catalogue where the text says which.
#[test]
fn migration_5_moves_follow_up_savings_to_estimates_and_maps_the_units() {
    let original = fixture(V2);
    let answers = strings(
        &read_only(&original),
        "SELECT case_id || ' ' || coalesce(appointments_saved, '-') || ' '
             || coalesce(time_saved, '-') || ' ' || coalesce(usefulness, '-')
         FROM follow_ups ORDER BY id",
    );
    assert!(
        answers.len() >= 3,
        "the fixture has follow-ups: {answers:?}"
    );
    let env = TestEnv::from_fixture(V2);
    env.ok(&["list"]);
    let conn = env.connection();
    let estimates = strings(
        &conn,
        "SELECT e.case_id || ' ' || coalesce(e.appointments, '-') || ' '
             || coalesce(e.time_saved, '-') || ' ' || f.usefulness
         FROM estimates e JOIN follow_ups f ON f.id = e.follow_up_id
         WHERE e.at_follow_up = 1 AND e.booking_id IS NULL ORDER BY e.id",
    );
    assert_eq!(
        estimates, answers,
        "one estimate per follow-up with savings"
    );
    let units = strings(
        &conn,
        "SELECT name || ' -> ' || coalesce(unit, '?') FROM unit_names ORDER BY name",
    );
    assert_eq!(
        units,
        [
            "adult clinic -> adult-clinic",
            "adult social work -> adult-social-work",
            "home care -> home-care"
        ]
    );
    let unmapped = strings(&conn, "SELECT code FROM services WHERE area IS NULL");
    assert!(unmapped.is_empty(), "{unmapped:?}");
    // The report reads them so: the follow-up usefulness answers as follow-up feedback (no
    // reception feedback was ever asked), the savings as the pair's estimates entered at
    // follow-up.
    let run = env.run(&[
        "--json",
        "report",
        "outcomes",
        "--from",
        "2025-01-01",
        "--until",
        "2026-12-31",
        "--exact",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let o = run.json();
    assert_eq!(o["usefulness"], serde_json::json!({"n": 0, "mean": null}));
    assert_eq!(
        o["usefulness_at_follow_up"],
        serde_json::json!({"n": 4, "mean": 7.75}),
        "9, 7, 8 and 7 at the four calls: {answers:?}"
    );
    assert_eq!(o["estimates_entered_at_follow_up"], 4);
    assert_eq!(
        o["appointments_saved_per_reception"],
        serde_json::json!({"n": 4, "mean": 1.75})
    );
    assert_eq!(o["time_saved"]["n"], 4);
}
