//! Output for scripts and pipes.

use std::process::Command;

use crate::common::{binary, TestEnv};

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = TestEnv::new();
    let demo = env.dir.path().join("big.sqlite3");
    env.ok(&["demo", demo.to_str().expect("path"), "--clients", "1500"]);
    let status = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' --db '{}' list | head -n 1 >/dev/null; exit ${{PIPESTATUS[0]}}",
            binary(),
            demo.display()
        ))
        .env_clear()
        .envs(crate::common::key_vars())
        .env("MOTY_USER", "coordinator-a")
        .env("MOTY_NOW", "2026-11-23 10:00")
        .output()
        .expect("run");
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(
        status.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn output_to_a_pipe_has_no_colour_codes() {
    let env = TestEnv::new();
    env.refer("Aino Esimerkki", &[]);
    let out = env.ok(&["list"]);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("Aino Esimerkki"));
}

#[test]
fn the_same_register_and_clock_give_the_same_json() {
    let env = TestEnv::new();
    let case = env.refer(
        "Aino Esimerkki",
        &["--sign", "finances", "--sign", "family-situation"],
    );
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "written",
    ]);
    let first = env.ok(&["--json", "show", &case]);
    let second = env.ok(&["--json", "show", &case]);
    assert_eq!(first, second);
    let json: serde_json::Value = serde_json::from_str(&first).expect("json");
    let keys: Vec<&str> = json
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "case",
            "client",
            "consents",
            "estimates",
            "feedback",
            "follow_ups",
            "kela_conclusions",
            "meetings",
            "next",
            "plan",
            "referral",
            "schema",
            "surveys",
            "timeline",
            "triage"
        ]
    );
}
