//! Reliability: tamper evidence, backups while others write, kill -9 in the middle of writes, a
//! full disk. The long versions are in scripts/reliability.sh.

use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::common::{binary, TestEnv, NOW, USER};

/// Runs SQL the way someone with the sqlite3 shell would: triggers dropped, rows changed.
fn tamper(env: &TestEnv, sql: &str) {
    let conn = crate::common::open(&env.db).expect("open");
    conn.execute_batch(sql).expect("tamper");
}

/// `audit verify` as someone who never saw the register (no witness of their own): what the
/// file and a manifest alone can tell. (tests/cli/trust.rs covers what a witness adds.)
fn verify(env: &TestEnv, extra: &[&str]) -> crate::common::Run {
    let mut args = vec!["--json", "audit", "verify"];
    args.extend_from_slice(extra);
    let stranger = tempfile::tempdir_in(env.dir.path()).expect("a stranger's state folder");
    crate::common::into_run(
        env.command()
            .env("MOTY_STATE_DIR", stranger.path())
            .args(&args)
            .output()
            .expect("run"),
    )
}

#[test]
fn audit_verify_finds_an_edited_a_removed_and_a_truncated_row() {
    let env = TestEnv::new();
    for name in ["Aino Audit", "Eero Audit", "Helmi Audit"] {
        let case = env.refer(name, &[]);
        env.ok(&["show", &case]);
    }
    let run = verify(&env, &[]);
    assert_eq!(run.code, 0, "{run:?}");
    let backup = env.dir.path().join("backup.sqlite3");
    env.ok(&["backup", backup.to_str().expect("path")]);
    let manifest = env.dir.path().join("backup.sqlite3.manifest.json");

    // Rows removed from the end: the chain is still whole, only the manifest tells.
    tamper(
        &env,
        "DROP TRIGGER access_log_no_delete; DELETE FROM access_log WHERE id > 4;",
    );
    let alone = verify(&env, &[]);
    assert_eq!(
        alone.code, 0,
        "a shortened chain alone looks whole: {alone:?}"
    );
    let seen = env.run(&["--json", "audit", "verify"]);
    assert_eq!(
        seen.code, 4,
        "but not to the witness of whoever saw it: {seen:?}"
    );
    let run = verify(&env, &["--manifest", manifest.to_str().expect("path")]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.stdout.contains("removed from the end"),
        "{}",
        run.stdout
    );

    // One access-log row edited.
    tamper(&env, "DROP TRIGGER access_log_no_update; UPDATE access_log SET actor = 'someone-else' WHERE id = 2;");
    let run = verify(&env, &[]);
    assert_eq!(run.code, 4, "{run:?}");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let access = json["logs"]
        .as_array()
        .and_then(|l| l.iter().find(|v| v["log"] == "access_log"))
        .expect("access log")
        .clone();
    assert_eq!(access["broken_at"], 2);
    assert!(
        run.stderr.contains("audit trail is broken"),
        "{}",
        run.stderr
    );

    // A timeline row removed from the middle.
    tamper(
        &env,
        "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 2;",
    );
    let json: serde_json::Value = serde_json::from_str(&verify(&env, &[]).stdout).expect("json");
    let events = json["logs"]
        .as_array()
        .and_then(|l| l.iter().find(|v| v["log"] == "events"))
        .expect("events")
        .clone();
    assert_eq!(events["broken_at"], 3);
    assert!(
        events["problem"].as_str().unwrap_or("").contains("missing"),
        "{events}"
    );
    let doctor = env.run(&["doctor"]);
    assert_eq!(doctor.code, 4, "doctor fails on a broken chain: {doctor:?}");
}

#[test]
fn a_backup_taken_while_four_writers_run_holds_every_acknowledged_command() {
    let env = TestEnv::new();
    env.refer("First Writer", &[]);
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    let backup = env.dir.path().join("live-backup.sqlite3");
    let snapshot = std::thread::scope(|scope| {
        for w in 0..4 {
            let (env, acknowledged) = (&env, Arc::clone(&acknowledged));
            scope.spawn(move || {
                for n in 0..12 {
                    let name = format!("Writer{} Client{}", (b'A' + w) as char, (b'A' + n) as char);
                    let case = env.refer(&name, &[]);
                    acknowledged.lock().expect("lock").push(case);
                }
            });
        }
        while acknowledged.lock().expect("lock").len() < 10 {
            std::thread::sleep(Duration::from_millis(5));
        }
        let before: Vec<String> = acknowledged.lock().expect("lock").clone();
        env.ok(&["backup", backup.to_str().expect("path")]);
        before
    });
    let copy = crate::common::open_with_flags(&backup, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open");
    let integrity: String = copy
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
    for case in &snapshot {
        let found: i64 = copy
            .query_row("SELECT count(*) FROM cases WHERE id = ?1", [case], |r| {
                r.get(0)
            })
            .expect("count");
        assert_eq!(found, 1, "{case} was acknowledged before the backup began");
    }
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&backup).expect("meta").permissions(),
    );
    assert_eq!(mode & 0o777, 0o600);
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(env.dir.path().join("live-backup.sqlite3.manifest.json")).expect("manifest"),
    )
    .expect("json");
    assert_eq!(manifest["schema_version"], 17);
    assert_eq!(env.count("SELECT count(*) FROM cases"), 49);
    assert_eq!(
        env.count("SELECT count(*) FROM disclosure_log WHERE what = 'backup of the register'"),
        1
    );
    let run = env.run(&["backup", backup.to_str().expect("path")]);
    assert_eq!(run.code, 4, "a backup never overwrites: {run:?}");
}

#[test]
fn restore_refuses_to_lose_newer_timeline_entries_without_a_reason() {
    let env = TestEnv::new();
    env.refer("Aino Palautus", &[]);
    let backup = env.dir.path().join("b.sqlite3");
    env.ok(&["backup", backup.to_str().expect("path")]);
    // (A look-up after the backup is carried into the restored register: tests/cli/restore.rs.)
    let run = env
        .command()
        .env("MOTY_NOW", "2026-11-24 10:00")
        .args([
            "refer",
            "--name",
            "Eero Uusi",
            "--group",
            "family",
            "--source",
            "kela",
            "--channel",
            "phone",
            "--reason",
            "x",
        ])
        .output()
        .expect("run");
    assert!(run.status.success());
    let before = env.dump();
    let run = env.run(&["restore", backup.to_str().expect("path")]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("--accept-loss"), "{}", run.stderr);
    assert_eq!(env.dump(), before);
    env.ok(&[
        "restore",
        backup.to_str().expect("path"),
        "--accept-loss",
        "the referral was entered on the wrong register",
    ]);
    assert_eq!(env.count("SELECT count(*) FROM cases"), 1);
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    // The loss is recorded with its reason.
    let detail: String = env.one(
        "SELECT detail FROM anchors WHERE reason = 'restore' AND log = 'events'",
        &[],
    );
    assert!(detail.contains("wrong register"), "{detail}");
    assert!(detail.contains("\"events\":1"), "{detail}");
}

#[test]
fn kill_9_during_writes_never_leaves_a_half_done_command() {
    let env = TestEnv::new();
    env.refer("Seed Client", &[]);
    let mut acknowledged = Vec::new();
    let mut interrupted = 0;
    let mut seed: u64 = 42;
    for i in 0..100 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros((seed >> 33) % 25_000);
        let name =
            format!("Crash Client{}", char::from(b'A' + (i % 26) as u8)) + &"x".repeat(i / 26);
        let mut child = Command::new(binary())
            .env_clear()
            .envs(crate::common::key_vars())
            .env("MOTY_DB", &env.db)
            .env("MOTY_USER", USER)
            .env("MOTY_NOW", NOW)
            .args([
                "--json",
                "refer",
                "--name",
                &name.replace('x', "a"),
                "--group",
                "working-age",
                "--source",
                "kela",
                "--channel",
                "phone",
                "--reason",
                "crash test",
                "--another-case",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill();
        let output = child.wait_with_output().expect("wait");
        if output.status.success() {
            let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
            acknowledged.push(json["case"].as_str().unwrap_or("").to_string());
        } else {
            interrupted += 1;
        }
    }
    println!(
        "kill -9 loop: 100 runs, {interrupted} killed mid-command, {} acknowledged",
        acknowledged.len()
    );
    assert!(interrupted > 0, "the loop must actually interrupt commands");
    let integrity: String = env
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
    assert_eq!(
        env.count("SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    for case in &acknowledged {
        assert_eq!(
            env.count(&format!("SELECT count(*) FROM cases WHERE id = '{case}'")),
            1,
            "{case} was acknowledged"
        );
    }
    // Every command is whole: a case always has its referral, its opening event and its access row.
    let cases = env.count("SELECT count(*) FROM cases");
    assert_eq!(env.count("SELECT count(*) FROM referrals"), cases);
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'case-opened'"),
        cases
    );
    assert_eq!(
        env.count("SELECT count(*) FROM access_log WHERE command = 'refer'"),
        cases
    );
    assert_eq!(
        env.run(&["audit", "verify"]).code,
        0,
        "the chains survive the kills"
    );
}

#[test]
fn a_full_disk_is_a_clear_message_and_earlier_data_stays_intact() {
    let dir = tempfile::tempdir().expect("dir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(dir.path())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        println!("skipped: cannot mount a small tmpfs here (needs root); scripts/reliability.sh covers it");
        return;
    }
    let db = dir.path().join("register.sqlite3");
    let run = |name: &str, reason: &str| {
        Command::new(binary())
            .env_clear()
            .envs(crate::common::key_vars())
            .env("MOTY_DB", &db)
            .env("MOTY_USER", USER)
            .env("MOTY_NOW", NOW)
            .args([
                "refer",
                "--name",
                name,
                "--group",
                "family",
                "--source",
                "kela",
                "--channel",
                "phone",
                "--reason",
                reason,
                "--another-case",
            ])
            .output()
            .expect("run")
    };
    let mut acknowledged = 0;
    let mut failure = None;
    for i in 0..2000 {
        let output = run(
            &format!("Full Disk{}", "a".repeat(i % 50 + 1)),
            &"r".repeat(3900),
        );
        if output.status.success() {
            acknowledged += 1;
        } else {
            failure = Some(output);
            break;
        }
    }
    let failure = failure.expect("the disk filled up");
    let stderr = String::from_utf8_lossy(&failure.stderr);
    let (integrity, cases) = {
        let conn = crate::common::open(&db).expect("open");
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        let cases: i64 = conn
            .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
            .expect("count");
        (integrity, cases)
    };
    let _ = Command::new("umount").arg(dir.path()).status();
    assert_eq!(integrity, "ok", "earlier data intact");
    assert_eq!(
        cases, acknowledged,
        "every acknowledged referral is there, the failed one is not"
    );
    assert_eq!(failure.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("disk") && stderr.contains("full"),
        "{stderr}"
    );
    assert!(acknowledged > 0);
    println!("disk full after {acknowledged} referrals: {stderr}");
}

#[test]
fn a_read_only_register_is_a_clear_message_and_stays_intact() {
    let env = TestEnv::new();
    let dir = env.dir.path().join("readonly");
    std::fs::create_dir(&dir).expect("dir");
    let db = dir.join("register.sqlite3");
    let run = |args: &[&str]| {
        Command::new(binary())
            .env_clear()
            .envs(crate::common::key_vars())
            .env("MOTY_DB", &db)
            .env("MOTY_USER", USER)
            .env("MOTY_NOW", NOW)
            .args(args)
            .output()
            .expect("run")
    };
    let refer = [
        "refer",
        "--name",
        "Aino Lukittu",
        "--group",
        "family",
        "--source",
        "kela",
        "--channel",
        "phone",
        "--reason",
        "x",
        "--another-case",
    ];
    assert!(run(&refer).status.success());
    // A read-only bind mount: even root cannot write through it.
    let bound = Command::new("mount")
        .arg("--bind")
        .arg(&dir)
        .arg(&dir)
        .status()
        .is_ok_and(|s| s.success());
    let readonly = bound
        && Command::new("mount")
            .args(["-o", "remount,ro,bind"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
    if !readonly {
        if bound {
            let _ = Command::new("umount").arg(&dir).status();
        }
        println!("skipped: cannot make a read-only mount here (needs root)");
        return;
    }
    let outcomes: Vec<_> = [refer.as_slice(), &["find", "aino"], &["list"]]
        .iter()
        .map(|args| run(args))
        .collect();
    // The health checks read, so they work when a read-only disk is why someone runs them.
    let checks: Vec<_> = [&["doctor"][..], &["audit", "verify"]]
        .iter()
        .map(|args| run(args))
        .collect();
    let _ = Command::new("umount").arg(&dir).status();
    for output in checks {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{stderr}");
    }
    for output in outcomes {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("cannot be written") && stderr.contains("read-only"),
            "{stderr}"
        );
    }
    let conn = crate::common::open(&db).expect("open");
    let cases: i64 = conn
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .expect("count");
    assert_eq!(cases, 1, "earlier data intact, nothing half-written");
}

#[test]
fn the_health_checks_run_beside_a_writer_and_report_a_damaged_file() {
    let env = TestEnv::new();
    for name in ["Terveys Tarkastus", "Toinen Tarkastus"] {
        env.refer(name, &[]);
    }
    // Another coordinator holds the write lock: doctor and audit verify read past it.
    let writer = crate::common::open(&env.db).expect("open");
    writer
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('busy', '1');")
        .expect("hold the write lock");
    let started = std::time::Instant::now();
    let doctor = env.run(&["doctor"]);
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(doctor.code, 0, "{doctor:?}");
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "they did not wait for the writer"
    );
    writer.execute_batch("ROLLBACK;").expect("release");
    drop(writer);

    // A removed safeguard is reported.
    tamper(&env, "DROP TRIGGER events_no_delete;");
    let doctor = env.run(&["doctor"]);
    assert_eq!(doctor.code, 4, "{doctor:?}");
    assert!(
        doctor.stdout.contains("events_no_delete"),
        "{}",
        doctor.stdout
    );

    // A damaged file: doctor reports the damage (exit 4), it does not die.
    let checkpoint = crate::common::open(&env.db).expect("open");
    checkpoint
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
    drop(checkpoint);
    let mut bytes = std::fs::read(&env.db).expect("register");
    for byte in bytes.iter_mut().skip(4096).take(8192) {
        *byte = 0x5a;
    }
    std::fs::write(&env.db, &bytes).expect("damage");
    let doctor = env.run(&["doctor"]);
    assert_eq!(doctor.code, 4, "{doctor:?}");
    assert!(
        doctor.stdout.contains("integrity") || doctor.stderr.contains("integrity"),
        "{doctor:?}"
    );
}
