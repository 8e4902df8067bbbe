//! Bad input to every field of `refer` and `consent`: a message naming the field, exit code 2,
//! and the register's content exactly as before.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::common::TestEnv;

/// The flags of a complete, valid referral; each case replaces one of them.
const VALID: &[(&str, &str)] = &[
    ("--name", "Aino Esimerkki"),
    ("--group", "working-age"),
    ("--source", "primary-care"),
    ("--channel", "yht405"),
    ("--reason", "several needs"),
];

fn refer_with(flag: &str, value: OsString) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec!["refer".into()];
    for (f, v) in VALID {
        if *f != flag {
            args.push((*f).into());
            args.push((*v).into());
        }
    }
    args.push(flag.into());
    args.push(value);
    args
}

fn os(text: &str) -> OsString {
    text.into()
}

fn not_utf8() -> OsString {
    OsString::from_vec(b"Aino \xff\xfe".to_vec())
}

/// (flag, value, what the message must contain besides the flag)
fn refer_cases() -> Vec<(&'static str, OsString, &'static str)> {
    let huge = "x".repeat(100_000);
    vec![
        ("--name", os(""), "empty"),
        ("--name", os("   "), "empty"),
        ("--name", os("Robert'); DROP TABLE clients;--"), "name"),
        ("--name", os("Aino\u{1b}[31m"), "control character"),
        ("--name", os(&huge), "at most 200"),
        ("--name", not_utf8(), "UTF-8"),
        ("--hetu", os("' OR 1=1 --"), "DDMMYY"),
        ("--hetu", os("010190-12"), "11"),
        ("--birth-year", os("1850"), "birth year"),
        ("--birth-year", os("-5"), ""),
        ("--birth-year", os("nineteen"), ""),
        ("--phone", os("call me; DROP TABLE"), "phone number"),
        ("--phone", os("123"), "phone number"),
        (
            "--municipality",
            os("Kotka; DELETE FROM cases"),
            "not allowed",
        ),
        ("--municipality", os(&huge), "at most 80"),
        ("--region", os("south\nnorth"), "control character"),
        ("--group", os("adult"), "working-age"),
        ("--group", os("working-age' OR '1'='1"), "working-age"),
        ("--source", os("hospital"), "primary-care"),
        ("--channel", os("fax"), "yht405"),
        ("--sign", os("sadness"), "missed-appointments"),
        ("--other-sign", os("no other sign given"), "--sign other"),
        ("--referrer", os("Dr. Who?"), "name"),
        ("--referrer-unit", os(&huge), "at most 200"),
        ("--referrer-contact", os("a\u{1}b"), "control character"),
        ("--reason", os(""), "empty"),
        ("--reason", os("bell\u{7}"), "control character"),
        ("--reason", not_utf8(), "UTF-8"),
        ("--on", os("2026-02-30"), "not a real date"),
        ("--on", os("30.2.2026"), "not a real date"),
        ("--on", os("2026-11-24"), "future"),
        (
            "--on",
            os("2026-11-23'; DROP TABLE cases; --"),
            "not a real date",
        ),
        ("--client-of", os("twenty-six"), "case id"),
    ]
}

#[test]
fn every_refer_field_refuses_bad_values_and_writes_nothing() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let before = env.dump();
    for (flag, value, why) in refer_cases() {
        let args = refer_with(flag, value.clone());
        let run = env.run(&args);
        let shown = value.to_string_lossy().chars().take(40).collect::<String>();
        assert_eq!(run.code, 2, "{flag} {shown:?}: {run:?}");
        assert!(
            run.stderr.contains(flag),
            "{flag} {shown:?}: names the field: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains(why),
            "{flag} {shown:?}: says {why:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert_eq!(env.dump(), before, "{flag} {shown:?} changed the register");
    }
}

#[test]
fn a_megabyte_reason_is_refused_without_writing() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let before = env.dump();
    let megabyte = "y".repeat(1 << 20);
    let args = refer_with("--reason", os("-"));
    let run = env.run_with(&args, Some(megabyte.as_bytes()));
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("--reason") && run.stderr.contains("at most 4000"),
        "{}",
        run.stderr
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn missing_required_flags_are_named_and_nothing_waits_on_a_pipe() {
    let env = TestEnv::new();
    let mut child = env
        .command()
        .args(["refer", "--name", "Aino Esimerkki"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Keep stdin open: a command that prompted on a pipe would hang here.
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("moty waited for input on a pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let output = child.wait_with_output().expect("output");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(status.code(), Some(2));
    for flag in ["--group", "--source", "--channel", "--reason"] {
        assert!(stderr.contains(flag), "names {flag}: {stderr}");
    }
    assert!(
        !env.register_exists(),
        "no register is created for a refused command"
    );
}

#[test]
fn every_consent_field_refuses_bad_values_and_writes_nothing() {
    let env = TestEnv::new();
    let case = env.refer("Onni Oksanen", &[]);
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "kela-exchange",
        "--method",
        "written",
    ]);
    let before = env.dump();
    let huge = "z".repeat(100_000);
    let give = |extra: &[OsString]| -> Vec<OsString> {
        let mut args: Vec<OsString> = ["consent", "give", &case].iter().map(|s| os(s)).collect();
        args.extend_from_slice(extra);
        args
    };
    let cases: Vec<(Vec<OsString>, &str, &str)> = vec![
        (
            give(&[os("--kind"), os("everything"), os("--method"), os("oral")]),
            "--kind",
            "multi-professional",
        ),
        (
            give(&[os("--kind"), os("meeting"), os("--method"), os("telepathy")]),
            "--method",
            "written",
        ),
        (give(&[os("--kind"), os("meeting")]), "--method", "missing"),
        (
            give(&[
                os("--kind"),
                os("meeting"),
                os("--method"),
                os("oral"),
                os("--on"),
                os("2026-02-30"),
            ]),
            "--on",
            "not a real date",
        ),
        (
            give(&[
                os("--kind"),
                os("meeting"),
                os("--method"),
                os("oral"),
                os("--on"),
                os("2027-01-01"),
            ]),
            "--on",
            "future",
        ),
        (
            give(&[
                os("--kind"),
                os("meeting"),
                os("--method"),
                os("oral"),
                os("--scope"),
                os(&huge),
            ]),
            "--scope",
            "at most 2000",
        ),
        (
            give(&[
                os("--kind"),
                os("meeting"),
                os("--method"),
                os("oral"),
                os("--scope"),
                not_utf8(),
            ]),
            "--scope",
            "UTF-8",
        ),
        (
            vec![
                os("consent"),
                os("give"),
                os("2026-01'; --"),
                os("--kind"),
                os("meeting"),
                os("--method"),
                os("oral"),
            ],
            "CASE",
            "case id",
        ),
        (
            vec![
                os("consent"),
                os("withdraw"),
                os(&case),
                os("--kind"),
                os("kela-exchange"),
                os("--on"),
                os("2026-13-01"),
            ],
            "--on",
            "not a real date",
        ),
        (
            vec![
                os("consent"),
                os("withdraw"),
                os(&case),
                os("--kind"),
                os("kela-exchange"),
                os("--note"),
                os("a\u{8}b"),
            ],
            "--note",
            "control character",
        ),
        (
            vec![
                os("consent"),
                os("withdraw"),
                os(&case),
                os("--id"),
                os("one"),
            ],
            "--id",
            "",
        ),
        (
            vec![
                os("consent"),
                os("send-kela"),
                os(&case),
                os("--on"),
                os("2026-11-31"),
            ],
            "--on",
            "not a real date",
        ),
        (
            vec![os("consent"), os("send-kela"), not_utf8()],
            "Aino",
            "UTF-8",
        ),
        (
            vec![
                os("consent"),
                os("list"),
                os(&case),
                os("--reason"),
                os(&huge),
            ],
            "--reason",
            "at most 500",
        ),
    ];
    for (args, field, why) in cases {
        let run = env.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.stderr.contains(field),
            "{args:?}: names {field}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains(why),
            "{args:?}: says {why:?}: {}",
            run.stderr
        );
        assert_eq!(env.dump(), before, "{args:?} changed the register");
    }
}

/// The later commands, one bad value per field: the flag is named, exit code 2, nothing written.
#[test]
fn every_later_command_refuses_bad_values_and_writes_nothing() {
    let env = TestEnv::new();
    let case = env.refer("Onni Kenttä", &[]);
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
    let before = env.dump();
    let huge = "h".repeat(100_000);
    let c = case.as_str();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["triage", c, "--decision", "maybe"], "--decision"),
        (
            vec![
                "triage",
                c,
                "--decision",
                "decline",
                "--kela-screen",
                "no",
                "--reason",
                "x",
                "--urgency",
                "asap",
            ],
            "--urgency",
        ),
        (
            vec![
                "triage",
                c,
                "--decision",
                "decline",
                "--kela-screen",
                "no",
                "--reason",
                "x",
                "--team",
                "wizard",
            ],
            "--team",
        ),
        (
            vec![
                "triage",
                c,
                "--decision",
                "decline",
                "--kela-screen",
                "no",
                "--reason",
                &huge,
            ],
            "--reason",
        ),
        (vec!["close", c, "--reason", "bored"], "--reason"),
        (
            vec!["close", c, "--reason", "other", "--on", "2026-02-30"],
            "--on",
        ),
        (vec!["reopen", c, "--note", "x\u{7}"], "--note"),
        (vec!["schedule", c, "--kind", "lunch"], "--kind"),
        (
            vec![
                "schedule",
                c,
                "--kind",
                "joint-assessment",
                "--at",
                "2026-13-01 12:30",
            ],
            "--at",
        ),
        (
            vec![
                "schedule",
                c,
                "--kind",
                "network",
                "--at",
                "2026-12-01 10:00",
                "--minutes",
                "5",
            ],
            "--minutes",
        ),
        (vec!["schedule", "held", "abc"], "MEETING"),
        (
            vec!["schedule", "close-day", "2026-02-30", "--reason", "x"],
            "DATE",
        ),
        (
            vec![
                "schedule",
                "slots",
                "add",
                "--kind",
                "kela",
                "--weekday",
                "2",
                "--start",
                "1O:00",
                "--minutes",
                "60",
                "--capacity",
                "4",
            ],
            "--start",
        ),
        (vec!["schedule", "list", "--week", "2026-W99"], "--week"),
        (
            vec![
                "plan",
                c,
                "--key-worker",
                "Robert'); DROP TABLE plan_versions;--",
            ],
            "--key-worker",
        ),
        (vec!["plan", c, "--goals", &huge], "--goals"),
        (
            vec!["plan", c, "--action", "what=x;who=y;by=tomorrow"],
            "--action",
        ),
        (
            vec!["plan", c, "--pathway", "service=doctor;booked=perhaps"],
            "--pathway",
        ),
        (
            vec!["plan", c, "--pathway-status", "one=booked"],
            "--pathway-status",
        ),
        (vec!["plan", "show", c, "--format", "pdf"], "--format"),
        (
            vec!["follow-up", c, "--reached", "maybe", "--next", "close"],
            "--reached",
        ),
        (
            vec![
                "follow-up",
                c,
                "--reached",
                "yes",
                "--status",
                "happy",
                "--next",
                "close",
            ],
            "--status",
        ),
        (
            vec![
                "follow-up",
                c,
                "--reached",
                "yes",
                "--status",
                "on-path",
                "--time-saved",
                "forever",
                "--next",
                "close",
            ],
            "--time-saved",
        ),
        (
            vec![
                "directory",
                "add",
                "--name",
                "X",
                "--role",
                "nurse",
                "--unit",
                "U",
                "--email",
                "no-at-sign",
            ],
            "--email",
        ),
        (
            vec![
                "directory",
                "add",
                "--name",
                "Nimi",
                "--role",
                &huge,
                "--unit",
                "U",
            ],
            "--role",
        ),
        (vec!["find", &huge], "TEXT"),
        (vec!["list", "--waiting-over", "-3"], "--waiting-over"),
        (
            vec!["list", "--region", "south; DROP TABLE cases"],
            "--region",
        ),
        (
            vec!["report", "weekly", "--to", "team", "--week", "W49"],
            "--week",
        ),
        (vec!["report", "outcomes", "--from", "2026-02-30"], "--from"),
        (
            vec!["report", "weekly", "--to", "team", "--format", "pdf"],
            "--format",
        ),
        (vec!["audit", "access", "not-a-case"], "CASE"),
    ];
    for (args, field) in cases {
        let run = env.run(&args);
        let shown: Vec<String> = args.iter().map(|a| a.chars().take(30).collect()).collect();
        assert_eq!(run.code, 2, "{shown:?}: {run:?}");
        assert!(
            run.stderr.contains(field),
            "{shown:?}: names {field}: {}",
            run.stderr
        );
        assert_eq!(env.dump(), before, "{shown:?} changed the register");
    }
}
