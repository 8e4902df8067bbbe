//! The personal configuration file and its precedence: a flag, then its MOTY_* variable, then the
//! file, then the default.

use std::process::Command;

use crate::common::{binary, TestEnv};

/// moty with only a clock and a configuration file: no MOTY_DB, no MOTY_USER.
fn bare(env: &TestEnv, config: &std::path::Path) -> Command {
    let mut command = Command::new(binary());
    command
        .env_clear()
        .env("MOTY_NOW", "2026-11-23 10:00")
        .env("MOTY_CONFIG", config)
        .env("MOTY_STATE_DIR", env.dir.path().join("state"))
        .env("LANG", "C")
        .envs(crate::common::key_vars())
        .current_dir(env.dir.path());
    command
}

fn stdout(command: &mut Command) -> (i32, String, String) {
    let out = command.output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn flags_beat_variables_beat_the_file_beat_the_defaults() {
    let env = TestEnv::new();
    let config = env.dir.path().join("moty.toml");
    let from_file = env.dir.path().join("from-file.sqlite3");
    let from_env = env.dir.path().join("from-env.sqlite3");
    let from_flag = env.dir.path().join("from-flag.sqlite3");
    // `config set` writes the file; every value is checked as its flag would be.
    let file = from_file.to_str().expect("path");
    for (key, value) in [
        ("db", file),
        ("as", "coordinator-file"),
        ("region", "north"),
    ] {
        let (code, _, err) = stdout(bare(&env, &config).args(["config", "set", key, value]));
        assert_eq!(code, 0, "{err}");
    }
    let (code, out, _) = stdout(bare(&env, &config).args(["config", "get", "region"]));
    assert_eq!((code, out.as_str()), (0, "north\n"));
    // A referral with nothing on the command line: the file's register and name.
    let refer = |command: &mut Command, name: &str| {
        let (code, _, err) = stdout(command.args([
            "refer",
            "--name",
            name,
            "--group",
            "working-age",
            "--source",
            "self",
            "--channel",
            "phone",
            "--reason",
            "needs",
            "--region",
            "north",
        ]));
        assert_eq!(code, 0, "{err}");
    };
    refer(&mut bare(&env, &config), "Fanni Tiedosto");
    assert!(from_file.exists(), "the file's register");
    let actor = |db: &std::path::Path| -> String {
        let conn = crate::common::open(db).expect("open");
        conn.query_row(
            "SELECT actor FROM access_log ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("actor")
    };
    assert_eq!(actor(&from_file), "coordinator-file");
    // The variables win over the file.
    refer(
        bare(&env, &config)
            .env("MOTY_DB", &from_env)
            .env("MOTY_USER", "coordinator-env"),
        "Eemeli Muuttuja",
    );
    assert_eq!(actor(&from_env), "coordinator-env");
    // The flags win over the variables.
    refer(
        bare(&env, &config)
            .env("MOTY_DB", &from_env)
            .env("MOTY_USER", "coordinator-env")
            .args([
                "--db",
                from_flag.to_str().expect("path"),
                "--as",
                "coordinator-flag",
            ]),
        "Liisa Lippu",
    );
    assert_eq!(actor(&from_flag), "coordinator-flag");
    // The region: the file's, unless a flag says otherwise.
    let queue = |command: &mut Command, extra: &[&str]| -> usize {
        let (code, out, err) = stdout(command.args(["--json", "triage", "--list"]).args(extra));
        assert_eq!(code, 0, "{err}");
        let json: serde_json::Value = serde_json::from_str(&out).expect("json");
        json["queue"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(
        queue(&mut bare(&env, &config), &[]),
        1,
        "north: the file's region"
    );
    assert_eq!(queue(&mut bare(&env, &config), &["--region", "south"]), 0);
    assert_eq!(queue(&mut bare(&env, &config), &["--all-regions"]), 1);
    // Unset: the default again (here: no home folder, so no default register).
    let (code, _, _) = stdout(bare(&env, &config).args(["config", "unset", "db"]));
    assert_eq!(code, 0);
    let (code, out, _) = stdout(bare(&env, &config).args(["--json", "config", "list"]));
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(
        json["settings"][0],
        serde_json::json!({"key": "db", "value": null})
    );
    assert_eq!(
        json["settings"][2],
        serde_json::json!({"key": "region", "value": "north"})
    );
}

#[test]
fn a_bad_file_or_a_bad_setting_is_refused_naming_it() {
    let env = TestEnv::new();
    let config = env.dir.path().join("moty.toml");
    std::fs::write(&config, "db = \"x.sqlite3\"\ncolour = \"red\"\n").expect("write");
    let (code, _, err) = stdout(bare(&env, &config).args(["find", "x"]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("moty.toml is not valid") && err.contains("colour"),
        "{err}"
    );
    std::fs::write(&config, "region = \"\"\n").expect("write");
    let (code, _, err) = stdout(bare(&env, &config).args(["find", "x"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("region"), "{err}");
    std::fs::remove_file(&config).expect("remove");
    for (args, says) in [
        (
            &["config", "set", "colour", "red"][..],
            "KEY: 'colour' is not a setting",
        ),
        (&["config", "set", "as", ""][..], "VALUE"),
        (&["config", "get", "nope"][..], "KEY"),
    ] {
        let (code, _, err) = stdout(bare(&env, &config).args(args));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!config.exists(), "nothing written");
    }
}

#[test]
fn config_path_prints_only_the_path_even_when_the_file_cannot_be_read() {
    let env = TestEnv::new();
    let config = env.dir.path().join("moty.toml");
    for content in ["region = \"north\"\n", "region = \n"] {
        std::fs::write(&config, content).expect("write");
        let (code, out, err) = stdout(bare(&env, &config).args(["config", "path"]));
        assert_eq!(code, 0, "{err}");
        assert_eq!(out, format!("{}\n", config.display()));
        let (code, out, _) = stdout(bare(&env, &config).args(["--json", "config", "path"]));
        assert_eq!(code, 0);
        let json: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(json["path"], config.to_str().expect("utf-8"));
        assert_eq!(json["settings"], serde_json::json!([]));
    }
    // `list` reads the file, and names what is wrong with it.
    let (code, _, err) = stdout(bare(&env, &config).args(["config", "list"]));
    assert_eq!(code, 2, "{err}");
}
