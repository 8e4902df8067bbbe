//! What the terminal shows is what was typed: control characters and bidirectional overrides are
//! refused on input, naming the field and the code point, and shown escaped (`\u{1b}`) wherever
//! text already in a register reaches a terminal or an error message. JSON stays exact.

use crate::common::{TestEnv, NOW};

#[test]
fn controls_and_bidi_overrides_are_refused_naming_the_field_and_code_point() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let base = [
        "refer",
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
    ];
    for (flag, value, point) in [
        ("--name", "Aino \u{202E}nenikäM", "U+202E"),
        ("--name", "Aino\u{2066}x\u{2069}", "U+2066"),
        ("--referrer-unit", "Kotka\rsote", "U+000D"),
        ("--referrer-contact", "040\u{200F}123", "U+200F"),
        ("--municipality", "Kotka\u{9b}", "U+009B"),
        ("--reason", "needs \u{1b}[2J help", "U+001B"),
        ("--reason", "first\rsecond", "U+000D"),
    ] {
        let mut args = base.to_vec();
        for (f, v) in [("--name", "Aino Esimerkki"), ("--reason", "several needs")] {
            if f != flag {
                args.extend([f, v]);
            }
        }
        args.extend([flag, value]);
        env.refused_at(NOW, &args, 2, flag);
        env.refused_at(NOW, &args, 2, point);
    }
    let mut args = vec!["--as", "coordinator\u{202E}b"];
    args.extend(base);
    args.extend(["--name", "Aino Esimerkki", "--reason", "several needs"]);
    env.refused_at(NOW, &args, 2, "--as");
}

#[test]
fn windows_line_ends_in_free_text_are_kept_as_line_feeds() {
    let env = TestEnv::new();
    let case = env.refer("Helmi Pohja", &["--reason", "first\r\nsecond"]);
    let shown = env.ok(&["--json", "show", &case]);
    assert!(shown.contains("first\\nsecond"), "{shown}");
}

#[test]
fn errors_echo_typed_values_escaped() {
    let env = TestEnv::new();
    env.refer("Helmi Pohja", &[]);
    let run = env.run(&[
        "refer",
        "--name",
        "Aino Esimerkki",
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--reason",
        "needs",
        "--on",
        "2026\u{1b}[2J",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(run.stderr.contains("2026\\u{1b}[2J"), "{:?}", run.stderr);
}

/// Text stored before these checks existed (or by another tool) is shown escaped, not obeyed.
#[test]
fn stored_text_with_escape_sequences_is_shown_escaped_and_json_stays_exact() {
    let env = TestEnv::new();
    let case = env.refer("Helmi Pohja", &["--referrer-unit", "home care"]);
    let name = "Helmi \u{1b}]0;owned\u{7}Pohja\u{202E}";
    let reason = "needs\u{1b}[2J help\u{2066}";
    {
        let conn = crate::common::open(&env.db).expect("open");
        conn.execute("UPDATE clients SET name = ?1", [name])
            .expect("name");
        conn.execute(
            "UPDATE referrals SET reason = ?1, referrer_unit = ?1",
            [reason],
        )
        .expect("reason");
    }
    for args in [
        vec!["show", case.as_str()],
        vec!["find", "Helmi"],
        vec!["list"],
        vec!["triage", "--list"],
    ] {
        let out = env.ok(&args);
        for raw in ['\u{1b}', '\u{7}', '\u{202E}', '\u{2066}'] {
            assert!(!out.contains(raw), "{args:?} printed {raw:?}: {out}");
        }
        assert!(out.contains("\\u{1b}"), "{args:?}: {out}");
    }
    let json = env.ok(&["--json", "show", &case]);
    let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(doc["client"]["name"], name);
    assert_eq!(doc["referral"]["reason"], reason);
}
