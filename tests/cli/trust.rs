//! Time and identity cannot be forged quietly: a row written under an overridden clock says so in
//! `show`, `audit access` and `audit verify`, and every row records the operating-system login
//! that ran the command beside `--as`.

use crate::common::{into_run, TestEnv};

#[test]
fn an_overridden_clock_and_the_real_login_are_recorded_and_shown() {
    let env = TestEnv::new();
    // Under MOTY_NOW (the test environment's fixed clock).
    let case = env.refer("Kello Kokeilija", &[]);
    // Under the system clock, acting "as" someone else.
    let run = into_run(
        env.command()
            .env_remove("MOTY_NOW")
            .args(["--as", "someone-else", "show", &case])
            .output()
            .expect("run"),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let login = moty::clock::os_login().expect("the test runs as a named user");
    let rows: Vec<(String, String, String)> = env.query(
        "SELECT actor, os_user, clock FROM access_log ORDER BY id",
        &[],
    );
    assert_eq!(
        rows,
        [
            (
                "coordinator-a".to_string(),
                login.clone(),
                "override".to_string()
            ),
            (
                "someone-else".to_string(),
                login.clone(),
                "system".to_string()
            ),
        ]
    );
    let shown = env.ok(&["show", &case]);
    assert!(shown.contains("clock overridden"), "{shown}");
    let access = env.run(&["--json", "audit", "access", &case]).json();
    let marks: Vec<bool> = access["access"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["clock_overridden"] == true)
        .collect();
    assert_eq!(&marks[..2], [true, false]);
    assert_eq!(access["access"][1]["os_user"], login.as_str());
    let verify = env.run(&["--json", "audit", "verify"]).json();
    let events = verify["logs"]
        .as_array()
        .expect("logs")
        .iter()
        .find(|l| l["log"] == "events")
        .expect("events")
        .clone();
    assert_eq!(events["clock_overridden"], 1, "{events}");
    // The system clock is later than the fixed one; a row entered after it under MOTY_NOW is
    // earlier than the row before it, and verify says so without calling the chain broken.
    env.ok(&["show", &case]);
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(
        verify.stdout.contains("earlier than the row before"),
        "{}",
        verify.stdout
    );
}

/// Rewrites the first timeline entry's detail and recomputes every later hash, as an attacker
/// with the file and the source code would: the file alone then verifies.
fn rewrite_and_rechain(env: &TestEnv) {
    use moty::store::db::Value;
    let conn = crate::common::open(&env.db).expect("open");
    conn.execute_batch("DROP TRIGGER events_no_update;")
        .expect("drop trigger");
    let columns =
        "case_id, kind, detail, effective_on, entered_at, actor, os_user, clock, text_hash";
    let rows: Vec<(i64, Vec<Value>)> = conn
        .prepare(&format!("SELECT id, {columns} FROM events ORDER BY id"))
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    (1..=9)
                        .map(|i| r.get(i))
                        .collect::<Result<Vec<Value>, _>>()?,
                ))
            })?
            .collect()
        })
        .expect("rows");
    let mut previous = moty::store::chain::GENESIS.to_string();
    for (i, (id, mut values)) in rows.into_iter().enumerate() {
        if i == 0 {
            values[2] = Value::Text(r#"{"channel":"phone","source":"self"}"#.to_string());
        }
        let hash = moty::store::chain::digest(&previous, id, &values);
        conn.execute(
            "UPDATE events SET detail = ?2, hash = ?3 WHERE id = ?1",
            rusqlite::params![id, values[2], hash],
        )
        .expect("rewrite");
        previous = hash;
    }
    conn.execute_batch(
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events
         BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;",
    )
    .expect("trigger back");
}

#[test]
fn a_rewritten_and_rechained_log_is_caught_by_the_witness_of_whoever_saw_it() {
    let env = TestEnv::new();
    let case = env.refer("Todistaja Testinen", &[]);
    env.ok(&["show", &case]);
    let id: String = env.one("SELECT value FROM meta WHERE key = 'register_id'", &[]);
    let witness = env
        .dir
        .path()
        .join("state")
        .join("witness")
        .join(format!("{id}.json"));
    let remembered: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&witness).expect("the register's witness file"))
            .expect("JSON");
    assert!(
        remembered["logs"]["access_log"]["rows"].as_i64() > Some(0),
        "the witness remembers what this user saw: {remembered}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| {
            std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777
        };
        assert_eq!(mode(&witness), 0o600, "the witness file is private");
        assert_eq!(
            mode(witness.parent().expect("folder")),
            0o700,
            "so is its folder"
        );
    }
    rewrite_and_rechain(&env);

    // Someone who never saw the register cannot tell from the file alone.
    let stranger = into_run(
        env.command()
            .env("MOTY_STATE_DIR", env.dir.path().join("other-user"))
            .args(["audit", "verify"])
            .output()
            .expect("run"),
    );
    assert_eq!(
        stranger.code, 0,
        "the rechained file verifies alone: {stranger:?}"
    );

    // The coordinator who saw it is told on their next command, and audit verify fails.
    let next = env.run(&["list"]);
    assert_eq!(next.code, 0, "{next:?}");
    assert!(
        next.stderr.contains("was rewritten since you last saw it"),
        "{}",
        next.stderr
    );
    let verify = env.run(&["--json", "audit", "verify"]);
    assert_eq!(verify.code, 4, "{verify:?}");
    assert!(verify.stdout.contains("rewritten since you last saw it"));
    // The witness does not move on to the rewritten head: the warning stays.
    let again = env.run(&["list"]);
    assert!(again.stderr.contains("was rewritten"), "{}", again.stderr);
}

#[test]
fn the_witness_follows_a_register_as_it_grows_and_accepts_a_chain_format_change() {
    let env = TestEnv::from_fixture("register-v2.sqlite3");
    let old_head: (i64, String) =
        env.one("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1", &[]);
    let first = env.run(&["list"]);
    assert!(first.stderr.is_empty(), "{}", first.stderr);
    // A witness that saw the timeline's format-1 head before the change (as a user of a moty
    // with a witness would have): migrating to chain format 2 is a recorded re-anchor it accepts.
    let id: String = env.one("SELECT value FROM meta WHERE key = 'register_id'", &[]);
    // It is the single witness.json of the versions before one file per register: it is read,
    // never written again, and the register gets a file of its own.
    let state = env.dir.path().join("state");
    let own = state.join("witness").join(format!("{id}.json"));
    std::fs::remove_file(&own).expect("the first run's witness file");
    let witness = serde_json::json!({ "registers": { id.clone(): { "path": "", "logs": {
        "events": { "rows": old_head.0, "head": old_head.1 } } },
        "another-register": { "path": "elsewhere", "logs": {} } } });
    std::fs::write(state.join("witness.json"), witness.to_string()).expect("witness");
    let after = env.run(&["list"]);
    assert!(after.stderr.is_empty(), "{}", after.stderr);
    assert_eq!(
        std::fs::read_to_string(state.join("witness.json")).expect("legacy"),
        witness.to_string(),
        "the old file is left as it was"
    );
    let moved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&own).expect("own file")).expect("JSON");
    assert!(
        moved["logs"]["events"]["rows"].as_i64() >= Some(old_head.0),
        "the register's own file follows on from the old file's head: {moved}"
    );
    // A chain the old file remembers wrongly is still caught: the old file is really read.
    std::fs::remove_file(&own).expect("own file");
    let forged = serde_json::json!({ "registers": { id.clone(): { "path": "", "logs": {
        "events": { "rows": 1, "head": "00".repeat(32) } } } } });
    std::fs::write(state.join("witness.json"), forged.to_string()).expect("witness");
    let caught = env.run(&["list"]);
    assert!(
        caught
            .stderr
            .contains("was rewritten since you last saw it"),
        "{}",
        caught.stderr
    );
    std::fs::write(state.join("witness.json"), witness.to_string()).expect("witness");
    env.refer("Kasvava Rekisteri", &[]);
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(verify.stderr.is_empty(), "{}", verify.stderr);
}

#[test]
fn a_restore_is_a_recorded_re_anchor_that_the_witness_accepts() {
    let env = TestEnv::new();
    let case = env.refer("Palautus Testinen", &[]);
    let backup = env.dir.path().join("backup.sqlite3");
    env.ok(&["backup", backup.to_str().expect("path")]);
    env.ok(&["show", &case]);
    let before: (i64, String) = env.one(
        "SELECT id, hash FROM access_log ORDER BY id DESC LIMIT 1",
        &[],
    );
    env.ok(&["restore", backup.to_str().expect("path"), "--force"]);
    // The restore names the heads it replaced: nothing is lost silently.
    let recorded: (String, i64, String) = env.one(
        "SELECT reason, old_rows, old_head FROM anchors WHERE log = 'access_log'
         ORDER BY id DESC LIMIT 1",
        &[],
    );
    assert_eq!(recorded, ("restore".to_string(), before.0, before.1));
    let after = env.run(&["audit", "verify"]);
    assert_eq!(after.code, 0, "{after:?}");
    assert!(
        after.stderr.is_empty(),
        "the witness accepts it: {}",
        after.stderr
    );
}

#[test]
fn a_signed_checkpoint_catches_a_rechained_log_and_cannot_be_forged() {
    let env = TestEnv::new();
    let case = env.refer("Tarkistus Pisteinen", &[]);
    env.ok(&["show", &case]);
    let key = env.dir.path().join("signing.key");
    let made = env.run(&[
        "--json",
        "audit",
        "keygen",
        "--out",
        key.to_str().expect("path"),
    ]);
    assert_eq!(made.code, 0, "{made:?}");
    let public = made.json()["public_key"]
        .as_str()
        .expect("public key")
        .to_string();
    assert_eq!(public.len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).expect("key").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the key is private from birth");
    }
    let again = env.run(&["audit", "keygen", "--out", key.to_str().expect("path")]);
    assert_eq!(
        again.code, 4,
        "an existing key is never replaced: {again:?}"
    );
    let checkpoint = env.dir.path().join("checkpoint.json");
    let signed = env.run(&[
        "audit",
        "checkpoint",
        "--key",
        key.to_str().expect("path"),
        "--out",
        checkpoint.to_str().expect("path"),
    ]);
    assert_eq!(signed.code, 0, "{signed:?}");
    let check = |env: &TestEnv, public: &str| {
        let stranger = tempfile::tempdir_in(env.dir.path()).expect("state");
        into_run(
            env.command()
                .env("MOTY_STATE_DIR", stranger.path())
                .args([
                    "--json",
                    "audit",
                    "verify",
                    "--checkpoint",
                    checkpoint.to_str().expect("path"),
                    "--public-key",
                    public,
                ])
                .output()
                .expect("run"),
        )
    };
    assert_eq!(check(&env, &public).code, 0);
    // Another key's public key, and a checkpoint whose heads were changed: refused.
    let other_key = env.dir.path().join("other.key");
    let other = env.run(&[
        "--json",
        "audit",
        "keygen",
        "--out",
        other_key.to_str().expect("path"),
    ]);
    let other = other.json()["public_key"]
        .as_str()
        .expect("key")
        .to_string();
    let wrong = check(&env, &other);
    assert_eq!(wrong.code, 4, "{wrong:?}");
    let not_a_key = check(&env, "not-a-key");
    assert_eq!(not_a_key.code, 2, "{not_a_key:?}");
    let original = std::fs::read_to_string(&checkpoint).expect("checkpoint");
    let mut forged: serde_json::Value = serde_json::from_str(&original).expect("json");
    forged["logs"][0]["head"] = "00".repeat(32).into();
    std::fs::write(&checkpoint, forged.to_string()).expect("forge");
    let refused = check(&env, &public);
    assert_eq!(refused.code, 4, "{refused:?}");
    assert!(refused.stderr.contains("signature"), "{}", refused.stderr);
    std::fs::write(&checkpoint, original).expect("restore");
    // A rewrite with every hash recomputed: the file alone verifies, the checkpoint does not.
    rewrite_and_rechain(&env);
    let caught = check(&env, &public);
    assert_eq!(caught.code, 4, "{caught:?}");
    assert!(caught.stdout.contains("checkpoint"), "{}", caught.stdout);
}

#[test]
fn an_edit_of_a_client_a_case_a_consent_or_a_plan_outside_moty_is_found() {
    let env = TestEnv::new();
    let case = env.refer("Muokkaus Tarkastettava", &["--phone", "040 555 0177"]);
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
    env.contact_request(&case);
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "joint-assessment",
        "--kela-screen",
        "no",
    ]);
    env.ok(&["plan", &case, "--goals", "A named contact"]);
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    // Everything into the main file, so a copy of it is the whole register.
    crate::common::open(&env.db)
        .and_then(|c| c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);"))
        .expect("checkpoint");
    for (edit, what) in [
        ("UPDATE clients SET phone = '040 555 0000'", "client"),
        ("UPDATE cases SET phase = 'referred'", "case"),
        ("UPDATE consents SET method = 'oral'", "consent"),
        (
            "DROP TRIGGER plan_versions_no_update; UPDATE plan_versions SET goals = 'changed'",
            "plan",
        ),
    ] {
        let copy = env.dir.path().join(format!("{what}.sqlite3"));
        std::fs::copy(&env.db, &copy).expect("copy");
        let conn = crate::common::open(&copy).expect("open");
        conn.execute_batch(edit).expect("edit");
        drop(conn);
        let run = into_run(
            env.command()
                .env("MOTY_DB", &copy)
                .args(["--json", "audit", "verify"])
                .output()
                .expect("run"),
        );
        assert_eq!(run.code, 4, "{what}: {run:?}");
        assert!(
            run.stdout.contains("edited outside moty"),
            "{what}: {}",
            run.stdout
        );
    }
}

/// The "problem" `audit verify --json` reports on its "records" line, if any.
fn records_problem(run: &crate::common::Run) -> Option<String> {
    run.json()["logs"]
        .as_array()
        .expect("logs")
        .iter()
        .find(|l| l["log"] == "records")
        .and_then(|l| l["problem"].as_str().map(String::from))
}

#[test]
fn a_client_with_two_cases_is_checked_against_their_newest_snapshot_on_either() {
    let env = TestEnv::new();
    // One client (the same identity code), two open cases; the newest snapshot of the client is
    // then written on the first case's timeline, not on the newer case's.
    let code = "150385-246Y";
    let first = env.refer("Kaksi Tapausta", &["--hetu", code]);
    let second = env.refer("Kaksi Tapausta", &["--hetu", code, "--another-case"]);
    assert_ne!(first, second);
    env.ok(&["client", &first, "--language", "sv"]);
    let intact = env.run(&["--json", "audit", "verify"]);
    assert_eq!(intact.code, 0, "{intact:?}");
    assert_eq!(records_problem(&intact), None);
    // The client put back as the second case's snapshot has it: an edit all the same.
    env.exec_raw("UPDATE clients SET language = NULL");
    let edited = env.run(&["--json", "audit", "verify"]);
    assert_eq!(edited.code, 4, "{edited:?}");
    let client: i64 = env.one("SELECT client_id FROM cases WHERE id = ?1", &[&first]);
    let problem = records_problem(&edited).expect("a problem on the records line");
    assert!(
        problem.contains(&format!("client {client} (client)")) && problem.contains("outside moty"),
        "{problem}"
    );
}

#[test]
fn of_two_edited_cases_the_first_by_number_is_named_whoever_their_clients_are() {
    let env = TestEnv::new();
    let code = "150385-246Y";
    let _ = env.refer("Ensimmäinen Asiakas", &["--hetu", code]);
    let other = env.refer("Toinen Asiakas", &[]);
    // The first client's second case: a later number, an earlier client.
    let later = env.refer("Ensimmäinen Asiakas", &["--hetu", code, "--another-case"]);
    env.exec_raw(&format!(
        "UPDATE cases SET follow_up_weeks = 9 WHERE id IN ('{other}', '{later}')"
    ));
    let edited = env.run(&["--json", "audit", "verify"]);
    assert_eq!(edited.code, 4, "{edited:?}");
    let problem = records_problem(&edited).expect("a problem on the records line");
    assert!(
        problem.contains(&format!("case {other} (follow_up_weeks)")),
        "{problem}"
    );
}

#[test]
fn a_head_printed_in_an_export_is_checkable() {
    let env = TestEnv::new();
    env.refer("Vienti Tarkistettava", &[]);
    let weekly = env
        .run(&[
            "--json",
            "report",
            "weekly",
            "--to-whom",
            "Yhteistyö-tiimi",
            "--format",
            "json",
        ])
        .json();
    let register = &weekly["sections"]["register"][0];
    let head = format!(
        "{}:{}:{}",
        register["log"].as_str().expect("log"),
        register["rows"],
        register["head"].as_str().expect("head")
    );
    let stranger = tempfile::tempdir_in(env.dir.path()).expect("state");
    let verify = |head: &str| {
        into_run(
            env.command()
                .env("MOTY_STATE_DIR", stranger.path())
                .args(["audit", "verify", "--head", head])
                .output()
                .expect("run"),
        )
    };
    assert_eq!(verify(&head).code, 0);
    assert_eq!(
        verify("events:1:xyz").code,
        2,
        "a malformed head is refused"
    );
    rewrite_and_rechain(&env);
    let caught = verify(&head);
    assert_eq!(caught.code, 4, "{caught:?}");
}
