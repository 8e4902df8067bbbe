//! The register file: what is refused, its permissions, and --version/--help whatever the file.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{binary, into_run, TestEnv};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn a_file_that_is_not_a_register_is_refused_untouched() {
    let env = TestEnv::new();
    std::fs::write(&env.db, "name;phone\nnot a database\n").expect("write");
    let before = std::fs::read(&env.db).expect("read");
    for args in [vec!["list"], vec!["find", "x"]] {
        let run = env.run(&args);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("not a moty register"), "{}", run.stderr);
    }
    let run = env.run(&[
        "refer",
        "--name",
        "Aino Esimerkki",
        "--group",
        "working-age",
        "--source",
        "kela",
        "--channel",
        "phone",
        "--reason",
        "x",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(std::fs::read(&env.db).expect("read"), before);
}

#[test]
fn another_programs_sqlite_database_is_refused_untouched() {
    let env = TestEnv::new();
    {
        let other = crate::common::open(&env.db).expect("create");
        other
            .execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello');")
            .expect("fill");
    }
    let before = std::fs::read(&env.db).expect("read");
    let run = env.run(&["list"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("not a moty register"), "{}", run.stderr);
    assert_eq!(std::fs::read(&env.db).expect("read"), before);
}

#[test]
fn a_register_from_a_newer_moty_is_refused_untouched() {
    let env = TestEnv::new();
    env.refer("Aino Esimerkki", &[]);
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute_batch("PRAGMA user_version = 99;")
            .expect("bump");
    }
    let before = std::fs::read(&env.db).expect("read");
    let run = env.run(&["find", "aino"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("newer moty"), "{}", run.stderr);
    assert_eq!(std::fs::read(&env.db).expect("read"), before);
}

#[test]
fn version_and_help_work_whatever_the_file() {
    let env = TestEnv::new();
    std::fs::write(&env.db, "garbage").expect("write");
    let version = env.ok(&["--version"]);
    assert!(version.starts_with("moty "), "{version}");
    let help = env.ok(&["--help"]);
    assert!(help.contains("refer") && help.contains("find"), "{help}");
    assert!(env.ok(&["refer", "--help"]).contains("--hetu"));
}

#[test]
fn the_register_and_its_directory_are_private_to_the_owner() {
    let env = TestEnv::new();
    let db = env.dir.path().join("new-folder").join("register.sqlite3");
    let script = format!(
        "umask 022; exec '{}' demo --clients 4000 '{}' >/dev/null",
        binary(),
        db.display()
    );
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .env_clear()
        .envs(crate::common::key_vars())
        .env("MOTY_USER", "coordinator-a")
        .env("MOTY_NOW", "2026-11-23 10:00")
        .spawn()
        .expect("spawn");
    // Watch the WAL and shared-memory files while moty has them open.
    let wal = db.with_extension("sqlite3-wal");
    let shm = db.with_extension("sqlite3-shm");
    let started = Instant::now();
    let mut seen = (None, None);
    while child.try_wait().expect("wait").is_none() && started.elapsed() < Duration::from_secs(120)
    {
        if seen.0.is_none() && wal.exists() {
            seen.0 = std::fs::metadata(&wal)
                .ok()
                .map(|m| m.permissions().mode() & 0o777);
        }
        if seen.1.is_none() && shm.exists() {
            seen.1 = std::fs::metadata(&shm)
                .ok()
                .map(|m| m.permissions().mode() & 0o777);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let status = child.wait().expect("wait");
    assert!(status.success());
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().expect("parent")), 0o700);
    assert_eq!(seen, (Some(0o600), Some(0o600)), "-wal and -shm while open");
    // And a file created by the first referral under umask 022.
    let env = TestEnv::new();
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 022; exec '{}' refer --name 'Aino Esimerkki' --group family --source kela --channel phone --reason x",
            binary()
        ))
        .env_clear()
        .envs(crate::common::key_vars())
        .env("MOTY_DB", &env.db)
        .env("MOTY_USER", "coordinator-a")
        .output()
        .expect("run");
    assert_eq!(into_run(output).code, 0);
    assert_eq!(mode(&env.db), 0o600);
}

#[test]
fn the_demo_builds_a_register_rebuilds_it_and_never_overwrites_a_real_one() {
    let env = TestEnv::new();
    let demo = env.dir.path().join("demo.sqlite3");
    let demo_arg = demo.to_str().expect("utf-8 path");
    let out = env.ok(&["demo", demo_arg]);
    assert!(out.contains("30 fictitious clients"), "{out}");
    assert!(out.contains("2026-0001"), "{out}");
    assert!(
        out.contains("What the collaboration achieved"),
        "ends with the outcomes: {out}"
    );
    let count = |sql: &str| -> i64 {
        crate::common::open(&demo)
            .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
            .expect("count")
    };
    // A caseload across every phase of the path.
    for phase in [
        "referred",
        "joint-assessment",
        "kela-consultation",
        "follow-up",
        "closed",
    ] {
        assert!(
            count(&format!(
                "SELECT count(*) FROM cases WHERE phase = '{phase}'"
            )) > 0,
            "no case in {phase}"
        );
    }
    assert!(count("SELECT count(*) FROM follow_ups") > 0);
    assert!(count("SELECT count(*) FROM cases WHERE close_reason = 'completed'") > 0);
    let cases = |path: &std::path::Path| -> i64 {
        crate::common::open(path)
            .and_then(|c| c.query_row("SELECT count(*) FROM cases", [], |r| r.get(0)))
            .expect("count")
    };
    assert_eq!(cases(&demo), 30);
    let json = env
        .run(&["--json", "demo", demo_arg, "--clients", "12"])
        .json();
    assert_eq!(json["clients"], 12);
    assert_eq!(json["first_case"], "2026-0001");
    assert_eq!(cases(&demo), 12, "rebuilt, not added to");

    env.refer("Oikea Asiakas", &[]);
    let before = env.dump();
    let run = env.run(&["demo", env.db.to_str().expect("utf-8 path")]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("not a demo register"), "{}", run.stderr);
    assert_eq!(env.dump(), before);
}

#[test]
fn a_register_is_copied_before_its_schema_is_migrated() {
    // A version-1 register, as the first release left it: the last release's version-2 register
    // without migration 2's index. Migrations 2 and 3 then run in one go.
    let env = TestEnv::from_fixture("register-v2.sqlite3");
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute_batch("DROP INDEX access_log_case; PRAGMA user_version = 1;")
            .expect("downgrade");
    }
    let before = env.dump();
    env.ok(&["show", "2026-0001"]);
    let copy = env
        .dir
        .path()
        .join("register-v2.sqlite3.before-v1-to-v17.sqlite3");
    assert!(copy.exists(), "a copy is taken before migrating");
    assert_eq!(mode(&copy), 0o600);
    assert_eq!(
        crate::common::dump(&copy),
        before,
        "the copy is the register as it was"
    );
    let conn = env.connection();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(version, 17);
    let index: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'access_log_case'",
            [],
            |r| r.get(0),
        )
        .expect("index");
    assert_eq!(index, 1, "migration 2 applied");
}

/// `demo` builds where `--db` or `MOTY_DB` says when no PATH is given, and in
/// ./moty-demo.sqlite3 without either; a real register there is never replaced.
#[test]
fn the_demo_honours_db_and_moty_db() {
    let env = TestEnv::new();
    // MOTY_DB (TestEnv sets it): the demo is built there.
    let run = env.run(&["--json", "demo", "--clients", "3"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["path"], env.db.to_str().expect("path"));
    // --db wins over MOTY_DB.
    let flag = env.dir.path().join("flag-demo.sqlite3");
    let run = env.run(&[
        "--json",
        "--db",
        flag.to_str().expect("path"),
        "demo",
        "--clients",
        "3",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(flag.exists());
    // Neither: ./moty-demo.sqlite3 in the working folder.
    let out = env
        .command()
        .env_remove("MOTY_DB")
        .args(["--json", "demo", "--clients", "3"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    assert!(env.dir.path().join("moty-demo.sqlite3").exists());
    // A real register named by MOTY_DB is refused, untouched.
    let real = TestEnv::new();
    real.refer("Rea Oikea", &[]);
    let before = real.dump();
    let run = real.run(&["demo", "--clients", "3"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert_eq!(real.dump(), before);
}
