//! A register on a network share is refused (SQLite's write-ahead log needs every user on one
//! computer) unless `--allow-network-share`; one in a cloud-synced folder (OneDrive) is warned
//! about. A share cannot be mounted here, so the filesystem the test register is on is declared a
//! network filesystem through MOTY_TEST_REJECT_FS, the variable only tests set; the
//! classification itself (statfs numbers, UNC paths) has unit tests in src/platform.

use std::path::Path;

use crate::common::{Run, TestEnv, NOW};

/// The filesystem type `doctor` reports for the test register's folder.
fn filesystem_kind(env: &TestEnv) -> String {
    let doctor = env.run(&["--json", "doctor"]).json();
    let check = doctor["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["check"] == "filesystem")
        .expect("a filesystem check")
        .clone();
    assert_eq!(check["status"], "ok", "{check}");
    check["detail"].as_str().expect("a kind").to_string()
}

/// Runs moty with the given filesystem type treated as a network filesystem.
fn on_share(env: &TestEnv, kind: &str, db: &Path, args: &[&str]) -> Run {
    let output = env
        .command()
        .env("MOTY_DB", db)
        .env("MOTY_NOW", NOW)
        .env("MOTY_TEST_REJECT_FS", kind)
        .args(args)
        .output()
        .expect("run moty");
    crate::common::into_run(output)
}

fn check<'a>(doctor: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    doctor["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["check"] == name)
        .unwrap_or_else(|| panic!("no {name} check in {doctor}"))
}

#[test]
fn a_register_on_a_network_filesystem_is_refused_with_nothing_written() {
    let env = TestEnv::new();
    let case = env.refer("Aino Testinen", &[]);
    let kind = filesystem_kind(&env);
    let before = env.dump();
    for args in [
        vec!["find", "Testinen", "--reason", "check"],
        vec!["show", case.as_str(), "--reason", "check"],
        vec![
            "refer",
            "--name",
            "Eino Kokeilu",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "several overlapping needs",
        ],
    ] {
        let run = on_share(&env, &kind, &env.db, &args);
        assert_eq!(run.code, 4, "{args:?}: {run:?}");
        for says in [
            "is on a network share",
            &kind,
            "PostgreSQL",
            "--allow-network-share",
        ] {
            assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        }
        assert_eq!(run.stdout, "", "{args:?}");
        assert_eq!(env.dump(), before, "{args:?} changed the register");
    }
    // doctor says the same, as a failed check; with the flag, a warning.
    let doctor = on_share(&env, &kind, &env.db, &["--json", "doctor"]);
    assert_ne!(doctor.code, 0, "{doctor:?}");
    let fs = check(&doctor.json(), "filesystem").clone();
    assert_eq!(fs["status"], "fail", "{fs}");
    assert!(fs["detail"]
        .as_str()
        .expect("detail")
        .contains("network filesystem"));
    let allowed = on_share(
        &env,
        &kind,
        &env.db,
        &["--json", "--allow-network-share", "doctor"],
    );
    assert_eq!(check(&allowed.json(), "filesystem")["status"], "warn");
    // --allow-network-share opens it anyway (unsafe, documented).
    let run = on_share(
        &env,
        &kind,
        &env.db,
        &[
            "--allow-network-share",
            "find",
            "Testinen",
            "--reason",
            "check",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains(&case), "{}", run.stdout);
}

#[test]
fn a_new_register_on_a_network_filesystem_is_not_created() {
    let env = TestEnv::new();
    let kind = filesystem_kind(&{
        let probe = TestEnv::new();
        probe.refer("Aino Testinen", &[]);
        probe
    });
    let folder = env.dir.path().join("share");
    let db = folder.join("register.sqlite3");
    let demo = env.dir.path().join("demo.sqlite3");
    let refer = [
        "refer",
        "--name",
        "Eino Kokeilu",
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--reason",
        "several overlapping needs",
    ];
    let run = on_share(&env, &kind, &db, &refer);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("network share"), "{}", run.stderr);
    assert!(!folder.exists(), "the register's folder was created");
    let demo_arg = demo.to_str().expect("utf-8");
    let run = on_share(&env, &kind, &db, &["demo", demo_arg]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(!demo.exists(), "the demo register was created");
    // Another filesystem type named: the register is made as usual.
    let run = on_share(&env, "nfs-elsewhere", &db, &refer);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(db.exists());
}

#[test]
fn a_register_in_a_onedrive_folder_is_warned_about() {
    let env = TestEnv::new();
    let db = env
        .dir
        .path()
        .join("OneDrive - Hyvinvointialue")
        .join("register.sqlite3");
    let refer = |db: &Path, extra: (&str, &str)| {
        env.command()
            .env("MOTY_DB", db)
            .env(extra.0, extra.1)
            .args([
                "refer",
                "--name",
                "Eino Kokeilu",
                "--group",
                "working-age",
                "--source",
                "primary-care",
                "--channel",
                "yht405",
                "--reason",
                "several overlapping needs",
            ])
            .output()
            .map(crate::common::into_run)
            .expect("run moty")
    };
    let run = refer(&db, ("MOTY_NOW", NOW));
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("cloud-synced folder (OneDrive)"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    let doctor = env
        .command()
        .env("MOTY_DB", &db)
        .args(["--json", "doctor"])
        .output()
        .map(crate::common::into_run)
        .expect("doctor");
    assert_eq!(check(&doctor.json(), "cloud sync")["status"], "warn");
    // The folder Windows names in %OneDrive%, whatever it is called.
    let synced = env.dir.path().join("Sync");
    let db = synced.join("register.sqlite3");
    let run = refer(&db, ("OneDrive", synced.to_str().expect("utf-8")));
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("cloud-synced"), "{}", run.stderr);
    // An ordinary folder: no warning.
    let run = refer(&env.dir.path().join("plain.sqlite3"), ("MOTY_NOW", NOW));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "");
}
