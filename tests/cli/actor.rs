//! Who acts: every recorded change and look-up carries a name, from `--as`, then `MOTY_USER`,
//! then the configuration file's `as`, then the operating system's login name. When none of them
//! names anyone, moty refuses (exit 2) naming `--as` and `MOTY_USER`, and writes nothing — a row
//! never says "unknown"; named, each row records the account that wrote it, by its number (uid:N)
//! when the system has no login name for it. An account without a login name cannot be made here, so the tests set
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
    assert!(!env.register_exists(), "no register was created");
}

/// The account number this test runs under, as moty records an account without a login name.
fn uid_account(env: &TestEnv) -> String {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata(env.dir.path()).expect("metadata").uid();
    format!("uid:{uid}")
}

#[test]
fn a_name_from_as_the_variable_or_the_file_is_enough_and_rows_name_the_account_by_number() {
    // Named, the actor check passes; every row also records the operating-system account that
    // wrote it: without a login name, by its number (uid:N), never "unknown".
    let env = TestEnv::new();
    let case = env.refer("Aino Testinen", &[]);
    let config = env.dir.path().join("config.toml");
    std::fs::write(&config, "as = \"coordinator-file\"\n").expect("write the file");
    let show = ["show", case.as_str(), "--reason", "check"];
    let mut by_flag = nameless(&env);
    by_flag.args(["--as", "coordinator-flag"]);
    let mut by_variable = nameless(&env);
    by_variable.env("MOTY_USER", "coordinator-variable");
    let mut by_file = nameless(&env);
    by_file.env("MOTY_CONFIG", &config);
    for (actor, command) in [
        ("coordinator-flag", by_flag),
        ("coordinator-variable", by_variable),
        ("coordinator-file", by_file),
    ] {
        let shown = run(command, &show);
        assert_eq!(shown.code, 0, "{actor}: {shown:?}");
        assert!(!shown.stderr.contains(NAME_YOURSELF), "{actor}");
        let recorded: String = env.one(
            "SELECT os_user FROM access_log WHERE actor = ?1 ORDER BY id DESC LIMIT 1",
            &[actor],
        );
        assert_eq!(recorded, uid_account(&env), "{actor}");
    }
    env.ok(&["audit", "verify"]);
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
fn an_old_register_is_migrated_under_the_account_number_when_there_is_no_login_name() {
    // Migration 4 runs for an account without a login name; what it records names the account
    // by its number, never "unknown".
    let env = TestEnv::from_fixture("register-v2.sqlite3");
    let version = |env: &TestEnv| -> i64 {
        env.connection()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("user_version")
    };
    assert_eq!(version(&env), 2);
    let verify = run(nameless(&env), &["--json", "audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(version(&env) > 2);
    assert!(
        env.count("SELECT count(*) FROM anchors WHERE reason = 'chain-format'") > 0,
        "the chains were re-anchored"
    );
    // Its first recorded change names the account by number.
    let case = env.refer("Aino Testinen", &[]);
    let mut named = nameless(&env);
    named.args(["--as", "coordinator-b"]);
    assert_eq!(run(named, &["show", &case]).code, 0);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM access_log WHERE os_user = '{}'",
            uid_account(&env)
        )),
        1
    );
}
