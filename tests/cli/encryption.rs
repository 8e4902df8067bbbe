//! Encryption at rest (the `encrypted` build): no plaintext header, no readable identity code,
//! and a missing or wrong key refused with a clear message.

use crate::common::TestEnv;

#[cfg(not(feature = "encrypted"))]
#[test]
fn a_plain_build_refuses_a_key_rather_than_ignore_it() {
    let env = TestEnv::new();
    let run = env
        .command()
        .env("MOTY_DB_KEY", "secret")
        .args(["list"])
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("without encryption"));
    assert!(!env.db.exists());
}

#[cfg(feature = "encrypted")]
#[test]
fn the_register_is_unreadable_without_its_key() {
    let env = TestEnv::new();
    let refer = |key: &str| {
        env.command()
            .env("MOTY_DB_KEY", key)
            .args([
                "--json",
                "refer",
                "--name",
                "Aino Salattu",
                "--hetu",
                "131052-308T",
                "--group",
                "family",
                "--source",
                "kela",
                "--channel",
                "phone",
                "--reason",
                "encrypted at rest",
                "--another-case",
            ])
            .output()
            .expect("run")
    };
    assert!(refer("correct horse battery").status.success());
    let bytes = std::fs::read(&env.db).expect("read");
    assert!(
        !bytes.starts_with(b"SQLite format 3\0"),
        "no plaintext header"
    );
    let find = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(
        !find(b"131052-308T") && !find(b"Salattu"),
        "no readable client data"
    );
    for key in [None, Some("wrong key")] {
        let mut command = env.command();
        if let Some(key) = key {
            command.env("MOTY_DB_KEY", key);
        }
        let run = command.args(["find", "aino"]).output().expect("run");
        assert_eq!(run.status.code(), Some(2), "{key:?}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(
            stderr.contains("wrong key, or not a moty register")
                || stderr.contains("not a moty register"),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "no SQLCipher noise: {stderr}");
    }
    assert_eq!(
        std::fs::read(&env.db).expect("read"),
        bytes,
        "refused without change"
    );
    let found = env
        .command()
        .env("MOTY_DB_KEY", "correct horse battery")
        .args(["--json", "find", "aino"])
        .output()
        .expect("run");
    assert!(found.status.success());
    // At a terminal, with no key given, moty asks for it (not echoed).
    let mut session = env.pty_without_key(crate::common::NOW, &["find", "aino"]);
    session
        .exp_string("The register's key")
        .expect("asked for the key");
    std::thread::sleep(std::time::Duration::from_millis(300));
    session.send_line("correct horse battery").expect("send");
    session
        .exp_string("Aino Salattu")
        .expect("found with the key");
    session.exp_eof().expect("exit");
    let rekey = env
        .command()
        .env("MOTY_DB_KEY", "correct horse battery")
        .env("MOTY_DB_NEW_KEY", "new key")
        .args(["rekey"])
        .output()
        .expect("run");
    assert!(
        rekey.status.success(),
        "{}",
        String::from_utf8_lossy(&rekey.stderr)
    );
    let found = env
        .command()
        .env("MOTY_DB_KEY", "new key")
        .args(["find", "aino"])
        .output()
        .expect("run");
    assert!(found.status.success());
}

#[cfg(unix)]
#[test]
fn a_key_file_others_can_read_is_refused() {
    let env = TestEnv::new();
    env.refer("Avain Avoin", &[]);
    let key = env.dir.path().join("register.key");
    std::fs::write(&key, "correct horse battery\n").expect("key");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).expect("mode");
    let path = key.to_str().expect("path");
    env.refused_at(
        crate::common::NOW,
        &["--key-file", path, "list"],
        2,
        "chmod 600",
    );
}

#[test]
fn the_key_never_travels_on_the_command_line() {
    let env = TestEnv::new();
    for flag in ["--key", "--db-key", "--password"] {
        let run = env.run(&[flag, "secret", "list"]);
        assert_eq!(run.code, 2, "{flag}: {run:?}");
        assert!(!env.db.exists(), "nothing created");
    }
}

#[cfg(feature = "encrypted")]
#[test]
fn the_encrypted_build_never_creates_an_unencrypted_register() {
    let env = TestEnv::new();
    for key in [None, Some("")] {
        let mut command = env.command();
        command.env_remove("MOTY_DB_KEY");
        if let Some(key) = key {
            command.env("MOTY_DB_KEY", key);
        }
        let run = crate::common::into_run(
            command
                .args([
                    "refer",
                    "--name",
                    "Aino Avaimeton",
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
                .expect("run"),
        );
        assert_eq!(run.code, 4, "{key:?}: {run:?}");
        assert!(
            run.stderr.contains("will not create an unencrypted"),
            "{}",
            run.stderr
        );
        assert!(
            std::fs::metadata(&env.db).map_or(true, |m| m.len() == 0),
            "no plaintext register"
        );
    }
}
