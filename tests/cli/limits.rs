//! Bounded input and the validation gaps: every file or stream moty reads has a size limit and is
//! refused beyond it without being read whole; dates before 1900 or before the client's birth,
//! malformed e-mail addresses, a need without its text, a clock in year 1 and a manifest moty
//! could not have written are refused naming the field; decomposed names are the same names.

use std::time::{Duration, Instant};

use crate::common::{TestEnv, NOW};

const REFER: &[&str] = &[
    "refer",
    "--group",
    "working-age",
    "--source",
    "primary-care",
    "--channel",
    "yht405",
    "--reason",
    "several needs",
];

fn refer_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = REFER.to_vec();
    args.extend_from_slice(extra);
    args
}

#[test]
fn an_endless_csv_fails_fast_naming_the_file_and_the_limit() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let started = Instant::now();
    env.refused_at(NOW, &["directory", "import", "/dev/zero"], 2, "FILE");
    env.refused_at(NOW, &["directory", "import", "/dev/zero"], 2, "10 MiB");
    assert!(started.elapsed() < Duration::from_secs(30), "took too long");
}

#[test]
fn a_key_file_longer_than_4_kib_is_refused() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let key = env.dir.path().join("key.txt");
    std::fs::write(&key, "k".repeat(5000)).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).expect("private");
    }
    let path = key.to_str().expect("path");
    env.refused_at(NOW, &["--key-file", path, "list"], 2, "--key-file");
    env.refused_at(NOW, &["--key-file", path, "list"], 2, "4 KiB");
}

#[test]
fn standard_input_beyond_1_mib_is_refused_naming_the_field() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let before = env.dump();
    let mut args = refer_args(&["--name", "Aino Esimerkki"]);
    let at = args
        .iter()
        .position(|a| *a == "several needs")
        .expect("reason");
    args[at] = "-";
    let input = "y".repeat((1 << 20) + 1);
    let run = env.run_with(&args, Some(input.as_bytes()));
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("--reason") && run.stderr.contains("1 MiB"),
        "{}",
        run.stderr
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn dates_before_1900_or_before_the_clients_birth_are_refused() {
    let env = TestEnv::new();
    let case = env.refer("Helmi Pohja", &["--hetu", "131052-308T"]);
    env.refused_at(
        NOW,
        &refer_args(&["--name", "Aino Esimerkki", "--on", "1899-12-31"]),
        2,
        "--on: '1899-12-31' is outside the years 1900",
    );
    // Born 13.10.1952 by the identity code: a referral or a consent dated before is refused.
    env.refused_at(
        NOW,
        &refer_args(&[
            "--name",
            "Helmi Pohja",
            "--hetu",
            "131052-308T",
            "--another-case",
            "--on",
            "1952-10-12",
        ]),
        2,
        "--on: 1952-10-12 is before the client's birth",
    );
    env.refused_at(
        NOW,
        &refer_args(&[
            "--name",
            "Aino Esimerkki",
            "--hetu",
            "010180-1232",
            "--on",
            "31.12.1979",
        ]),
        2,
        "--on",
    );
    env.refused_at(
        NOW,
        &[
            "consent",
            "give",
            &case,
            "--kind",
            "multi-professional",
            "--method",
            "written",
            "--on",
            "1951-01-01",
        ],
        2,
        "before the client's birth",
    );
}

#[test]
fn malformed_e_mail_addresses_are_refused() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    for bad in ["a@@b.fi", "a@b", "@kotka.fi", "a b@kotka.fi", "a@kotka."] {
        env.refused_at(
            NOW,
            &[
                "directory",
                "add",
                "--name",
                "Outi Omainen",
                "--role",
                "social worker",
                "--unit",
                "Aikuissosiaalityö",
                "--email",
                bad,
            ],
            2,
            "--email",
        );
    }
    env.ok(&[
        "directory",
        "add",
        "--name",
        "Outi Omainen",
        "--role",
        "social worker",
        "--unit",
        "Aikuissosiaalityö",
        "--email",
        "outi.omainen@kotka.fi",
    ]);
}

#[test]
fn a_need_without_its_text_is_refused_not_dropped() {
    let env = TestEnv::new();
    let case = env.refer("Helmi Pohja", &[]);
    env.refused_at(
        NOW,
        &["plan", &case, "--need", "housing"],
        2,
        "--need: 'housing' has no =TEXT",
    );
}

#[test]
fn decomposed_letters_are_the_same_name() {
    let env = TestEnv::new();
    let case = env.refer("Äijälä Öhman", &["--hetu", "131052-308T"]);
    let decomposed = "A\u{308}ija\u{308}la\u{308} O\u{308}hman";
    // The same name typed with combining marks is not "a different name" for the same code.
    let again = env.refer(decomposed, &["--hetu", "131052-308T", "--another-case"]);
    assert_ne!(case, again);
    let shown = env.run(&["--json", "show", &again]).json();
    assert_eq!(shown["client"]["name"], "Äijälä Öhman");
    let other = env.refer(decomposed, &[]);
    let shown = env.run(&["--json", "show", &other]).json();
    assert_eq!(shown["client"]["name"], "Äijälä Öhman");
}

#[test]
fn a_clock_before_1900_is_invalid_input() {
    let env = TestEnv::new();
    for now in ["0001-01-01", "1899-12-31 12:00"] {
        let run = env.run_at(now, &["list"]);
        assert_eq!(run.code, 2, "{now}: {run:?}");
        assert!(run.stderr.contains("MOTY_NOW"), "{}", run.stderr);
    }
}

#[test]
fn a_manifest_moty_could_not_have_written_is_refused() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let head = "0".repeat(64);
    for (body, says) in [
        (
            format!(r#"{{"logs":[{{"log":"events","rows":-3,"head":"{head}"}}]}}"#),
            "never negative",
        ),
        (
            format!(r#"{{"logs":[{{"log":"secrets","rows":1,"head":"{head}"}}]}}"#),
            "secrets",
        ),
        (
            r#"{"logs":[{"log":"events","rows":1,"head":"abc"}]}"#.to_string(),
            "hash",
        ),
    ] {
        let path = env.dir.path().join("edited.manifest.json");
        std::fs::write(&path, body).expect("write");
        let run = env.run(&[
            "audit",
            "verify",
            "--manifest",
            path.to_str().expect("path"),
        ]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(
            run.stderr.contains("--manifest") && run.stderr.contains(says),
            "{}",
            run.stderr
        );
    }
}
