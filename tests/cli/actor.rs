//! Who acts: every recorded change and look-up carries a name, from `--as`, then `MOTY_USER`,
//! then the configuration file's `as`, then the operating system's login name. When none of them
//! names anyone, moty refuses (exit 2) naming `--as` and `MOTY_USER`, and writes nothing — a row
//! never says "unknown". An account without a login name cannot be made here, so the tests set
//! MOTY_TEST_NO_LOGIN, the variable only tests set, which makes the login look-up fail.

use std::process::Command;

use crate::common::{Run, TestEnv};

/// moty as a user whose login name the system cannot give: no MOTY_USER either.
fn nameless(env: &TestEnv) -> Command {
    let mut command = env.command();
    command
        .env_remove("MOTY_USER")
        .env("MOTY_TEST_NO_LOGIN", "1");
    command
}

fn run(mut command: Command, args: &[&str]) -> Run {
    crate::common::into_run(command.args(args).output().expect("run moty"))
}

const NAME_YOURSELF: &str = "--as NAME or the MOTY_USER variable";

#[test]
fn nobody_named_and_no_login_name_is_refused_for_changes_and_look_ups_with_nothing_written() {
    let env = TestEnv::new();
    let case = env.refer("Aino Testinen", &[]);
    let before = env.dump();
    for args in [
        // A change.
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
        vec![
            "consent",
            "give",
            case.as_str(),
            "--kind",
            "contact-request",
            "--method",
            "written",
        ],
        // Look-ups, which write the access log.
        vec!["find", "Testinen", "--reason", "check"],
        vec!["show", case.as_str(), "--reason", "check"],
        vec!["--json", "list"],
    ] {
        let refused = run(nameless(&env), &args);
        assert_eq!(refused.code, 2, "{args:?}: {refused:?}");
        assert!(
            refused.stderr.starts_with("moty: --as: ") && refused.stderr.contains(NAME_YOURSELF),
            "{args:?}: {}",
            refused.stderr
        );
        assert!(
            !refused.stderr.contains("unknown"),
            "{args:?}: {}",
            refused.stderr
        );
        assert_eq!(env.dump(), before, "{args:?} changed the register");
    }
}

#[test]
fn a_first_change_without_a_name_creates_no_register() {
    let env = TestEnv::new();
    let refused = run(
        nameless(&env),
        &[
            "refer",
            "--name",
            "Aino Testinen",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "several overlapping needs",
        ],
    );
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains(NAME_YOURSELF), "{}", refused.stderr);
    assert!(!env.db.exists(), "no register was created");
}

#[test]
fn a_name_from_as_the_variable_or_the_file_passes_the_check_and_the_login_rule_still_holds() {
    // Named, the actor check passes; every row also records the operating-system login that
    // wrote it, so a user the system cannot name is still refused by that rule (exit 4).
    let env = TestEnv::new();
    let case = env.refer("Aino Testinen", &[]);
    let before = env.dump();
    let config = env.dir.path().join("config.toml");
    std::fs::write(&config, "as = \"coordinator-file\"\n").expect("write the file");
    let show = ["show", case.as_str(), "--reason", "check"];
    let mut by_flag = nameless(&env);
    by_flag.args(["--as", "coordinator-b"]);
    let mut by_variable = nameless(&env);
    by_variable.env("MOTY_USER", "coordinator-b");
    let mut by_file = nameless(&env);
    by_file.env("MOTY_CONFIG", &config);
    for (how, command) in [
        ("--as", by_flag),
        ("MOTY_USER", by_variable),
        ("the file", by_file),
    ] {
        let refused = run(command, &show);
        assert_eq!(refused.code, 4, "{how}: {refused:?}");
        assert!(
            refused
                .stderr
                .contains("the operating system does not name the user running moty"),
            "{how}: {}",
            refused.stderr
        );
        assert!(!refused.stderr.contains(NAME_YOURSELF), "{how}");
        assert_eq!(env.dump(), before, "{how} changed the register");
    }
}

#[test]
fn what_records_nothing_runs_without_a_name() {
    let env = TestEnv::new();
    env.refer("Aino Testinen", &[]);
    let before = env.dump();
    for args in [
        vec!["--json", "audit", "verify"],
        vec!["--json", "doctor"],
        vec!["completions", "bash"],
        vec!["config", "path"],
    ] {
        let ran = run(nameless(&env), &args);
        assert_eq!(ran.code, 0, "{args:?}: {ran:?}");
    }
    assert_eq!(env.dump(), before, "nothing in the register changed");
}

#[test]
fn an_old_register_is_not_migrated_under_an_unknown_login() {
    // Migration 4's re-anchor rows record the login that ran it; without one the migration is
    // refused (exit 4) and the register stays as it was, never recorded as "unknown".
    let env = TestEnv::from_fixture("register-v2.sqlite3");
    let version = |env: &TestEnv| -> i64 {
        env.connection()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("user_version")
    };
    assert_eq!(version(&env), 2);
    let refused = run(nameless(&env), &["--json", "audit", "verify"]);
    assert_eq!(refused.code, 4, "{refused:?}");
    assert!(
        refused
            .stderr
            .contains("the operating system does not name the user running moty"),
        "{}",
        refused.stderr
    );
    assert_eq!(version(&env), 2, "the register was not migrated");
    // With the login name back, the same command migrates it.
    let verify = env.run(&["--json", "audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(version(&env) > 2);
}
